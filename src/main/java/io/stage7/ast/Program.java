package io.stage7.ast;

import java.util.List;

/**
 * Every rules file of one compilation (the files named on the command line, the files found in
 * named directories, and everything they include), each once, in load order.
 */
public record Program(List<RulesFile> files) {
    public Program {
        files = List.copyOf(files);
    }

    /** All declarations of all files, in load order. */
    public List<Decl> declarations() {
        return files.stream().flatMap(f -> f.declarations().stream()).toList();
    }
}

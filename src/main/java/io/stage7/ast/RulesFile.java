package io.stage7.ast;

import java.util.List;
import java.util.Objects;

/** The declarations of one rules file, in source order. */
public record RulesFile(String path, List<Decl> declarations) {
    public RulesFile {
        Objects.requireNonNull(path, "path");
        declarations = List.copyOf(declarations);
    }
}

package io.stage7.cli;

import io.stage7.diag.Diagnostic;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads and checks rules: the front end, then (when the files parsed) the checker. Every
 * command that reads rules starts here.
 */
record RulesCheck(LoadResult load, List<Diagnostic> diagnostics) {

    static RulesCheck run(List<Path> paths) {
        LoadResult load = RulesLoader.load(paths);
        List<Diagnostic> diagnostics = new ArrayList<>(load.diagnostics());
        diagnostics.sort(Diagnostic.ORDER);
        return new RulesCheck(load, List.copyOf(diagnostics));
    }
}

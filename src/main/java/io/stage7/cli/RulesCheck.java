package io.stage7.cli;

import io.stage7.check.CheckResult;
import io.stage7.check.Checker;
import io.stage7.check.MissingIncludes;
import io.stage7.diag.Diagnostic;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads and checks rules: the front end, then (when the files parsed) the checker. Every
 * command that reads rules starts here.
 *
 * @param checked the checker's result; empty when the front end reported errors (a file with
 *                syntax errors contributes no declarations, so checking the rest would report
 *                spurious unknown names)
 */
record RulesCheck(LoadResult load, Optional<CheckResult> checked, List<Diagnostic> diagnostics) {

    static RulesCheck run(List<Path> paths) {
        LoadResult load = RulesLoader.load(paths);
        List<Diagnostic> diagnostics = new ArrayList<>(load.diagnostics());
        Optional<CheckResult> checked = Optional.empty();
        if (!load.hasErrors()) {
            checked = Optional.of(Checker.check(load.program()));
            diagnostics.addAll(MissingIncludes.advise(load.program(), checked.get().diagnostics(),
                    () -> RulesLoader.nearby(paths)));
        }
        diagnostics.sort(Diagnostic.ORDER);
        return new RulesCheck(load, checked, List.copyOf(diagnostics));
    }
}

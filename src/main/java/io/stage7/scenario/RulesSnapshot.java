package io.stage7.scenario;

import io.stage7.check.CheckResult;
import io.stage7.check.CheckedRules;
import io.stage7.check.Checker;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceText;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a scenario names, loaded and checked the way {@code stage7 check} does: the front
 * end, then (when every file parsed) the checker.
 *
 * @param rules       the checked rules; empty when any file had errors
 * @param diagnostics every problem, sorted
 * @param sources     the text of every rules file, for quoting lines
 */
record RulesSnapshot(Optional<CheckedRules> rules, List<Diagnostic> diagnostics, Map<String, SourceText> sources) {

    RulesSnapshot {
        diagnostics = List.copyOf(diagnostics);
        sources = Map.copyOf(sources);
    }

    static RulesSnapshot load(Path rulesDir) {
        LoadResult load = RulesLoader.load(List.of(rulesDir));
        List<Diagnostic> diagnostics = new ArrayList<>(load.diagnostics());
        Optional<CheckedRules> rules = Optional.empty();
        if (!load.hasErrors()) {
            CheckResult checked = Checker.check(load.program());
            diagnostics.addAll(checked.diagnostics());
            if (!checked.hasErrors()) {
                rules = Optional.of(checked.rules());
            }
        }
        diagnostics.sort(Diagnostic.ORDER);
        return new RulesSnapshot(rules, diagnostics, load.sources());
    }

    List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}

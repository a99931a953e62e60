package io.stage7.scenario;

import io.stage7.check.CheckedRules;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.DiagnosticRenderer;
import io.stage7.diag.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a scenario file produced: the scenario when the file has no errors, and every
 * problem found, in file order.
 *
 * @param scenario        present exactly when {@link #problems} holds no error
 * @param rules           the rules the scenario names, checked, when they have no errors (the
 *                        simulator needs them; this saves loading them twice)
 * @param problems        the scenario file's problems (and its data files'), sorted by position
 * @param ruleDiagnostics when the rules have errors, the first few of them, to show after the
 *                        problem that says so
 * @param sources         the text of every file a problem points into, for {@link #render()}
 */
public record ScenarioResult(Optional<Scenario> scenario, Optional<CheckedRules> rules,
                             List<ScenarioProblem> problems, List<Diagnostic> ruleDiagnostics,
                             Map<String, SourceText> sources) {

    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(rules, "rules");
        problems = List.copyOf(problems);
        ruleDiagnostics = List.copyOf(ruleDiagnostics);
        sources = Map.copyOf(sources);
        if (scenario.isPresent() == problems.stream().anyMatch(ScenarioProblem::isError)) {
            throw new IllegalArgumentException("a scenario is read exactly when there are no errors");
        }
    }

    public boolean hasErrors() {
        return scenario.isEmpty();
    }

    public int errorCount() {
        return (int) problems.stream().filter(ScenarioProblem::isError).count();
    }

    public int warningCount() {
        return problems.size() - errorCount();
    }

    /** Every diagnostic in the order to print it: the scenario's problems, then any rule diagnostics quoted. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>();
        problems.forEach(p -> all.add(p.diagnostic()));
        all.addAll(ruleDiagnostics);
        return all;
    }

    /**
     * Every diagnostic rendered as a compiler would: {@code path:line:col: error: yaml.path:
     * message}, then the YAML line and a caret under the value.
     */
    public String render() {
        return new DiagnosticRenderer(sources).renderAll(diagnostics());
    }

    /** {@code scenarios/x.yaml: 2 errors, 1 warning}, or {@code ...: no problems}. */
    public String summaryLine(String path) {
        int errors = errorCount();
        int warnings = warningCount();
        if (errors == 0 && warnings == 0) {
            return path + ": no problems";
        }
        return path + ": " + errors + (errors == 1 ? " error" : " errors") + ", " + warnings
                + (warnings == 1 ? " warning" : " warnings");
    }
}

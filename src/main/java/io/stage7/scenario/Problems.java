package io.stage7.scenario;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.Severity;
import io.stage7.diag.SourceSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems one read of a scenario has found so far. Not thread-safe: each read owns one. */
final class Problems {
    private final List<ScenarioProblem> items = new ArrayList<>();
    private int errors;

    void error(String code, SourceSpan span, String yamlPath, String message) {
        add(new ScenarioProblem(Severity.ERROR, code, span, yamlPath, message));
    }

    void warning(String code, SourceSpan span, String yamlPath, String message) {
        add(new ScenarioProblem(Severity.WARNING, code, span, yamlPath, message));
    }

    void add(ScenarioProblem problem) {
        items.add(problem);
        if (problem.isError()) {
            errors++;
        }
    }

    int errorCount() {
        return errors;
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** Everything, in file and position order, each once. */
    List<ScenarioProblem> sorted() {
        Comparator<ScenarioProblem> order = Comparator.comparing(ScenarioProblem::diagnostic, Diagnostic.ORDER);
        return items.stream().distinct().sorted(order).toList();
    }
}

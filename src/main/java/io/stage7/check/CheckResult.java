package io.stage7.check;

import io.stage7.diag.Diagnostic;

import java.util.List;
import java.util.Objects;

/**
 * What checking a program produced: the resolved rules and every problem found, sorted by
 * {@link Diagnostic#ORDER}. The rules are only fit to compile when there are no errors.
 */
public record CheckResult(CheckedRules rules, List<Diagnostic> diagnostics) {

    public CheckResult {
        Objects.requireNonNull(rules, "rules");
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

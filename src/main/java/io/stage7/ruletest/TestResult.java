package io.stage7.ruletest;

import io.stage7.check.RuleTest;

import java.util.List;
import java.util.Objects;

/** The outcome of one rules test: passed when no expectation failed. */
public record TestResult(RuleTest test, List<TestFailure> failures) {
    public TestResult {
        Objects.requireNonNull(test, "test");
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}

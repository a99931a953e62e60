package io.stage7.ruletest;

import io.stage7.diag.SourceSpan;

import java.util.Objects;

/**
 * One expectation of a test that did not hold, or a given value that could not be computed.
 *
 * @param span     where the expectation (or value) is written
 * @param what     the expectation, as written: {@code expect route Approval_Queue}
 * @param expected what the test expects
 * @param actual   what the evaluator gave
 */
public record TestFailure(SourceSpan span, String what, String expected, String actual) {
    public TestFailure {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }
}

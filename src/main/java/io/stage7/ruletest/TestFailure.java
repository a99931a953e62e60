package io.stage7.ruletest;

import io.stage7.diag.SourceSpan;

import java.util.List;
import java.util.Objects;

/**
 * One expectation of a test that did not hold, or a given value that could not be computed.
 *
 * @param span    where the expectation (or value) is written
 * @param what    the expectation, as written: {@code expect route Approval_Queue}
 * @param details what went wrong, line by line: {@code expected} and {@code actual} for a route,
 *                {@code missing} and {@code unexpected} requirements for violations
 */
public record TestFailure(SourceSpan span, String what, List<Detail> details) {
    public TestFailure {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(what, "what");
        details = List.copyOf(details);
        if (details.isEmpty()) {
            throw new IllegalArgumentException("a failure says what went wrong");
        }
    }

    /** A failure shown as what the test expects and what the evaluator gave. */
    public TestFailure(SourceSpan span, String what, String expected, String actual) {
        this(span, what, List.of(new Detail("expected", expected), new Detail("actual", actual)));
    }

    /** One labelled line of a failure: {@code missing: PO_Number_Required}. */
    public record Detail(String label, String text) {
        public Detail {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }
}

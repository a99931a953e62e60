package io.stage7.ruletest;

import java.util.List;

/** The outcomes of a run of rules tests, in the order the tests are declared. */
public record TestReport(List<TestResult> results) {
    public TestReport {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(TestResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    /** {@code 88 passed, 2 failed}. */
    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }

    /**
     * Each failed test with its location, then each failed expectation with its location, what
     * was expected and what the evaluator gave; then the summary line.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (TestResult result : results) {
            if (result.passed()) {
                continue;
            }
            out.append("FAILED ").append(result.test().span().location()).append(": \"")
                    .append(result.test().title()).append("\"\n");
            for (TestFailure failure : result.failures()) {
                out.append("  ").append(failure.span().location()).append(": ").append(failure.what()).append('\n');
                int width = failure.details().stream().mapToInt(d -> d.label().length()).max().orElse(0);
                for (TestFailure.Detail detail : failure.details()) {
                    out.append("    ").append(detail.label()).append(':')
                            .append(" ".repeat(width - detail.label().length() + 1)).append(detail.text()).append('\n');
                }
            }
        }
        return out.append(summary()).append('\n').toString();
    }
}

package io.stage7.ruletest;

import io.stage7.testing.Golden;
import io.stage7.check.CheckResult;
import io.stage7.check.CheckedRules;
import io.stage7.check.Checker;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runner on its own, with a hand-written evaluator: tests that fail on purpose give the
 * pinned report in {@code ruletest/failing.expected} (rewrite it with
 * {@code -Dstage7.golden.update=true} and review the diff).
 */
class RuleTestRunnerTest {
    private static final Path DEALS = Path.of("src/test/resources/eval-cli/rules/deals.rules");
    private static final Path FAILING = Path.of("src/test/resources/ruletest/failing.rules");

    private static CheckedRules checked(Path... paths) {
        LoadResult load = RulesLoader.load(List.of(paths));
        assertTrue(!load.hasErrors(), load.diagnostics().toString());
        CheckResult result = Checker.check(load.program());
        assertTrue(!result.hasErrors(), result.diagnostics().toString());
        return result.rules();
    }

    @Test
    void failedExpectationsAreReportedWithExpectedActualAndLocation() throws IOException {
        CheckedRules rules = checked(DEALS, FAILING);
        TestReport report = RuleTestRunner.of(rules, new HandWrittenDeals(rules)).runAll();
        Path expected = Path.of("src/test/resources/ruletest/failing.expected");
        Golden.assertMatches(expected, report.render(), "the failing tests' report");
        assertEquals(4, report.passed(), "the deals.rules test and the three passing ones here");
        assertEquals(5, report.failed());
    }

    @Test
    void aTestWithoutAtRunsAtTheDocumentedInstant() {
        CheckedRules rules = checked(DEALS, FAILING);
        List<java.time.Instant> clocks = new java.util.ArrayList<>();
        HandWrittenDeals deals = new HandWrittenDeals(rules);
        io.stage7.eval.Evaluator spy = new io.stage7.eval.Evaluator() {
            @Override
            public io.stage7.eval.RecordType recordType(String object) {
                return deals.recordType(object);
            }

            @Override
            public io.stage7.eval.Decision evaluate(io.stage7.eval.DataRecord record, io.stage7.eval.EvalContext context) {
                clocks.add(context.now());
                return deals.evaluate(record, context);
            }
        };
        RuleTestRunner.of(rules, spy).runAll();
        assertEquals(RuleTestRunner.DEFAULT_AT, clocks.get(clocks.size() - 1));
        assertEquals(java.time.Instant.parse("2026-03-10T10:00:00Z"), clocks.get(0));
    }
}

package io.stage7.ruletest;

import io.stage7.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test values that are formulas, not literals: computed by the interpreter when one is plugged in. */
class ComputedTestValuesTest {

    @Test
    void aFormulaValueIsComputedWithTheInterpreterAndReportedWithoutOne(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("src/test/resources/eval-cli/rules/deals.rules"), dir.resolve("deals.rules"));
        Files.writeString(dir.resolve("computed_test.rules"), """
                test "A computed amount of 100,000 makes the deal complex" {
                  given Opportunity { Signed__c: true, Region: "EMEA", Amount: 1000 * 100 }
                  at "2026-03-10T10:00:00Z"
                  expect route Queue { queue: "EMEA" & " Complex", entry: 1 }
                }
                """);
        Rules rules = Rules.load(dir).rules().orElseThrow();
        assertEquals("2 passed, 0 failed", rules.runTests().summary());
        TestReport literalsOnly = RuleTestRunner.of(rules.checked(), rules.evaluator()).runAll();
        assertEquals("""
                FAILED %1$s:1:6: "A computed amount of 100,000 makes the deal complex"
                  %1$s:2:64: given Amount
                    expected: a value Stage7 can compute
                    actual:   a formula it cannot compute without a record; write a literal value
                1 passed, 1 failed
                """.formatted(dir.resolve("computed_test.rules")), literalsOnly.render());
    }
}

package io.stage7.ruletest;

import io.stage7.Rules;
import io.stage7.check.RuleTest;
import io.stage7.testing.TeamProject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code test} block of the team's rules ({@code rules/}) runs in {@code mvn -B verify},
 * as {@code stage7 test rules/} runs it: with the compiled evaluator. It also runs with the
 * reference interpreter, so a disagreement between the two shows up as a failed rules test.
 * This is the one test of the toolkit that judges the shipped rules; the others read their own
 * copy ({@link io.stage7.testing.Fixtures}).
 */
@Tag(TeamProject.TAG)
class ShippedRuleTestsTest {

    @TestFactory
    Stream<DynamicTest> everyShippedTestBlockPasses() {
        Rules.Loaded loaded = Rules.load(TeamProject.rules());
        assertTrue(!loaded.hasErrors(), loaded::render);
        Rules rules = loaded.rules().orElseThrow();
        assertTrue(!rules.checked().tests().isEmpty(), "the shipped rules have tests");
        RuleTestRunner compiled = RuleTestRunner.of(rules.checked(), rules.evaluator());
        RuleTestRunner reference = RuleTestRunner.of(rules.checked(), rules.interpreter());
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleTest test : rules.checked().tests()) {
            tests.add(DynamicTest.dynamicTest(test.span().location() + " " + test.title(), () -> {
                assertPassed(compiled.run(test), "compiled");
                assertPassed(reference.run(test), "reference interpreter");
            }));
        }
        return tests.stream();
    }

    private static void assertPassed(TestResult result, String evaluator) {
        assertTrue(result.passed(), () -> evaluator + ":\n" + new TestReport(List.of(result)).render());
    }
}

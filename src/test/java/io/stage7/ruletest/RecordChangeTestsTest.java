package io.stage7.ruletest;

import io.stage7.Rules;
import io.stage7.testing.Golden;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Test blocks with {@code prior { ... }} ({@code ruletest/record-change.rules}): the compiled
 * rules and the reference interpreter give the pinned report, {@code record-change.expected}
 * (rewrite it with {@code -Dstage7.golden.update=true} and review the diff).
 */
class RecordChangeTestsTest {
    private static final Path RULES = Path.of("src/test/resources/ruletest/record-change.rules");
    private static final Path EXPECTED = Path.of("src/test/resources/ruletest/record-change.expected");

    @Test
    void priorRecordsMakeATestAnUpdateForBothEvaluators() throws IOException {
        Rules.Loaded loaded = Rules.load(RULES);
        assertEquals(false, loaded.hasErrors(), loaded::render);
        Rules rules = loaded.rules().orElseThrow();
        TestReport compiled = rules.runTests();
        Golden.assertMatches(EXPECTED, compiled.render(), "the record-change tests' report");
        TestReport interpreted = RuleTestRunner.of(rules.checked(), rules.interpreter()).runAll();
        assertEquals(compiled.render(), interpreted.render(), "the interpreter agrees");
        assertEquals(9, compiled.passed());
        assertEquals(1, compiled.failed());
    }
}

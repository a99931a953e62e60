package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Evaluator;
import io.stage7.eval.DataRecord;
import io.stage7.eval.interp.Interpreter;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evaluation never escapes: generated formulas biased toward extreme literals (huge and tiny
 * numbers, huge counts and exponents, far dates, long texts; {@link FormulaGenerator.Literals#EXTREME})
 * are compiled by RuleSet, constants folded, and by the reference interpreter, and evaluated on
 * records with extreme field values ({@link RandomRecords.Values#EXTREME}, including
 * {@code Instant.MAX} and {@code 1E+999999999}). Every result is a value or a FormulaError, both
 * evaluators agree, and each batch (compilation included) finishes within a generous bound: a
 * guard against hangs, not a performance assertion. Lives with the differential test, whose
 * generator and comparison it reuses.
 */
class ExtremeValuesTest {
    private static final long SEED = 20_261_126L;
    private static final int BATCHES = 25;
    private static final int FORMULAS = 100;
    private static final int RECORDS = 8;
    private static final Duration PER_BATCH = Duration.ofSeconds(10);

    @Test
    void evaluationOfExtremeValuesEndsInValuesOrFormulaErrors() {
        DifferentialTest.Counts total = new DifferentialTest.Counts(0, 0, 0, 0, 0);
        for (int batch = 0; batch < BATCHES; batch++) {
            long seed = SEED + batch;
            DifferentialTest.Counts counts = assertTimeoutPreemptively(PER_BATCH,
                    () -> DifferentialTest.compareBatch(ExtremeValuesTest::interpreter, seed, seed * 31, FORMULAS, RECORDS,
                            FormulaGenerator.Literals.EXTREME, RandomRecords.Values.EXTREME),
                    () -> "batch with seed " + seed + " did not finish within " + PER_BATCH);
            total = total.plus(counts);
        }
        assertTrue(total.kept() >= total.generated() * 0.8, "most generated formulas check: " + total.kept()
                + " of " + total.generated());
        assertTrue(total.comparisons() > BATCHES * FORMULAS * RECORDS * 0.8, "comparisons: " + total.comparisons());
        assertTrue(total.errors() > total.comparisons() / 10, "the limits are reached: " + total.errors()
                + " runtime errors in " + total.comparisons());
    }

    private static DifferentialTest.Reference interpreter(io.stage7.check.CheckedRules rules, io.stage7.eval.RecordType type) {
        Interpreter interpreter = Interpreter.of(rules);
        return new DifferentialTest.Reference() {
            @Override
            public Evaluator evaluator() {
                return interpreter;
            }

            @Override
            public Object value(Expr formula, DataRecord record, EvalContext context) {
                return interpreter.evaluateFormula(formula, record, context);
            }
        };
    }
}

package io.stage7.eval.compiled;

import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;

/**
 * A compiled Checkbox expression: evaluates to a {@link Truth} value without boxing. Nodes are
 * immutable, so one tree serves every thread.
 */
interface Cond {

    /** {@link Truth#TRUE}, {@link Truth#FALSE} or {@link Truth#BLANK}; a runtime error throws FormulaError. */
    int test(DataRecord record, EvalContext context);
}

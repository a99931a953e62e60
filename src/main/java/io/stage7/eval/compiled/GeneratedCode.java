package io.stage7.eval.compiled;

import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;

/**
 * The formulas of one {@link BytecodeUnit}, as one class: formula {@code id} is a static method
 * of the generated subclass, and these two methods dispatch to it with a {@code tableswitch}.
 * Conditions and values are numbered separately.
 */
abstract class GeneratedCode {

    /** Condition {@code id}: a {@link Truth} value, or a FormulaError thrown. */
    abstract int test(int id, DataRecord record, EvalContext context);

    /** Value {@code id}: the library's runtime value, {@code null} for blank. */
    abstract Object eval(int id, DataRecord record, EvalContext context);

    /** The node trees themselves, walked as closures: what a unit runs when its class could not be generated. */
    static final class Closures extends GeneratedCode {
        private final Cond[] conds;
        private final Val<?>[] values;

        Closures(Cond[] conds, Val<?>[] values) {
            this.conds = conds;
            this.values = values;
        }

        @Override
        int test(int id, DataRecord record, EvalContext context) {
            return conds[id].test(record, context);
        }

        @Override
        Object eval(int id, DataRecord record, EvalContext context) {
            return values[id].eval(record, context);
        }
    }
}

package io.stage7.eval.compiled;

import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;
import io.stage7.functions.PicklistFunctions;
import io.stage7.functions.PicklistSelection;

import java.util.Set;

/**
 * {@code INCLUDES(field, "declared value")} as a bit test: a record's multi-select value made
 * over the field's declared values ({@link PicklistSelection}) answers with one bit; any other
 * set (one holding undeclared values, or built some other way) is looked up as
 * {@link PicklistFunctions#includes} does, and a blank is FALSE.
 */
final class PicklistNodes {
    private PicklistNodes() {
    }

    static final class Includes implements Cond, Emitted {
        final Val<?> selected;
        final PicklistSelection.Values values;
        final int bit;
        final String literal;

        Includes(Val<?> selected, PicklistSelection.Values values, int bit, String literal) {
            this.selected = selected;
            this.values = values;
            this.bit = bit;
            this.literal = literal;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return includes(selected.eval(record, context), values, bit, literal);
        }

        @Override
        public StaticCall code() {
            return StaticCall.of(PicklistNodes.class, "includes", int.class, selected,
                    new StaticCall.Constant(values, PicklistSelection.Values.class), bit,
                    new StaticCall.Constant(literal, String.class));
        }
    }

    /** The step of {@link Includes}: a bit when the set is over {@code values}, else a lookup. */
    @SuppressWarnings("unchecked")
    static int includes(Object selected, PicklistSelection.Values values, int bit, String literal) {
        if (selected instanceof PicklistSelection selection && selection.values() == values) {
            return selection.has(bit) ? Truth.TRUE : Truth.FALSE;
        }
        return PicklistFunctions.includes((Set<String>) selected, literal) ? Truth.TRUE : Truth.FALSE;
    }
}

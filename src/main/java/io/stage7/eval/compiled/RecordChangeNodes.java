package io.stage7.eval.compiled;

import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;

/**
 * {@code ISNEW()}, {@code ISCHANGED(field)} and {@code PRIORVALUE(field)}: leaves that read the
 * evaluation context's prior version of the record, at the field's slot (the prior version has
 * the record's layout). They are never folded nor cached per day: their value depends on the
 * record being saved. What they compute is {@link GeneratedSupport}'s, which generated code calls
 * too.
 */
final class RecordChangeNodes {
    private RecordChangeNodes() {
    }

    /** {@code ISNEW()}: TRUE without a prior version. */
    static final class IsNew implements Cond {
        static final IsNew INSTANCE = new IsNew();

        private IsNew() {
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return GeneratedSupport.isNew(context);
        }
    }

    /** {@code ISCHANGED(field)}: FALSE without a prior version, else whether the slot's value differs. */
    static final class IsChanged implements Cond {
        final int slot;

        IsChanged(int slot) {
            this.slot = slot;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return GeneratedSupport.isChanged(record, context, slot);
        }
    }

    /** {@code PRIORVALUE(field)}: the slot's value in the prior version, or in the record when it is new. */
    static final class PriorValue<T> implements Val<T> {
        final int slot;

        PriorValue(int slot) {
            this.slot = slot;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T eval(DataRecord record, EvalContext context) {
            return (T) GeneratedSupport.priorValue(record, context, slot);
        }
    }
}

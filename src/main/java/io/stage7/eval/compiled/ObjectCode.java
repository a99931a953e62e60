package io.stage7.eval.compiled;

import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Outcome;

/**
 * What evaluates one object's records: every active requirement into a violation bitset and
 * every routing set's scan, in one call per record. Implemented by the node trees walked as
 * closures ({@link TreeCode}), by the class {@link PlanWriter} generates for the object, and by
 * the adaptive wrapper that switches from the first to the second once the object runs hot.
 * Implementations hold no mutable state that a result depends on, so one serves every thread.
 */
abstract class ObjectCode {

    /**
     * Evaluates {@code record}. Without an outcome (null) returns its {@link io.stage7.eval.Decision};
     * with one (already {@link Outcome#begin begun} for the record) writes into it and returns null.
     * An object with more than 64 active requirements is always given an outcome.
     */
    abstract Object run(DataRecord record, EvalContext context, Outcome outcome);
}

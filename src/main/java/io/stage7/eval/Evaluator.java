package io.stage7.eval;

/**
 * Evaluates records against checked rules. Two implementations exist and must agree: the
 * compiled {@code RuleSet} (fast) and the reference {@code Interpreter} (the executable
 * specification). Implementations are immutable and safe to share between threads.
 */
public interface Evaluator {

    /** The layout records must have to be evaluated by this evaluator, for the named object. */
    RecordType recordType(String object);

    /**
     * Evaluates every active requirement and every routing set on the record's object.
     * Runtime formula errors become {@link RuleFailure}s in the decision; nothing is thrown for
     * any record of the right type.
     */
    Decision evaluate(DataRecord record, EvalContext context);

    /**
     * How an {@link Outcome} numbers the named object's rules (ignoring case).
     *
     * @throws IllegalArgumentException      when the rules declare no such object
     * @throws UnsupportedOperationException when this evaluator does not number its rules (the
     *                                       default; both of the library's evaluators do)
     */
    default ObjectRules rules(String object) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not number its rules");
    }

    /**
     * Evaluates as {@link #evaluate(DataRecord, EvalContext)} does, into {@code into}, which the
     * caller reuses from record to record: for callers that count violations and routes without
     * needing a {@link Decision} per record ({@link Outcome#decision()} still builds one). The
     * default builds the decision and derives the outcome from it; the compiled evaluator fills
     * the outcome directly and allocates no decision.
     */
    default void evaluate(DataRecord record, EvalContext context, Outcome into) {
        Decision decision = evaluate(record, context);
        into.set(decision, rules(record.type().object().name()));
    }
}

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
}

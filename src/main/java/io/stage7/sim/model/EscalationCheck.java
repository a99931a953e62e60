package io.stage7.sim.model;

import io.stage7.ast.Expr;
import io.stage7.check.CheckedRules;
import io.stage7.check.EscalationPolicy;
import io.stage7.check.FieldKind;
import io.stage7.check.FieldPath;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;
import io.stage7.eval.interp.Interpreter;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Whether a record asks to be escalated: the escalation policy's {@code requested when} formula.
 * The common case, a Checkbox field ({@code requested when Escalated__c}), reads the record's slot;
 * any other formula is evaluated by the reference interpreter, the executable definition of the
 * language (one formula per submission, so its speed does not matter). TRUE asks; FALSE and blank
 * do not. Immutable.
 */
final class EscalationCheck {

    private final Expr formula;
    private final int slot;
    private final Interpreter interpreter;

    private EscalationCheck(Expr formula, int slot, Interpreter interpreter) {
        this.formula = formula;
        this.slot = slot;
        this.interpreter = interpreter;
    }

    static EscalationCheck of(CheckedRules rules, EscalationPolicy policy, RecordType type) {
        Expr formula = policy.requestedWhen();
        if (formula instanceof Expr.FieldRef ref) {
            Optional<FieldPath> path = rules.fieldOf(ref);
            if (path.isPresent() && path.get().field().kind() == FieldKind.CHECKBOX) {
                OptionalInt slot = type.slotOf(path.get());
                if (slot.isPresent()) {
                    return new EscalationCheck(formula, slot.getAsInt(), null);
                }
            }
        }
        return new EscalationCheck(formula, -1, Interpreter.of(rules));
    }

    /**
     * Whether the record asks to be escalated.
     *
     * @throws io.stage7.functions.FormulaError when the formula raises a runtime error
     */
    boolean requested(DataRecord record, EvalContext context) {
        Object value = slot >= 0 ? record.value(slot) : interpreter.evaluateFormula(formula, record, context);
        return Boolean.TRUE.equals(value);
    }
}

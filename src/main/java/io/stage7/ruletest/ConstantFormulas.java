package io.stage7.ruletest;

import io.stage7.ast.Expr;
import io.stage7.eval.EvalContext;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Computes the formulas a test gives as field values or expects of a route. They are constant
 * (they read no field), and nearly always literals: {@code 120000}, {@code "EMEA"}, {@code true},
 * {@code -5}, {@code NULL}. {@link #LITERALS} handles those; an evaluator of whole formulas can be
 * plugged in for the rest with {@link #orElse}.
 */
@FunctionalInterface
public interface ConstantFormulas {

    /** The formula's value with the clock at {@code context} (for TODAY and NOW); empty when this cannot compute it. */
    Optional<Constant> value(Expr formula, EvalContext context);

    /**
     * A computed value in the runtime representation of {@code io.stage7.functions}.
     *
     * @param value {@code null} for blank
     */
    record Constant(Object value) {
    }

    /** Literals, NULL, and a sign or NOT in front of one. Empty for any other formula. */
    ConstantFormulas LITERALS = new ConstantFormulas() {
        @Override
        public Optional<Constant> value(Expr formula, EvalContext context) {
            if (formula instanceof Expr.NumberLiteral number) {
                return Optional.of(new Constant(number.value()));
            }
            if (formula instanceof Expr.TextLiteral text) {
                return Optional.of(new Constant(text.value()));
            }
            if (formula instanceof Expr.BooleanLiteral bool) {
                return Optional.of(new Constant(bool.value()));
            }
            if (formula instanceof Expr.NullLiteral) {
                return Optional.of(new Constant(null));
            }
            if (formula instanceof Expr.Unary unary) {
                return value(unary.operand(), context).flatMap(operand -> unary(unary.op(), operand.value()));
            }
            return Optional.empty();
        }

        private Optional<Constant> unary(Expr.UnaryOp op, Object operand) {
            if (operand == null) {
                return Optional.of(new Constant(null)); // a blank stays blank, as in formulas
            }
            if (op == Expr.UnaryOp.NEGATE && operand instanceof BigDecimal d) {
                return Optional.of(new Constant(d.negate()));
            }
            if (op == Expr.UnaryOp.PLUS && operand instanceof BigDecimal) {
                return Optional.of(new Constant(operand));
            }
            if (op == Expr.UnaryOp.NOT && operand instanceof Boolean b) {
                return Optional.of(new Constant(!b));
            }
            return Optional.empty();
        }
    };

    /** This, falling back to {@code other} for the formulas this cannot compute. */
    default ConstantFormulas orElse(ConstantFormulas other) {
        return (formula, context) -> {
            Optional<Constant> value = value(formula, context);
            return value.isPresent() ? value : other.value(formula, context);
        };
    }
}

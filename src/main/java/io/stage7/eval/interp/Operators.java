package io.stage7.eval.interp;

import io.stage7.ast.Expr;
import io.stage7.check.ExprType;
import io.stage7.functions.DateFunctions;
import io.stage7.functions.LogicalFunctions;
import io.stage7.functions.MathFunctions;
import io.stage7.functions.TextFunctions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The operators, chosen by the static types of their operands. {@code &&} and {@code ||} are
 * not here: they are lazy, so the walk evaluates them itself.
 */
final class Operators {

    private Operators() {
    }

    /** {@code -a}, {@code +a}, {@code !a}. */
    static Object unary(Expr.UnaryOp op, Object operand) {
        switch (op) {
            case NOT:
                return LogicalFunctions.not((Boolean) operand);
            case NEGATE:
                return MathFunctions.negate((BigDecimal) operand);
            default:
                return operand; // unary plus is the identity, blank included
        }
    }

    /** The eager binary operators: arithmetic, {@code &} and the comparisons. */
    static Object binary(Expr.BinaryOp op, ExprType leftType, ExprType rightType, Object left, Object right) {
        switch (op) {
            case CONCAT:
                return TextFunctions.concat((String) left, (String) right);
            case MULTIPLY:
                return MathFunctions.multiply((BigDecimal) left, (BigDecimal) right);
            case DIVIDE:
                return MathFunctions.divide((BigDecimal) left, (BigDecimal) right);
            case POWER:
                return MathFunctions.power((BigDecimal) left, (BigDecimal) right);
            case ADD:
            case SUBTRACT:
                return additive(op == Expr.BinaryOp.ADD, leftType, rightType, left, right);
            default:
                return compare(op, leftType, rightType, left, right);
        }
    }

    /**
     * {@code +} and {@code -}: numbers; Date, DateTime or Time and a number (days for Date and
     * DateTime, milliseconds for Time); the difference of two Dates (days), DateTimes (days with
     * a fraction) or Times (milliseconds); and {@code +} on two texts, which concatenates like
     * {@code &}. A {@code NULL} operand takes the type the checker gave it.
     */
    private static Object additive(boolean add, ExprType leftType, ExprType rightType, Object left, Object right) {
        ExprType l = leftType == ExprType.NULL
                ? (rightType == ExprType.NULL ? ExprType.NUMBER : typeOfNull(rightType, add)) : leftType;
        ExprType r = rightType == ExprType.NULL ? typeOfNull(l, add) : rightType;
        if (l.isNumeric() && r.isNumeric()) {
            return add ? MathFunctions.add((BigDecimal) left, (BigDecimal) right)
                    : MathFunctions.subtract((BigDecimal) left, (BigDecimal) right);
        }
        if (r.isNumeric() && isTemporal(l)) {
            return shift(add, l, left, (BigDecimal) right);
        }
        if (add && l.isNumeric() && isTemporal(r)) {
            return shift(true, r, right, (BigDecimal) left);
        }
        if (!add && l == r && l == ExprType.DATE) {
            return DateFunctions.daysBetween((LocalDate) left, (LocalDate) right);
        }
        if (!add && l == r && l == ExprType.DATETIME) {
            return DateFunctions.daysBetween((Instant) left, (Instant) right);
        }
        if (!add && l == r && l == ExprType.TIME) {
            return DateFunctions.millisecondsBetween((LocalTime) left, (LocalTime) right);
        }
        if (add && l == ExprType.TEXT && r == ExprType.TEXT) {
            return TextFunctions.concat((String) left, (String) right);
        }
        throw new IllegalStateException("the checker admits no " + (add ? "+" : "-") + " on " + leftType.label()
                + " and " + rightType.label());
    }

    /** The checker's reading of a NULL operand of + or - next to an operand of type {@code other}. */
    private static ExprType typeOfNull(ExprType other, boolean add) {
        return other == ExprType.TEXT && add ? ExprType.TEXT : ExprType.NUMBER;
    }

    private static boolean isTemporal(ExprType type) {
        return type == ExprType.DATE || type == ExprType.DATETIME || type == ExprType.TIME;
    }

    /** A Date or DateTime moved by days, or a Time moved by milliseconds. */
    private static Object shift(boolean add, ExprType type, Object temporal, BigDecimal amount) {
        if (type == ExprType.DATE) {
            return add ? DateFunctions.addDays((LocalDate) temporal, amount)
                    : DateFunctions.subtractDays((LocalDate) temporal, amount);
        }
        if (type == ExprType.DATETIME) {
            return add ? DateFunctions.addDays((Instant) temporal, amount)
                    : DateFunctions.subtractDays((Instant) temporal, amount);
        }
        return add ? DateFunctions.addMilliseconds((LocalTime) temporal, amount)
                : DateFunctions.subtractMilliseconds((LocalTime) temporal, amount);
    }

    /**
     * The comparisons. Text equality treats blank as {@code ""} and is never blank; every other
     * comparison is blank when either side is blank.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Boolean compare(Expr.BinaryOp op, ExprType leftType, ExprType rightType, Object left,
                                   Object right) {
        boolean text = leftType == ExprType.TEXT || rightType == ExprType.TEXT;
        if (text && op == Expr.BinaryOp.EQ) {
            return LogicalFunctions.textEqual((String) left, (String) right);
        }
        if (text && op == Expr.BinaryOp.NE) {
            return LogicalFunctions.textNotEqual((String) left, (String) right);
        }
        Comparable a = (Comparable) left;
        Comparable b = (Comparable) right;
        switch (op) {
            case EQ:
                return LogicalFunctions.equal(a, b);
            case NE:
                return LogicalFunctions.notEqual(a, b);
            case LT:
                return LogicalFunctions.lessThan(a, b);
            case LE:
                return LogicalFunctions.lessOrEqual(a, b);
            case GT:
                return LogicalFunctions.greaterThan(a, b);
            case GE:
                return LogicalFunctions.greaterOrEqual(a, b);
            default:
                throw new IllegalStateException("not a comparison: " + op);
        }
    }
}

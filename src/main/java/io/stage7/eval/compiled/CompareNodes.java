package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;

/**
 * Comparisons. Text compares case-sensitively with blank equal to {@code ""} and is never blank;
 * every other type compares by value ({@code compareTo}, so {@code 2.50 = 2.5}) and is blank when
 * either side is blank.
 */
final class CompareNodes {
    private CompareNodes() {
    }

    /** {@code a = b} / {@code a <> b} on Text. */
    static final class TextEquals implements Cond {
        final Val<String> left;
        final Val<String> right;
        final boolean negate;

        TextEquals(Val<String> left, Val<String> right, boolean negate) {
            this.left = left;
            this.right = right;
            this.negate = negate;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            String a = left.eval(record, context);
            return GeneratedSupport.textEquals(a, right.eval(record, context), negate);
        }
    }

    /** {@code a = "literal"} / {@code a <> "literal"} on Text: the constant side needs no evaluation. */
    static final class TextEqualsConstant implements Cond {
        final Val<String> operand;
        final String constant;
        final boolean negate;

        TextEqualsConstant(Val<String> operand, String constant, boolean negate) {
            this.operand = operand;
            this.constant = constant == null ? "" : constant;
            this.negate = negate;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return GeneratedSupport.textEqualsConstant(operand.eval(record, context), constant, negate);
        }
    }

    /** An ordering or equality of two comparable values (Number, Date, DateTime, Time). */
    static final class Ordered<T extends Comparable<? super T>> implements Cond {
        final Val<? extends T> left;
        final Val<? extends T> right;
        final Expr.BinaryOp op;

        Ordered(Val<? extends T> left, Val<? extends T> right, Expr.BinaryOp op) {
            this.left = left;
            this.right = right;
            this.op = op;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            T a = left.eval(record, context);
            T b = right.eval(record, context);
            if (a == null || b == null) {
                return Truth.BLANK;
            }
            return holds(op, a.compareTo(b)) ? Truth.TRUE : Truth.FALSE;
        }
    }

    /** {@code a = b} / {@code a <> b} on Checkbox expressions: blank when either is blank. */
    static final class TruthEquals implements Cond {
        final Cond left;
        final Cond right;
        final boolean negate;

        TruthEquals(Cond left, Cond right, boolean negate) {
            this.left = left;
            this.right = right;
            this.negate = negate;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            int a = left.test(record, context);
            return GeneratedSupport.truthEquals(a, right.test(record, context), negate);
        }
    }

    /** Whether a comparison holds given {@code compareTo}'s result. */
    static boolean holds(Expr.BinaryOp op, int comparison) {
        switch (op) {
            case EQ:
                return comparison == 0;
            case NE:
                return comparison != 0;
            case LT:
                return comparison < 0;
            case LE:
                return comparison <= 0;
            case GT:
                return comparison > 0;
            case GE:
                return comparison >= 0;
            default:
                throw new IllegalArgumentException("not a comparison: " + op);
        }
    }
}

package io.stage7.eval.interp;

import io.stage7.ast.Expr;
import io.stage7.ast.Formulas;

import java.util.StringJoiner;

/**
 * Prints an expression back as formula text with only the parentheses precedence needs, so an
 * explained sub-expression reads the way an analyst would write it:
 * {@code a && (b || c)}, {@code (Amount - 100) * 2}, {@code Amount - (100 - 2)}. Reading the
 * text back gives the same tree. A unary operand of {@code ^} is parenthesized although the
 * grammar would not need it, since {@code -2 ^ 2} reads as -4 to most people and is 4 here.
 */
final class FormulaText {
    private static final int UNARY = 7;
    private static final int PRIMARY = 8;

    private FormulaText() {
    }

    static String of(Expr expr) {
        if (expr instanceof Expr.NumberLiteral n) {
            return Formulas.number(n.value());
        } else if (expr instanceof Expr.TextLiteral t) {
            return Formulas.quote(t.value());
        } else if (expr instanceof Expr.BooleanLiteral b) {
            return b.value() ? "TRUE" : "FALSE";
        } else if (expr instanceof Expr.NullLiteral) {
            return "NULL";
        } else if (expr instanceof Expr.FieldRef f) {
            return f.name().text();
        } else if (expr instanceof Expr.Unary u) {
            boolean wrap = precedence(u.operand()) < UNARY || u.operand() instanceof Expr.Unary;
            return u.op().symbol() + group(u.operand(), wrap);
        } else if (expr instanceof Expr.Binary b) {
            int p = precedence(b);
            boolean power = b.op() == Expr.BinaryOp.POWER;
            int left = precedence(b.left());
            int right = precedence(b.right());
            // Left-associative operators group left, so an equal-precedence right operand needs
            // parentheses; ^ groups right, so an equal-precedence left operand does.
            boolean wrapLeft = power ? left <= p || b.left() instanceof Expr.Unary : left < p;
            boolean wrapRight = power ? right < p || b.right() instanceof Expr.Unary : right <= p;
            return group(b.left(), wrapLeft) + " " + b.op().symbol() + " " + group(b.right(), wrapRight);
        }
        Expr.Call c = (Expr.Call) expr;
        StringJoiner args = new StringJoiner(", ", c.function().text() + "(", ")");
        c.arguments().forEach(a -> args.add(of(a)));
        return args.toString();
    }

    private static String group(Expr expr, boolean parenthesize) {
        return parenthesize ? "(" + of(expr) + ")" : of(expr);
    }

    /** Binding strength, loosest 1 ({@code ||}) to tightest: unary 7, then operands that are not operations. */
    private static int precedence(Expr expr) {
        if (expr instanceof Expr.Unary) {
            return UNARY;
        }
        if (!(expr instanceof Expr.Binary b)) {
            return PRIMARY;
        }
        switch (b.op()) {
            case OR:
                return 1;
            case AND:
                return 2;
            case ADD:
            case SUBTRACT:
            case CONCAT:
                return 4;
            case MULTIPLY:
            case DIVIDE:
                return 5;
            case POWER:
                return 6;
            default:
                return 3; // the comparisons
        }
    }
}

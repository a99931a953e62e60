package io.stage7.ast;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/** Prints expressions back as formula text. */
public final class Formulas {
    private Formulas() {
    }

    /**
     * The expression with every operation in parentheses, which shows exactly how precedence and
     * associativity grouped it: {@code a + b * c} prints as {@code (a + (b * c))}.
     */
    public static String parenthesized(Expr expr) {
        if (expr instanceof Expr.NumberLiteral n) {
            return number(n.value());
        } else if (expr instanceof Expr.TextLiteral t) {
            return quote(t.value());
        } else if (expr instanceof Expr.BooleanLiteral b) {
            return b.value() ? "TRUE" : "FALSE";
        } else if (expr instanceof Expr.NullLiteral) {
            return "NULL";
        } else if (expr instanceof Expr.FieldRef f) {
            return f.name().text();
        } else if (expr instanceof Expr.Unary u) {
            return "(" + u.op().symbol() + parenthesized(u.operand()) + ")";
        } else if (expr instanceof Expr.Binary b) {
            return "(" + parenthesized(b.left()) + " " + b.op().symbol() + " " + parenthesized(b.right()) + ")";
        }
        Expr.Call c = (Expr.Call) expr;
        return c.function().text() + "("
                + c.arguments().stream().map(Formulas::parenthesized).collect(Collectors.joining(", ")) + ")";
    }

    /** A decimal as a formula literal: plain notation, never an exponent. */
    public static String number(BigDecimal value) {
        return value.toPlainString();
    }

    /** A text value as a double-quoted formula literal, escaped so it reads back the same. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

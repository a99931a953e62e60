package io.stage7.ast;

import io.stage7.diag.SourceSpan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A formula expression in Salesforce's formula sublanguage. Immutable; every node knows where
 * it came from.
 */
public sealed interface Expr {

    SourceSpan span();

    /** A decimal literal such as {@code 12} or {@code 0.25}. */
    record NumberLiteral(BigDecimal value, SourceSpan span) implements Expr {
        public NumberLiteral {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }
    }

    /** A text literal, single- or double-quoted in the source, with escapes resolved. */
    record TextLiteral(String value, SourceSpan span) implements Expr {
        public TextLiteral {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }
    }

    /** {@code TRUE} or {@code FALSE}. */
    record BooleanLiteral(boolean value, SourceSpan span) implements Expr {
        public BooleanLiteral {
            Objects.requireNonNull(span, "span");
        }
    }

    /** {@code NULL}: the blank value. */
    record NullLiteral(SourceSpan span) implements Expr {
        public NullLiteral {
            Objects.requireNonNull(span, "span");
        }
    }

    /** A field of the rule's object, or a path through lookups: {@code Account.Industry}. */
    record FieldRef(QualifiedName name, SourceSpan span) implements Expr {
        public FieldRef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(span, "span");
        }
    }

    /** A prefix operator applied to one operand. */
    record Unary(UnaryOp op, Expr operand, SourceSpan span) implements Expr {
        public Unary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(span, "span");
        }
    }

    /** An infix operator between two operands. */
    record Binary(BinaryOp op, Expr left, Expr right, SourceSpan span) implements Expr {
        public Binary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * A function call. {@code name} is spelled as written; function names are case-insensitive,
     * so use {@link #canonicalName()} to look one up.
     */
    record Call(Name function, List<Expr> arguments, SourceSpan span) implements Expr {
        public Call {
            Objects.requireNonNull(function, "function");
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(span, "span");
        }

        public String canonicalName() {
            return function.text().toUpperCase(Locale.ROOT);
        }
    }

    /** Prefix operators. */
    enum UnaryOp {
        NEGATE("-"), PLUS("+"), NOT("!");

        private final String symbol;

        UnaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** Infix operators. {@code =} and {@code ==} are one operator, as are {@code <>} and {@code !=}. */
    enum BinaryOp {
        OR("||"), AND("&&"),
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="),
        ADD("+"), SUBTRACT("-"), CONCAT("&"),
        MULTIPLY("*"), DIVIDE("/"),
        POWER("^");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isComparison() {
            return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
        }

        public boolean isLogical() {
            return this == OR || this == AND;
        }
    }
}

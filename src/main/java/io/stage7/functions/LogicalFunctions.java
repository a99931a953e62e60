package io.stage7.functions;

import java.util.Collection;

/**
 * Blank tests and substitutes, comparisons and three-valued logic.
 *
 * <p>Salesforce's documentation does not say what {@code Amount > 5} is when Amount is blank.
 * Stage7 answers with SQL's rule: a comparison with a blank operand is blank ({@code null}),
 * {@code AND}/{@code OR}/{@code NOT} follow Kleene's three-valued logic
 * ({@code FALSE && blank = FALSE}, {@code TRUE || blank = TRUE}, otherwise blank), and a
 * blank condition counts as not true ({@link #isTrue}): a requirement whose condition is blank
 * does not fire, and {@code IF(blank, a, b)} is {@code b}. Text is the exception: Salesforce
 * text is never null, so text comparisons treat blank as {@code ""} and are never blank.
 */
public final class LogicalFunctions {

    private LogicalFunctions() {
    }

    /**
     * {@code ISBLANK(expression)}: TRUE if the value is blank: {@code null}, empty text, or an
     * empty multi-select. "A field is not empty if it contains a character, blank space, or
     * zero": {@code ISBLANK(" ")} and {@code ISBLANK(0)} are FALSE.
     */
    public static boolean isBlank(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String text) {
            return text.isEmpty();
        }
        return value instanceof Collection<?> values && values.isEmpty();
    }

    /**
     * {@code ISNULL(expression)} for every type but Text: TRUE if the value is {@code null}.
     * For Text call {@link #isNullText}.
     */
    public static boolean isNull(Object value) {
        return value == null;
    }

    /**
     * {@code ISNULL(text)}: always FALSE. Salesforce: "Text fields are never null, so using this
     * function with a text field always returns false."
     */
    public static boolean isNullText(String text) {
        return false;
    }

    /**
     * {@code BLANKVALUE(expression, substitute_expression)}: the substitute if the expression
     * is blank (as {@link #isBlank} decides), else the expression. Blank text comes back as
     * {@code null}.
     */
    public static <T> T blankValue(T value, T substitute) {
        T result = isBlank(value) ? substitute : value;
        return isBlank(result) ? null : result;
    }

    /** {@code NULLVALUE(expression, substitute_expression)} for every type but Text. */
    public static <T> T nullValue(T value, T substitute) {
        return value == null ? substitute : value;
    }

    /**
     * {@code NULLVALUE(text, substitute)}: text is never null in Salesforce, so the text itself,
     * even when blank (use {@code BLANKVALUE} to replace blank text).
     */
    public static String nullValueText(String text, String substitute) {
        return TextFunctions.blankToNull(text);
    }

    /** Whether a condition holds: TRUE only for TRUE; FALSE and blank do not. */
    public static boolean isTrue(Boolean condition) {
        return condition != null && condition;
    }

    /** {@code a && b}, {@code AND(a, b)}: FALSE if either is FALSE, else blank if either is blank. */
    public static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return Boolean.FALSE;
        }
        return a == null || b == null ? null : Boolean.TRUE;
    }

    /** {@code a || b}, {@code OR(a, b)}: TRUE if either is TRUE, else blank if either is blank. */
    public static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return Boolean.TRUE;
        }
        return a == null || b == null ? null : Boolean.FALSE;
    }

    /** {@code NOT(a)}, {@code !a}: blank stays blank. */
    public static Boolean not(Boolean a) {
        return a == null ? null : !a;
    }

    /**
     * {@code a = b} (and {@code ==}) for Number, Currency, Percent, Date, DateTime, Time and
     * Checkbox: blank if either side is blank. Numbers compare by value: {@code 2.50 = 2.5}.
     */
    public static <T extends Comparable<? super T>> Boolean equal(T a, T b) {
        return a == null || b == null ? null : a.compareTo(b) == 0;
    }

    /** {@code a <> b} (and {@code !=}): blank if either side is blank. */
    public static <T extends Comparable<? super T>> Boolean notEqual(T a, T b) {
        return a == null || b == null ? null : a.compareTo(b) != 0;
    }

    /** {@code a < b}: blank if either side is blank. */
    public static <T extends Comparable<? super T>> Boolean lessThan(T a, T b) {
        return a == null || b == null ? null : a.compareTo(b) < 0;
    }

    /** {@code a <= b}: blank if either side is blank. */
    public static <T extends Comparable<? super T>> Boolean lessOrEqual(T a, T b) {
        return a == null || b == null ? null : a.compareTo(b) <= 0;
    }

    /** {@code a > b}: blank if either side is blank. */
    public static <T extends Comparable<? super T>> Boolean greaterThan(T a, T b) {
        return a == null || b == null ? null : a.compareTo(b) > 0;
    }

    /** {@code a >= b}: blank if either side is blank. */
    public static <T extends Comparable<? super T>> Boolean greaterOrEqual(T a, T b) {
        return a == null || b == null ? null : a.compareTo(b) >= 0;
    }

    /**
     * {@code a = b} for Text and Picklist-as-text: case-sensitive, and blank equals
     * {@code ""} ({@code Name = ""} is how formulas test for blank text). Never blank.
     */
    public static boolean textEqual(String a, String b) {
        return (a == null ? "" : a).equals(b == null ? "" : b);
    }

    /** {@code a <> b} for Text: the negation of {@link #textEqual}. */
    public static boolean textNotEqual(String a, String b) {
        return !textEqual(a, b);
    }

    /**
     * Whether {@code CASE(expression, value, result, ...)} takes the branch of {@code value}:
     * text compares as {@link #textEqual} (a blank expression matches {@code ""}); other types
     * match an equal non-blank value, so a blank Number or Date falls through to the else
     * result. Numbers compare by value.
     */
    public static boolean caseMatches(Object expression, Object value) {
        if (expression instanceof String || value instanceof String) {
            boolean bothText = (expression == null || expression instanceof String)
                    && (value == null || value instanceof String);
            return bothText && textEqual((String) expression, (String) value);
        }
        if (expression == null || value == null) {
            return false;
        }
        if (expression instanceof Comparable<?> && expression.getClass() == value.getClass()) {
            @SuppressWarnings("unchecked")
            Comparable<Object> comparable = (Comparable<Object>) expression;
            return comparable.compareTo(value) == 0;
        }
        return expression.equals(value);
    }
}

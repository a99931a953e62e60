package io.stage7.check;

import java.util.Set;

/**
 * The static type of a formula expression: the Salesforce formula types, plus {@link #NULL}
 * (the {@code NULL} literal, a blank of any type) and {@link #ERROR} (an expression that could
 * not be typed because of an error already reported; it is compatible with everything so one
 * mistake does not cascade into many).
 */
public enum ExprType {
    TEXT("Text"),
    NUMBER("Number"),
    CURRENCY("Currency"),
    PERCENT("Percent"),
    CHECKBOX("Checkbox"),
    DATE("Date"),
    DATETIME("DateTime"),
    TIME("Time"),
    PICKLIST("Picklist"),
    MULTIPICKLIST("MultiPicklist"),
    NULL("Null"),
    ERROR("(error)");

    /** Number, Currency and Percent: the types arithmetic works on. */
    public static final Set<ExprType> NUMERIC = Set.of(NUMBER, CURRENCY, PERCENT);

    private final String label;

    ExprType(String label) {
        this.label = label;
    }

    /** The name an analyst knows the type by, as written in field declarations. */
    public String label() {
        return label;
    }

    public boolean isNumeric() {
        return NUMERIC.contains(this);
    }

    /** Picklist or multi-select picklist: usable only in a few functions, as in Salesforce. */
    public boolean isPicklist() {
        return this == PICKLIST || this == MULTIPICKLIST;
    }

    /** NULL or ERROR: fits wherever any type is expected. */
    public boolean isWildcard() {
        return this == NULL || this == ERROR;
    }

    /** Whether a value of this type may be used where {@code expected} is required. */
    public boolean fits(ExprType expected) {
        return this == expected || isWildcard() || expected == ERROR || (isNumeric() && expected.isNumeric());
    }

    /**
     * The common type of two values that meet (IF branches, CASE results, BLANKVALUE), or
     * {@code null} when they cannot meet. Numeric kinds unify (Currency wins, else Number);
     * NULL and ERROR take the other side's type.
     */
    static ExprType unify(ExprType a, ExprType b) {
        if (a == b) {
            return a;
        }
        if (a.isWildcard()) {
            return b == NULL ? a : b;
        }
        if (b.isWildcard()) {
            return a;
        }
        if (a.isNumeric() && b.isNumeric()) {
            return numeric(a, b);
        }
        return null;
    }

    /** The result kind of arithmetic on two numeric kinds. */
    static ExprType numeric(ExprType a, ExprType b) {
        if (a == b) {
            return a;
        }
        if (a == CURRENCY || b == CURRENCY) {
            return CURRENCY;
        }
        return NUMBER;
    }
}

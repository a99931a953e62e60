package io.stage7.check;

import java.util.Locale;
import java.util.Optional;

/** The Salesforce field types an object declaration may use. Type names are case-insensitive. */
public enum FieldKind {
    TEXT("Text", ExprType.TEXT),
    NUMBER("Number", ExprType.NUMBER),
    CURRENCY("Currency", ExprType.CURRENCY),
    PERCENT("Percent", ExprType.PERCENT),
    CHECKBOX("Checkbox", ExprType.CHECKBOX),
    DATE("Date", ExprType.DATE),
    DATETIME("DateTime", ExprType.DATETIME),
    TIME("Time", ExprType.TIME),
    PICKLIST("Picklist", ExprType.PICKLIST),
    MULTIPICKLIST("MultiPicklist", ExprType.MULTIPICKLIST),
    /** A reference to a record of another object; as a value it is the record's id (Text). */
    LOOKUP("Lookup", ExprType.TEXT);

    private final String typeName;
    private final ExprType exprType;

    FieldKind(String typeName, ExprType exprType) {
        this.typeName = typeName;
        this.exprType = exprType;
    }

    /** The type's name as documented, e.g. {@code DateTime}. */
    public String typeName() {
        return typeName;
    }

    /** The formula type of a reference to a field of this kind. */
    public ExprType exprType() {
        return exprType;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == CURRENCY || this == PERCENT;
    }

    /** The kind named {@code name}, ignoring case. */
    public static Optional<FieldKind> byTypeName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (FieldKind kind : values()) {
            if (kind.typeName.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

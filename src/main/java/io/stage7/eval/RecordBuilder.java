package io.stage7.eval;

import io.stage7.check.FieldType;
import io.stage7.check.Suggestions;
import io.stage7.functions.PicklistSelection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.SortedSet;

/**
 * Builds a {@link DataRecord}, checking that each value has its field's runtime type, that a
 * picklist or multi-select picklist value is one the field declares (as the data file readers
 * check it, with the same message and "did you mean"), and that the record has an Id. A wrong
 * value is a programming error (IllegalArgumentException); data files are validated, with line
 * and column, by the record loaders before they get here.
 */
public final class RecordBuilder {
    private final RecordType type;
    private final Object[] values;
    private String id = "";

    RecordBuilder(RecordType type) {
        this.type = type;
        this.values = new Object[type.size()];
        for (int slot = 0; slot < values.length; slot++) {
            if (type.field(slot).kind() == io.stage7.check.FieldKind.CHECKBOX) {
                values[slot] = Boolean.FALSE; // a Checkbox is never blank: unset means unticked
            }
        }
    }

    public RecordBuilder id(String id) {
        this.id = java.util.Objects.requireNonNull(id, "id");
        return this;
    }

    /** Sets a field by path (ignoring case); {@code null} makes it blank (unticked for a Checkbox). */
    public RecordBuilder set(String path, Object value) {
        int slot = type.slotOf(path).orElseThrow(() -> new IllegalArgumentException(
                "no field '" + path + "' on " + type.object().name()));
        return set(slot, value);
    }

    /**
     * Sets the field at a slot; {@code null} makes it blank.
     *
     * @throws IllegalArgumentException when the value is not of the field's runtime type, or is
     *                                  not a declared value of a (multi-select) picklist
     */
    public RecordBuilder set(int slot, Object value) {
        FieldType field = type.field(slot);
        checkDeclared(type.path(slot), field, value);
        values[slot] = normalize(field, value);
        return this;
    }

    /**
     * The record.
     *
     * @throws IllegalStateException when no Id was given, or a blank one: every record needs one
     */
    public DataRecord build() {
        if (id.isBlank()) {
            throw new IllegalStateException("this " + type.object().name() + " record has no Id; every record"
                    + " needs one: call id(...) before build()");
        }
        return new DataRecord(type, id, values.clone());
    }

    /** Refuses a value a picklist or multi-select picklist does not declare, as the data file readers do. */
    static void checkDeclared(String path, FieldType field, Object value) {
        if (field.kind() == io.stage7.check.FieldKind.PICKLIST && value instanceof String text && !text.isEmpty()
                && !field.hasValue(text)) {
            throw new IllegalArgumentException(path + ": " + Suggestions.notAValueOf(text, field));
        }
        if (field.kind() == io.stage7.check.FieldKind.MULTIPICKLIST && value instanceof java.util.Collection<?> selected) {
            for (Object item : selected) {
                if (item instanceof String text && !field.hasValue(text)) {
                    throw new IllegalArgumentException(path + ": " + Suggestions.notAValueOf(text, field));
                }
            }
        }
    }

    /** The value in its canonical runtime form, or an IllegalArgumentException naming the field. */
    static Object normalize(FieldType field, Object value) {
        if (value == null) {
            return field.kind() == io.stage7.check.FieldKind.CHECKBOX ? Boolean.FALSE : null;
        }
        Class<?> expected = switch (field.kind()) {
            case NUMBER, CURRENCY, PERCENT -> BigDecimal.class;
            case TEXT, PICKLIST, LOOKUP -> String.class;
            case CHECKBOX -> Boolean.class;
            case DATE -> LocalDate.class;
            case DATETIME -> Instant.class;
            case TIME -> LocalTime.class;
            case MULTIPICKLIST -> SortedSet.class;
        };
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException(field.object() + "." + field.name() + " is " + field.kind().typeName()
                    + " and takes a " + expected.getSimpleName() + ", not a " + value.getClass().getSimpleName());
        }
        if (value instanceof String text && text.isEmpty()) {
            return null; // Salesforce treats empty text as blank; one blank to test for
        }
        if (field.kind() == io.stage7.check.FieldKind.PICKLIST) {
            return field.declaredValue((String) value); // checked declared: the field's own instance
        }
        if (value instanceof SortedSet<?> set) {
            // bits over the declared values (INCLUDES tests one); an undeclared value makes a plain sorted copy
            return PicklistSelection.of(PicklistSelection.Values.of(field.values()), set);
        }
        return value;
    }
}

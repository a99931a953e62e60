package io.stage7.eval.trusted;

import io.stage7.check.FieldKind;
import io.stage7.check.FieldType;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;

import java.util.Objects;

/**
 * Makes a {@link DataRecord} of slot values without checking or copying them again: the narrow
 * door through which a reader that validated every value (the data file readers) hands them to
 * the evaluator. The values must already be what {@link io.stage7.eval.RecordBuilder} would make
 * of them: each of its field's runtime type, picklist values declared, blanks as {@code null},
 * and every Checkbox a Boolean. {@link #value} gives a checked value that form, through the
 * builder's own normalizing, so that there is one way to store a value.
 *
 * <p>{@link DataRecord}'s constructor is package-private, so {@code eval} installs the way to
 * call it here ({@link #install}) when {@link DataRecord} is initialized; this package is not
 * exported by the module, so nothing outside Stage7 can reach either.
 */
public final class TrustedRecords {
    /** How {@code eval} makes a record: its package-private constructor, and the builder's form of a value. */
    public interface Maker {
        DataRecord record(RecordType type, String id, Object[] values);

        /** {@code checked} as {@link io.stage7.eval.RecordBuilder} stores it, not checked against the declared values again. */
        Object value(FieldType field, Object checked);
    }

    private static volatile Maker maker;

    private TrustedRecords() {
    }

    /** Called once, by {@link DataRecord}'s initializer. */
    public static void install(Maker constructor) {
        if (maker != null) {
            throw new IllegalStateException("the record maker is installed once, by DataRecord");
        }
        maker = Objects.requireNonNull(constructor, "constructor");
    }

    /** The values a new record of {@code type} starts with: blank, and every Checkbox unticked. */
    public static Object[] blank(RecordType type) {
        Object[] values = new Object[type.size()];
        for (int slot = 0; slot < values.length; slot++) {
            if (type.field(slot).kind() == FieldKind.CHECKBOX) {
                values[slot] = Boolean.FALSE;
            }
        }
        return values;
    }

    /**
     * {@code checked} in the form a record holds it, exactly as {@link io.stage7.eval.RecordBuilder}
     * makes it (blanks, multi-select selections), for a value already checked to be of its field's
     * type and declared: the builder's check of the declared values is not repeated.
     */
    public static Object value(FieldType field, Object checked) {
        return maker().value(field, checked);
    }

    /**
     * The record with {@code values} as they are, not copied: the caller gives up the array.
     *
     * @throws IllegalArgumentException when the id is blank, or the array is not one value a slot
     */
    public static DataRecord record(RecordType type, String id, Object[] values) {
        if (id.isBlank() || values.length != type.size()) {
            throw new IllegalArgumentException("a record needs an id and one value a slot of " + type.object().name());
        }
        return maker().record(type, id, values);
    }

    private static Maker maker() {
        Maker installed = maker;
        if (installed == null) {
            initialize();
            installed = maker;
        }
        return installed;
    }

    private static void initialize() {
        try {
            Class.forName(DataRecord.class.getName(), true, DataRecord.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("DataRecord is part of this module", e);
        }
        if (maker == null) {
            throw new IllegalStateException("DataRecord did not install its record maker");
        }
    }
}

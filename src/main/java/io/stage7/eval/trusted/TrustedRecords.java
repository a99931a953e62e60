package io.stage7.eval.trusted;

import io.stage7.check.FieldKind;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;

/**
 * Makes a {@link DataRecord} of slot values without checking or copying them again: the narrow
 * door through which a reader that validated every value (the data file readers) hands them to
 * the evaluator. The values must already be what {@link io.stage7.eval.RecordBuilder} would make
 * of them: each of its field's runtime type, picklist values declared, blanks as {@code null},
 * and every Checkbox a Boolean. {@link #value} gives a checked value that form.
 *
 * <p>{@link DataRecord}'s constructor is package-private, so {@code eval} installs the way to
 * call it here ({@link #install}) when {@link DataRecord} is initialized; this package is not
 * exported by the module, so nothing outside Stage7 can reach either.
 */
public final class TrustedRecords {
    /** How {@code eval} makes a record: its package-private constructor. */
    public interface Maker {
        DataRecord record(RecordType type, String id, Object[] values);
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
     * {@code checked} in the form a record holds it, as {@link io.stage7.eval.RecordBuilder} makes
     * it, for a value that is of its field's type and declared, and that nothing else holds (a
     * multi-select set is wrapped, not copied): empty text and empty selections are blank, a blank
     * Checkbox is unticked.
     */
    public static Object value(FieldKind kind, Object checked) {
        if (checked == null) {
            return kind == FieldKind.CHECKBOX ? Boolean.FALSE : null;
        }
        if (checked instanceof String text) {
            return text.isEmpty() ? null : text;
        }
        if (checked instanceof SortedSet<?> set) {
            return set.isEmpty() ? null : Collections.unmodifiableSortedSet(set);
        }
        return checked;
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
        Maker constructor = maker;
        if (constructor == null) {
            initialize();
            constructor = maker;
        }
        return constructor.record(type, id, values);
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

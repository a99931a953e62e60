package io.stage7.eval;

import io.stage7.check.FieldType;
import io.stage7.eval.trusted.TrustedRecords;

import java.util.Objects;

/**
 * One record to evaluate: an id and a value per slot of its {@link RecordType}. Values use the
 * runtime representation of {@code io.stage7.functions} (BigDecimal, String, Boolean, LocalDate,
 * Instant, LocalTime, SortedSet of String); {@code null} is blank. Immutable; build one with
 * {@link RecordType}-aware {@link RecordBuilder}.
 */
public final class DataRecord {
    private final RecordType type;
    private final String id;
    private final Object[] values;

    static {
        // The data file readers' way to a record of values they checked (see TrustedRecords).
        TrustedRecords.install(new TrustedRecords.Maker() {
            @Override
            public DataRecord record(RecordType type, String id, Object[] values) {
                return new DataRecord(type, id, values);
            }

            @Override
            public Object value(FieldType field, Object checked) {
                return RecordBuilder.normalize(field, checked);
            }
        });
    }

    DataRecord(RecordType type, String id, Object[] values) {
        this.type = Objects.requireNonNull(type, "type");
        this.id = Objects.requireNonNull(id, "id");
        this.values = values;
    }

    public static RecordBuilder builder(RecordType type) {
        return new RecordBuilder(type);
    }

    public RecordType type() {
        return type;
    }

    /** The record's id: the {@code Id} field when the data has one, else what the loader assigned. */
    public String id() {
        return id;
    }

    /** The value at a slot; {@code null} when blank. The evaluators' hot path. */
    public Object value(int slot) {
        return values[slot];
    }

    /** The value of a field path, for callers outside the hot path. */
    public Object value(String path) {
        int slot = type.slotOf(path).orElseThrow(() -> new IllegalArgumentException(
                "no field '" + path + "' on " + type.object().name()));
        return values[slot];
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(type.object().name()).append('[').append(id);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                out.append(", ").append(type.path(i)).append('=').append(values[i]);
            }
        }
        return out.append(']').toString();
    }
}

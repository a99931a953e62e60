package io.stage7.sim.trace;

import io.stage7.check.FieldKind;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;
import io.stage7.eval.RecordType;

import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Records of one {@link RecordType} in a compact binary form, for the replay file: the id, then
 * per slot a tag byte (0 for blank) and the value by its field's kind. Every value comes back
 * equal to the one written (numbers with their scale, instants to the nanosecond), so a replay
 * from the binary form evaluates exactly as one from the parsed text.
 */
final class RecordCodec {

    private static final byte BLANK = 0;
    private static final byte PRESENT = 1;
    /** A number whose unscaled value needs more than 64 bits. */
    private static final byte BIG = 2;

    private final RecordType type;
    private final FieldKind[] kinds;

    RecordCodec(RecordType type) {
        this.type = type;
        kinds = new FieldKind[type.size()];
        for (int slot = 0; slot < kinds.length; slot++) {
            kinds[slot] = type.field(slot).kind();
        }
    }

    void write(DataRecord record, DataOutput out) throws IOException {
        if (record.type() != type) {
            throw new IllegalArgumentException("record " + record.id() + " is not a " + type.object().name());
        }
        text(record.id(), out);
        for (int slot = 0; slot < kinds.length; slot++) {
            Object value = record.value(slot);
            if (value == null) {
                out.writeByte(BLANK);
                continue;
            }
            switch (kinds[slot]) {
                case NUMBER, CURRENCY, PERCENT -> number((BigDecimal) value, out);
                case TEXT, PICKLIST, LOOKUP -> {
                    out.writeByte(PRESENT);
                    text((String) value, out);
                }
                case CHECKBOX -> {
                    out.writeByte(PRESENT);
                    out.writeBoolean((Boolean) value);
                }
                case DATE -> {
                    out.writeByte(PRESENT);
                    out.writeLong(((LocalDate) value).toEpochDay());
                }
                case DATETIME -> {
                    Instant instant = (Instant) value;
                    out.writeByte(PRESENT);
                    out.writeLong(instant.getEpochSecond());
                    out.writeInt(instant.getNano());
                }
                case TIME -> {
                    out.writeByte(PRESENT);
                    out.writeLong(((LocalTime) value).toNanoOfDay());
                }
                case MULTIPICKLIST -> {
                    Collection<?> values = (Collection<?>) value;
                    out.writeByte(PRESENT);
                    out.writeInt(values.size());
                    for (Object item : values) {
                        text((String) item, out);
                    }
                }
                default -> throw new IllegalStateException("no encoding for " + kinds[slot]);
            }
        }
    }

    /** Decodes the record that starts at the buffer's position, leaving the position after it. */
    DataRecord read(ByteBuffer in) {
        RecordBuilder builder = DataRecord.builder(type).id(text(in));
        for (int slot = 0; slot < kinds.length; slot++) {
            byte tag = in.get();
            if (tag == BLANK) {
                continue;
            }
            Object value;
            switch (kinds[slot]) {
                case NUMBER, CURRENCY, PERCENT -> {
                    int scale = in.getInt();
                    if (tag == BIG) {
                        byte[] bytes = new byte[in.getInt()];
                        in.get(bytes);
                        value = new BigDecimal(new BigInteger(bytes), scale);
                    } else {
                        value = BigDecimal.valueOf(in.getLong(), scale);
                    }
                }
                case TEXT, PICKLIST, LOOKUP -> value = text(in);
                case CHECKBOX -> value = in.get() != 0;
                case DATE -> value = LocalDate.ofEpochDay(in.getLong());
                case DATETIME -> value = Instant.ofEpochSecond(in.getLong(), in.getInt());
                case TIME -> value = LocalTime.ofNanoOfDay(in.getLong());
                case MULTIPICKLIST -> {
                    int count = in.getInt();
                    TreeSet<String> items = new TreeSet<>();
                    for (int i = 0; i < count; i++) {
                        items.add(text(in));
                    }
                    value = items;
                }
                default -> throw new IllegalStateException("no decoding for " + kinds[slot]);
            }
            builder.set(slot, value);
        }
        return builder.build();
    }

    private static void number(BigDecimal value, DataOutput out) throws IOException {
        BigInteger unscaled = value.unscaledValue();
        if (unscaled.bitLength() < 64) {
            out.writeByte(PRESENT);
            out.writeInt(value.scale());
            out.writeLong(unscaled.longValue());
        } else {
            byte[] bytes = unscaled.toByteArray();
            out.writeByte(BIG);
            out.writeInt(value.scale());
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    /** UTF-8 with an int length: {@code writeUTF} stops at 64 KB, and a Long Text field need not. */
    private static void text(String value, DataOutput out) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(ByteBuffer in) {
        int length = in.getInt();
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}

package io.stage7.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stage7.check.FieldKind;
import io.stage7.check.FieldType;
import io.stage7.eval.RecordType;
import io.stage7.eval.trusted.TrustedRecords;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The fast way through a JSON Lines row that has no problem, which is nearly every row of an
 * export: Jackson's streaming parser over the line's UTF-8 bytes, each key to its slot through a
 * cache of the keys met so far (Jackson hands back the same canonical name for the same key, and
 * each key remembers the one after it, so finding a key compares one reference), each value
 * straight into the record's slots, with no tree, no list of entries and no text of the line.
 * Dates, date-times and picklist values are read from the parser's own characters, with no String
 * made of them. Every value is checked here, by {@link FieldValues}, so the record is made through
 * {@link TrustedRecords}, which does not check and copy each value again as the builder does.
 *
 * <p>It answers only for rows it reads to exactly the record {@link JsonLinesRecords}' general
 * reading gives. At anything else (malformed JSON, an unknown key or object, a value that does
 * not fit, a key or field given twice, a missing id, {@code "attributes"} anywhere but first) it
 * answers null, and the general reading decides and words every problem at its line and column.
 * One reader per thread: it is not thread-safe.
 */
final class JsonRowReader {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String ATTRIBUTES = "attributes";
    /** Longer numbers are left to the general reading, which checks the length limit and parses them. */
    private static final int PLAIN_NUMBER = 60;
    /** Markers in {@link Key#slot}. */
    private static final int ID = -1;
    private static final int NESTED_ATTRIBUTES = -2;

    private final String file;
    private final RecordSchema schema;
    private final SlotCache slots;
    private final Map<RecordType, Key> roots = new HashMap<>();
    private int keys;
    /** The row being read, counted: a key or slot stamped with it was given in this row. */
    private long row;
    private long[] givenRow = new long[0];

    /** The characters of the string value at hand, in the parser's own buffer: no String per value. */
    private final CharView chars = new CharView();

    /**
     * One key of a row, at its place: top-level or under a lookup's nested object. Rows of an
     * export give their keys in the same order, so each key remembers the one that followed it
     * ({@link #next}, and {@link #first} under its parent): the next key is nearly always found
     * by comparing one reference, since Jackson hands back the same canonical String for a name.
     */
    private static final class Key {
        final RecordType type;
        final int slot;
        final String path;
        final String name;
        final Map<String, Key> children = new HashMap<>();
        long seenInRow = -1;
        /** For a root: the values a record of its object starts with (see {@link TrustedRecords#blank}). */
        Object[] blank;
        /** Whether the key is in its parent's cache (or is a root): only those are remembered in order. */
        boolean kept;
        /** The first key met under this one last time, and the key met after this one. */
        Key first;
        Key next;
        /** A Picklist's declared values and their hashes, once asked for ({@link #declared}). */
        private String[] values;
        private int[] hashes;

        Key(RecordType type, int slot, String path, String name) {
            this.type = type;
            this.slot = slot;
            this.path = path;
            this.name = name;
        }

        /** The declared picklist value spelled exactly as {@code text} (the declared String itself); null if none. */
        String declared(CharView text) {
            if (values == null) {
                values = type.field(slot).values().toArray(String[]::new);
                hashes = new int[values.length];
                for (int i = 0; i < values.length; i++) {
                    hashes[i] = values[i].hashCode();
                }
            }
            int hash = text.hash();
            for (int i = 0; i < values.length; i++) {
                if (hashes[i] == hash && values[i].contentEquals(text)) {
                    return values[i];
                }
            }
            return null;
        }
    }

    /** A window on a char array, reused for every value: what {@link IsoForms} and {@link Key#declared} read. */
    static final class CharView implements CharSequence {
        private char[] chars = new char[0];
        private int from;
        private int length;

        CharView over(char[] buffer, int offset, int count) {
            this.chars = buffer;
            this.from = offset;
            this.length = count;
            return this;
        }

        /** The hash {@link String#hashCode} gives the same characters. */
        int hash() {
            int hash = 0;
            for (int i = from, end = from + length; i < end; i++) {
                hash = 31 * hash + chars[i];
            }
            return hash;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return chars[from + index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }

        @Override
        public String toString() {
            return new String(chars, from, length);
        }
    }

    JsonRowReader(String file, RecordSchema schema, SlotCache slots) {
        this.file = file;
        this.schema = schema;
        this.slots = slots;
    }

    /** The row on {@code line} when it is a record read without a doubt; null to leave it to the general reading. */
    RecordStream.Row row(JsonLinesRecords.Line line) {
        byte[] bytes = line.bytes();
        if (bytes.length == 0 || bytes[0] != '{') {
            return null;
        }
        row++;
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            parser.nextToken();
            JsonToken token = parser.nextToken();
            RecordType type = schema.defaultType();
            if (token == JsonToken.FIELD_NAME && parser.currentName().equals(ATTRIBUTES)) {
                type = attributesType(parser);
                if (type == null) {
                    return null;
                }
                token = parser.nextToken();
            }
            Key root = roots.computeIfAbsent(type, JsonRowReader::root);
            Object[] record = root.blank.clone();
            if (givenRow.length < type.size()) {
                givenRow = new long[type.size()];
            }
            String id = null;
            Key previous = null;
            for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                Key key = child(root, previous, parser.currentName());
                previous = key;
                if (key == null || key.seenInRow == row) {
                    return null;
                }
                key.seenInRow = row;
                JsonToken value = parser.nextToken();
                if (key.slot == ID) {
                    String given = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    if (id != null || given == null || given.isBlank()) {
                        return null; // given twice (as Id and id), not text, or blank
                    }
                    id = given.strip();
                } else if (!value(parser, value, key, record)) {
                    return null;
                }
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null || id == null) {
                return null;
            }
            return new RecordStream.Row(file, line.line(), line.offset(), Optional.of(id),
                    Optional.of(TrustedRecords.record(type, id, record)), List.of());
        } catch (IOException e) {
            return null; // malformed: the general reading locates it
        }
    }

    private static Key root(RecordType type) {
        Key root = new Key(type, 0, "", "");
        root.kept = true;
        root.blank = TrustedRecords.blank(type);
        return root;
    }

    /** The object {@code "attributes": {"type": ...}} names, read without a tree; null for anything unusual. */
    private RecordType attributesType(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String type = null;
        List<String> names = new ArrayList<>(2);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            if (token != JsonToken.FIELD_NAME || names.contains(name) || names.size() > 8) {
                return null;
            }
            names.add(name);
            JsonToken value = parser.nextToken();
            if (value.isStructStart()) {
                return null;
            }
            if (name.equals("type")) {
                if (value != JsonToken.VALUE_STRING) {
                    return null;
                }
                type = parser.getText();
            }
        }
        return type == null ? null : schema.type(type).orElse(null);
    }

    /** Skips a nested {@code "attributes"} value, which the general reading ignores; false for anything unusual. */
    private static boolean skipAttributes(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            return !value.isStructStart();
        }
        List<String> names = new ArrayList<>(2);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            if (token != JsonToken.FIELD_NAME || names.contains(name) || names.size() > 8
                    || parser.nextToken().isStructStart()) {
                return false;
            }
            names.add(name);
        }
        return true;
    }

    /**
     * The key {@code name} under {@code parent}, after {@code previous} (null for the first),
     * from the cache or resolved once; null when it names no slot.
     */
    private Key child(Key parent, Key previous, String name) {
        Key expected = previous == null ? parent.first : previous.next;
        if (expected != null && expected.name == name) {
            return expected; // the same key as in the rows before, in the same place
        }
        Key known = parent.children.get(name);
        if (known != null) {
            return follows(parent, previous, known);
        }
        boolean top = parent.path.isEmpty();
        Key key;
        if (top && name.equalsIgnoreCase("id")) {
            key = new Key(parent.type, ID, name, name);
        } else if (name.equals(ATTRIBUTES)) {
            if (top) {
                return null; // only first, where it names the object
            }
            key = new Key(parent.type, NESTED_ATTRIBUTES, name, name);
        } else {
            String path = top ? name : parent.path + "." + name;
            OptionalInt slot = slots.slotOf(parent.type, path);
            if (slot.isEmpty()) {
                return null;
            }
            key = new Key(parent.type, slot.getAsInt(), path, name);
        }
        if (keys >= SlotCache.LIMIT) {
            return key; // resolved, but not kept: a file of made-up keys cannot grow the cache
        }
        keys++;
        key.kept = true;
        parent.children.put(name, key);
        return follows(parent, previous, key);
    }

    /** Remembers that {@code key}, a cached one, came after {@code previous} (first under {@code parent} when null). */
    private static Key follows(Key parent, Key previous, Key key) {
        if (previous == null) {
            parent.first = key;
        } else if (previous.kept) {
            previous.next = key;
        }
        return key;
    }

    /** Reads the value of {@code key} into the record; false when the general reading must decide. */
    private boolean value(JsonParser parser, JsonToken token, Key key, Object[] record) throws IOException {
        if (key.slot == NESTED_ATTRIBUTES) {
            return skipAttributes(parser, token);
        }
        FieldType field = key.type.field(key.slot);
        String path = key.type.path(key.slot);
        FieldValues.Parsed parsed;
        switch (token) {
            case START_OBJECT:
                return field.kind() == FieldKind.LOOKUP && nested(parser, key, record);
            case VALUE_NULL:
                return set(key, null, record);
            case VALUE_STRING:
                Object plain = plainValue(parser, key, field);
                if (plain != null) {
                    return set(key, plain, record);
                }
                parsed = FieldValues.fromText(path, field, parser.getText());
                break;
            case VALUE_TRUE:
            case VALUE_FALSE:
                parsed = FieldValues.fromBoolean(path, field, token == JsonToken.VALUE_TRUE);
                break;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                if (parser.getTextLength() > PLAIN_NUMBER) {
                    return false;
                }
                parsed = FieldValues.fromNumber(path, field, token == JsonToken.VALUE_NUMBER_INT
                        ? integer(parser) : decimal(parser), "");
                break;
            case START_ARRAY:
                if (field.kind() != FieldKind.MULTIPICKLIST) {
                    return false;
                }
                List<String> parts = new ArrayList<>();
                for (JsonToken part = parser.nextToken(); part != JsonToken.END_ARRAY; part = parser.nextToken()) {
                    if (part != JsonToken.VALUE_STRING) {
                        return false;
                    }
                    parts.add(parser.getText());
                }
                parsed = FieldValues.fromSelections(path, field, parts, "");
                break;
            default:
                return false;
        }
        return parsed.ok() && set(key, parsed.value(), record);
    }

    /**
     * The value of a Date, DateTime or Picklist string read from the parser's characters, in
     * the plain forms only (a date {@link IsoForms} reads, a picklist value exactly as declared):
     * exactly what {@link FieldValues#fromText} gives that text, without a String of it. Null
     * for anything else, which {@link FieldValues#fromText} then reads.
     */
    private Object plainValue(JsonParser parser, Key key, FieldType field) throws IOException {
        FieldKind kind = field.kind();
        if (kind != FieldKind.DATE && kind != FieldKind.DATETIME && kind != FieldKind.PICKLIST) {
            return null;
        }
        CharView text = chars.over(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        if (text.length() == 0) {
            return null; // blank: the general reading says so
        }
        switch (kind) {
            case DATE:
                return IsoForms.date(text);
            case DATETIME:
                return IsoForms.dateTime(text);
            default:
                return key.declared(text);
        }
    }

    /** The keys of a lookup's nested object, each under the lookup's path. */
    private boolean nested(JsonParser parser, Key lookup, Object[] record) throws IOException {
        JsonToken token;
        Key previous = null;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            Key key = child(lookup, previous, parser.currentName());
            previous = key;
            if (key == null || key.seenInRow == row) {
                return false;
            }
            key.seenInRow = row;
            if (!value(parser, parser.nextToken(), key, record)) {
                return false;
            }
        }
        return token == JsonToken.END_OBJECT;
    }

    /** Sets a slot once; a slot given twice (under two spellings) is left to the general reading. */
    private boolean set(Key key, Object value, Object[] record) {
        int slot = key.slot;
        if (givenRow[slot] == row) {
            return false;
        }
        givenRow[slot] = row;
        record[slot] = TrustedRecords.value(key.type.field(slot), value);
        return true;
    }

    /** An integer as Jackson's tree holds it: the narrowest of int, long and BigInteger, as a decimal of scale 0. */
    private static BigDecimal integer(JsonParser parser) throws IOException {
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? new BigDecimal(parser.getBigIntegerValue()) : BigDecimal.valueOf(parser.getLongValue());
    }

    /**
     * A decimal as Jackson's tree holds it, without trailing zeros ({@code 21817.50} is
     * {@code 21817.5}, {@code 100.0} is {@code 1E+2}); read from the digits when they fit a long,
     * as most amounts do, and through {@link BigDecimal} otherwise.
     */
    static BigDecimal decimal(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int from = parser.getTextOffset();
        int end = from + parser.getTextLength();
        boolean negative = chars[from] == '-';
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (int i = negative ? from + 1 : from; i < end; i++) {
            char c = chars[i];
            if (c == '.' && !point) {
                point = true;
            } else if (c >= '0' && c <= '9' && digits < 18) {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (point) {
                    scale++;
                }
            } else {
                return JsonValues.withoutTrailingZeros(parser.getDecimalValue());
            }
        }
        if (unscaled == 0) {
            return BigDecimal.ZERO;
        }
        while (unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }
}

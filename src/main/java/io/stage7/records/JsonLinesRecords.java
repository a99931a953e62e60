package io.stage7.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.stage7.check.FieldKind;
import io.stage7.eval.RecordType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Records from JSON Lines: one JSON object per line. Keys are field paths of the row's object;
 * {@code "Id"} (any case) is the record id; a lookup is either a flat key ({@code
 * "Account.Industry"}) or a nested object ({@code "Account": {"Id": "001A", "Industry": "Retail"}}),
 * whose own {@code "attributes"} are skipped; {@code "Account": null} leaves the lookup blank.
 * The object is the default one unless the row says otherwise as Salesforce's REST API does,
 * with {@code "attributes": {"type": "Case"}}. Lines that are empty or only spaces are skipped.
 * Rows are read one line at a time, and every problem belongs to its line.
 */
final class JsonLinesRecords implements RowParser {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final String ATTRIBUTES = "attributes";
    private static final Pattern CHARACTER_CODE = Pattern.compile(" \\(code \\d+\\)");

    private final String file;
    private final LineSource lines;
    private final RecordSchema schema;
    private final SlotCache slots = new SlotCache();
    /** The fast way through a row, one per thread parsing this file's rows. */
    private final ThreadLocal<JsonRowReader> fast;

    JsonLinesRecords(String file, LineSource lines, RecordSchema schema) {
        this.file = file;
        this.lines = lines;
        this.schema = schema;
        this.fast = ThreadLocal.withInitial(() -> new JsonRowReader(file, schema, slots));
    }

    /**
     * A line that is not blank, where it is in the file, and its UTF-8 bytes (checked); its
     * text too when it is not ASCII, as decoding it checked it. An ASCII line's text is made only
     * when a row has a problem to locate ({@link #text()}).
     */
    record Line(int line, long offset, byte[] bytes, String decoded) implements Unparsed {

        @Override
        public long weight() {
            return bytes.length + (decoded == null ? 0 : 2L * decoded.length());
        }

        /** The line's text. */
        String text() {
            return decoded != null ? decoded : new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public Line read() throws IOException {
        while (lines.next()) {
            if (!lines.isBlank()) {
                byte[] bytes = Arrays.copyOfRange(lines.bytes(), lines.start(), lines.start() + lines.length());
                return new Line(lines.line(), lines.offset(), bytes, lines.isAscii() ? null : lines.text());
            }
        }
        return null;
    }

    @Override
    public RowBuilder parse(Unparsed row) {
        Line line = (Line) row;
        return row(file, line.line(), line.offset(), line.text(), schema, slots);
    }

    /** A record straight from the line's bytes when it has no problem; otherwise as {@link #parse} words it. */
    @Override
    public RecordStream.Row parseRow(Unparsed row) {
        RecordStream.Row record = fast.get().row((Line) row);
        return record != null ? record : parse(row).build();
    }

    /**
     * A key and its value as found on the line, with the columns of both; {@code value} is null
     * for a nested object.
     */
    private record Entry(String path, JsonNode value, int keyColumn, int column) {
    }

    private static RowBuilder row(String file, int line, long offset, String text, RecordSchema schema, SlotCache slots) {
        RowBuilder row = new RowBuilder(file, line, offset, schema.defaultType());
        row.missingIdReported(); // until the line parses: a malformed line is one problem, not two
        List<Entry> entries = new ArrayList<>();
        JsonNode attributes = null;
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                row.problem(line, column(parser.currentTokenLocation()), "malformed-json",
                        "each line must be one JSON object, {\"Id\": ...}, not " + describe(first));
                return row;
            }
            attributes = object(parser, "", entries);
            if (parser.nextToken() != null) {
                row.problem(line, column(parser.currentTokenLocation()), "malformed-json",
                        "text after the end of the JSON object; write one object per line");
                return row;
            }
        } catch (JsonProcessingException e) {
            row.problem(line, column(e.getLocation()), "malformed-json", "malformed JSON: " + message(e));
            return row;
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail with I/O", e);
        }
        row.reportMissingId();
        if (attributes != null && !objectType(row, line, attributes, schema)) {
            // Keys cannot be checked against an unknown object; only the id still counts.
            entries.removeIf(entry -> !entry.path().equalsIgnoreCase("id"));
        }
        values(row, line, entries, slots);
        return row;
    }

    /**
     * Reads the members of an object whose START_OBJECT was just read, flattening nested objects
     * into dotted paths. Returns the top-level {@code attributes} object, if any; nested ones
     * (Salesforce puts one in every related record) are skipped.
     */
    private static JsonNode object(JsonParser parser, String prefix, List<Entry> entries) throws IOException {
        JsonNode attributes = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int keyColumn = column(parser.currentTokenLocation());
            JsonToken value = parser.nextToken();
            int column = column(parser.currentTokenLocation());
            if (name.equals(ATTRIBUTES)) {
                JsonNode node = parser.readValueAsTree();
                if (prefix.isEmpty()) {
                    attributes = node;
                }
                continue;
            }
            String path = prefix + name;
            if (value == JsonToken.START_OBJECT) {
                entries.add(new Entry(path, null, keyColumn, column));
                object(parser, path + ".", entries);
            } else {
                entries.add(new Entry(path, JsonValues.current(parser), keyColumn, column));
            }
        }
        return attributes;
    }

    /** Sets the row's object from {@code "attributes": {"type": ...}}; false when it names none the rules declare. */
    private static boolean objectType(RowBuilder row, int line, JsonNode attributes, RecordSchema schema) {
        JsonNode type = attributes.get("type");
        if (type == null || !type.isTextual()) {
            row.problem(line, 1, "unknown-object", "\"attributes\" must name the record's object, "
                    + "e.g. {\"type\": \"Opportunity\"}");
            return false;
        }
        Optional<RecordType> object = schema.type(type.textValue());
        if (object.isEmpty()) {
            row.problem(line, 1, "unknown-object", schema.unknownObject(type.textValue()));
            return false;
        }
        row.type(object.get());
        return true;
    }

    private static void values(RowBuilder row, int line, List<Entry> entries, SlotCache slots) {
        RecordType type = row.type();
        List<String> skipped = new ArrayList<>();
        for (Entry entry : entries) {
            String path = entry.path();
            if (!skipped.isEmpty() && skipped.stream().anyMatch(prefix -> path.startsWith(prefix))) {
                continue; // inside an object already reported
            }
            if (path.equalsIgnoreCase("id")) {
                id(row, line, entry);
                continue;
            }
            OptionalInt slot = slots.slotOf(type, path);
            if (slot.isEmpty()) {
                row.problem(line, entry.keyColumn(), "unknown-field", RowBuilder.unknown("key", path, type));
                skipped.add(path + ".");
                continue;
            }
            int s = slot.getAsInt();
            if (entry.value() == null) {
                if (type.field(s).kind() != FieldKind.LOOKUP) {
                    row.problem(line, entry.column(), "invalid-value", type.path(s) + " is a "
                            + type.field(s).kind().typeName() + " field, but the value is an object");
                    skipped.add(path + ".");
                }
                continue; // a related record: its keys follow as paths under it
            }
            FieldValues.Parsed parsed = FieldValues.fromJson(type.path(s), type.field(s), entry.value());
            if (parsed.ok()) {
                row.set(s, parsed.value(), path, line, entry.keyColumn());
            } else {
                row.problem(line, entry.column(), "invalid-value", parsed.problem());
            }
        }
    }

    private static void id(RowBuilder row, int line, Entry entry) {
        JsonNode value = entry.value();
        if (value == null || !value.isTextual()) {
            row.missingIdReported();
            row.problem(line, entry.column(), "invalid-id", "the Id must be text, such as \"OPP-0001\"");
        } else if (value.textValue().isBlank()) {
            row.missingIdReported();
            row.problem(line, entry.column(), "missing-id", "the Id is empty; every record needs a unique Id");
        } else if (row.id().isPresent()) {
            row.problem(line, entry.keyColumn(), "duplicate-field", "the Id is given twice");
        } else {
            row.id(value.textValue().strip());
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            default:
                return token.asString() == null ? token.name().toLowerCase(Locale.ROOT) : token.asString();
        }
    }

    /** Jackson's message without its location (we give our own) and without its advice on Java. */
    private static String message(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "the line ends inside the JSON object; close every string, array and object on the same line";
        }
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        // "Unexpected character ('}' (code 125))": the code adds nothing for people.
        return CHARACTER_CODE.matcher(message).replaceAll("").strip();
    }

    private static int column(JsonLocation location) {
        return location == null ? 1 : Math.max(1, location.getColumnNr());
    }
}

package io.stage7.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stage7.check.FieldKind;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;

/**
 * Writes records as JSON Lines in the form {@link RecordFiles} reads back to equal records when
 * the record's object is the default one: {@code "Id"} first, then every field that is not blank
 * in slot order. A lookup and the fields read through it form one nested object, as Salesforce's
 * REST API writes them ({@code "Account": {"Id": "001A", "Industry": "Retail"}}). Numbers are
 * plain JSON numbers (a Percent in percent units, as Salesforce writes it: 15 for the fraction
 * 0.15), Checkboxes JSON booleans, dates, date-times ({@code 2026-03-02T14:03:27.120Z}, UTC, to
 * the millisecond) and times ISO-8601 text, and a multi-select picklist is {@code "SaaS;Support"}.
 * An empty selection is blank, as the readers read it. Same record, same bytes.
 */
public final class JsonLinesWriter {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private JsonLinesWriter() {
    }

    /**
     * One record as one line of JSON, without the line break.
     *
     * @throws IllegalArgumentException if a value is not of the runtime representation of {@link DataRecord}
     */
    public static String line(DataRecord record) {
        RecordType type = record.type();
        ObjectNode line = MAPPER.createObjectNode();
        line.put("Id", record.id());
        for (int slot = 0; slot < type.size(); slot++) {
            Object value = record.value(slot);
            if (value == null || value instanceof Collection<?> selected && selected.isEmpty()) {
                continue;
            }
            String[] path = type.path(slot).split("\\.");
            ObjectNode parent = line;
            for (int i = 0; i < path.length - 1; i++) {
                parent = related(parent, path[i]);
            }
            String name = path[path.length - 1];
            if (type.field(slot).kind() == FieldKind.LOOKUP) {
                related(parent, name).put("Id", (String) value);
            } else if (type.field(slot).kind() == FieldKind.PERCENT && value instanceof BigDecimal fraction) {
                parent.put(name, fraction.movePointRight(2));
            } else {
                put(parent, name, value, type.path(slot));
            }
        }
        try {
            return MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing a JSON tree to a string cannot fail", e);
        }
    }

    /** The nested object of a lookup, made on first use. */
    private static ObjectNode related(ObjectNode parent, String lookup) {
        return parent.get(lookup) instanceof ObjectNode object ? object : parent.putObject(lookup);
    }

    private static void put(ObjectNode parent, String name, Object value, String path) {
        if (value instanceof String text) {
            parent.put(name, text);
        } else if (value instanceof BigDecimal number) {
            parent.put(name, number);
        } else if (value instanceof Boolean flag) {
            parent.put(name, flag);
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof LocalTime) {
            parent.put(name, value.toString());
        } else if (value instanceof Collection<?> selected) {
            StringBuilder joined = new StringBuilder();
            for (Object option : selected) {
                joined.append(joined.length() == 0 ? "" : ";").append(option);
            }
            parent.put(name, joined.toString());
        } else {
            throw new IllegalArgumentException(path + ": cannot write a " + value.getClass().getName() + " value");
        }
    }
}

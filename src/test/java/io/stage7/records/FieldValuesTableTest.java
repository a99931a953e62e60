package io.stage7.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.stage7.check.FieldType;
import io.stage7.eval.RecordType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * How one value of a data file becomes its field's runtime value, pinned by the table in
 * {@code records/values.txt}: Salesforce's conventions for Percent, Checkbox, Date, DateTime
 * and Time, blanks, and the located problems of values that do not fit.
 */
class FieldValuesTableTest {
    private static final Path TABLE = Path.of("src/test/resources/records/values.txt");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final RecordType OPPORTUNITY = TestRules.schema().defaultType();

    @Test
    void aPicklistValueIsReadAsTheFieldsOwnInstance() {
        int slot = RowBuilder.slotOf(OPPORTUNITY, "Region").orElseThrow();
        FieldType region = OPPORTUNITY.field(slot);
        String written = new String("EMEA".toCharArray()); // equal to the declared value, another instance
        Object read = FieldValues.fromText("Region", region, written).value();
        assertSame(region.values().get(region.values().indexOf("EMEA")), read);
    }

    @TestFactory
    List<DynamicTest> everyRowOfTheTableHolds() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            if (cells.length != 4) {
                fail(TABLE + ":" + (i + 1) + ": a row has four cells: field | csv or json | written | expected");
            }
            String where = TABLE + ":" + (i + 1);
            String field = cells[0].strip();
            String form = cells[1].strip();
            String written = cells[2].strip();
            String expected = unquote(cells[3].strip());
            tests.add(DynamicTest.dynamicTest(where + " " + field + " " + form + " " + written,
                    () -> check(where, field, form, written, expected)));
        }
        assertTrue(tests.size() > 50, "the table lost its rows");
        return tests;
    }

    private static void check(String where, String field, String form, String written, String expected)
            throws IOException {
        int slot = RowBuilder.slotOf(OPPORTUNITY, field).orElseThrow(() -> new AssertionError(where + ": no field " + field));
        FieldValues.Parsed parsed = switch (form) {
            case "csv" -> FieldValues.fromText(field, OPPORTUNITY.field(slot), unquote(written));
            case "json" -> FieldValues.fromJson(field, OPPORTUNITY.field(slot), JSON.readTree(written));
            default -> throw new AssertionError(where + ": the form is csv or json, not " + form);
        };
        if (expected.startsWith("error: ")) {
            assertTrue(!parsed.ok() && parsed.problem().contains(expected.substring(7)),
                    where + ": expected a problem containing '" + expected.substring(7) + "', got "
                            + (parsed.ok() ? "the value " + show(parsed.value()) : "'" + parsed.problem() + "'"));
            return;
        }
        assertTrue(parsed.ok(), where + ": " + parsed.problem());
        assertEquals(expected, show(parsed.value()), where);
    }

    /** A CSV cell as the table writes it: quotes keep surrounding spaces. */
    private static String unquote(String written) {
        return written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")
                ? written.substring(1, written.length() - 1) : written;
    }

    private static String show(Object value) {
        if (value == null) {
            return "blank";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> selected) {
            return selected.stream().map(String::valueOf).collect(Collectors.joining(";"));
        }
        return value.toString();
    }
}

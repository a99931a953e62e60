package io.stage7.records;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link JsonRowReader} is the fast way through a row: wherever it answers, the row must be the
 * record that {@link JsonLinesRecords}' general reading makes of the same line, value for value
 * (types and decimal scales included); wherever the general reading finds a problem, it must
 * not answer. Checked on the test data and on generated lines of every shape a row may take.
 */
class JsonRowReaderTest {
    private static final RecordSchema SCHEMA = TestRules.schema();

    @Test
    void theRecordsOfTheTestDataAreReadTheFastWay() throws IOException {
        for (String name : List.of("valid.jsonl", "salesforce-api.jsonl")) {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/eval-cli", name), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    RecordStream.Row fast = agree(lines.get(i), i + 1);
                    if (general(lines.get(i), i + 1).record().isPresent()) {
                        assertNotNull(fast, name + ":" + (i + 1) + " is a record the fast way should read");
                    }
                }
            }
        }
    }

    @Test
    void generatedRowsAreReadAsTheGeneralReadingReadsThem() {
        SplittableRandom random = new SplittableRandom(20261208);
        int fast = 0;
        int records = 0;
        for (int i = 0; i < 3_000; i++) {
            String line = line(random);
            RecordStream.Row row = agree(line, i + 1);
            if (row != null) {
                fast++;
            }
            if (general(line, i + 1).record().isPresent()) {
                records++;
            }
        }
        assertTrue(records > 300 && fast > records / 2, "generated lines: " + records + " records, " + fast
                + " read the fast way");
    }

    @Test
    void oneReaderReadsRowsWhoseKeysComeInAnyOrderAsTheGeneralReadingDoes() {
        // A reader remembers the order of the keys it met: rows in that order, in another, with
        // keys missing or unknown, must all still read as the general reading reads them.
        JsonRowReader reader = new JsonRowReader("t.jsonl", SCHEMA, new SlotCache());
        SplittableRandom random = new SplittableRandom(20261209);
        int fast = 0;
        for (int i = 0; i < 3_000; i++) {
            String line = random.nextInt(3) == 0 ? line(random) : FIXED_ORDER;
            if (agree(reader, line, i + 1) != null) {
                fast++;
            }
        }
        assertTrue(fast > 1_500, fast + " rows read the fast way");
    }

    private static final String FIXED_ORDER = "{\"Id\": \"R-1\", \"Name\": \"Acme\", \"Region\": \"EMEA\", "
            + "\"CloseDate\": \"2026-03-31\", \"SubmittedAt\": \"2026-03-10T09:13:54.000+0000\", "
            + "\"Products\": [\"Support\", \"SaaS\"], \"Account\": {\"Id\": \"001A\", \"Name\": \"Acme\"}}";

    /** The fast row, after checking that it is the general reading's record; null when the fast way did not answer. */
    private static RecordStream.Row agree(String text, int number) {
        return agree(new JsonRowReader("t.jsonl", SCHEMA, new SlotCache()), text, number);
    }

    private static RecordStream.Row agree(JsonRowReader reader, String text, int number) {
        RecordStream.Row general = general(text, number);
        RecordStream.Row fast = reader.row(line(text, number));
        if (fast != null) {
            assertTrue(general.record().isPresent(), "the fast way read a row the general reading rejects: " + text
                    + " " + general.problems());
            assertEquals(describe(general), describe(fast), text);
        }
        return fast;
    }

    private static RecordStream.Row general(String text, int number) {
        JsonLinesRecords records = new JsonLinesRecords("t.jsonl",
                new LineSource(Channels.newChannel(new ByteArrayInputStream(new byte[0])), "t.jsonl"), SCHEMA);
        return records.parse(line(text, number)).build();
    }

    private static JsonLinesRecords.Line line(String text, int number) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        boolean ascii = bytes.length == text.length();
        return new JsonLinesRecords.Line(number, 0, bytes, ascii ? null : text);
    }

    private static String describe(RecordStream.Row row) {
        StringBuilder out = new StringBuilder(row.line() + " " + row.id() + " " + row.problems());
        row.record().ifPresent(record -> {
            out.append(' ').append(record);
            for (int slot = 0; slot < record.type().size(); slot++) {
                Object value = record.value(slot);
                out.append(' ').append(value == null ? "-" : value.getClass().getSimpleName());
            }
        });
        return out.toString();
    }

    private static final List<String> KEYS = List.of("Name", "Region", "Amount", "Discount", "Seats", "CloseDate",
            "SubmittedAt", "Cutoff__c", "Products", "PO_Number__c", "Signed__c", "Account", "Account.Name",
            "Account.Requires_PO__c", "AccountId", "account.industry", "Unknown__c", "attributes", "Id", "id", "name");
    private static final List<String> VALUES = List.of("\"EMEA\"", "\"emea\"", "\"\"", "\" \"", "\"Acme\"",
            "\"2026-03-31\"", "\" 2026-03-31 \"", "\"2026-02-29\"", "\"2026-03-31T23:45:00Z\"",
            "\"2026-03-10T09:13:54.000+0000\"", "\"2026-03-10T02:13:54.000-08:00\"", "\"2026-03-10T02:13:54+18:00\"",
            "\"2026-03-10 02:13:54Z\"", "\"16:30:00.000Z\"", "\"16:30\"", "\"SaaS;Support\"", "\"SaaS;SaaS\"",
            "[\"SaaS\", \"Support\"]", "[\"Support\", \"SaaS\"]", "[1]", "[]", "[\"Nope\"]", "0", "-0", "1.50", "100.0",
            "1e2", "12345678901234567890", "0.001", "-3.25", "99999999999.99", "1234567890.125", "15", "1", "true",
            "false", "null", "\"30%\"", "\"yes\"", "\"12,000\"", "{\"Id\": \"001A\", \"Name\": \"Acme\"}",
            "{\"attributes\": {\"type\": \"Account\", \"url\": \"/x\"}, \"Id\": \"001B\", \"Industry\": \"Retail\"}",
            "{\"Industry\": \"Nope\"}", "{}", "{\"type\": \"Case\"}", "{\"type\": \"Opportunity\"}", "\"caf\u00e9 \u202e\"",
            "\"a\\u0000b\"", "\"\\ud83d\\ude00\"");

    /** A line of random keys and values, mostly well formed, with some lines broken on purpose. */
    private static String line(SplittableRandom random) {
        List<String> members = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            members.add("\"attributes\": {\"type\": \"" + (random.nextInt(4) == 0 ? "Case" : "Opportunity") + "\"}");
        }
        if (random.nextInt(10) > 0) {
            members.add("\"Id\": \"R-" + random.nextInt(100) + "\"");
        }
        for (int n = random.nextInt(7); n > 0; n--) {
            String key = KEYS.get(random.nextInt(KEYS.size()));
            members.add("\"" + key + "\": " + VALUES.get(random.nextInt(VALUES.size())));
        }
        if (random.nextInt(4) == 0) {
            java.util.Collections.shuffle(members, new java.util.Random(random.nextLong()));
        }
        String line = "{" + String.join(", ", members) + "}";
        switch (random.nextInt(20)) {
            case 0:
                return line + " x";
            case 1:
                return line.substring(0, line.length() - 1);
            case 2:
                return " " + line;
            case 3:
                return "[" + line + "]";
            default:
                return line;
        }
    }
}

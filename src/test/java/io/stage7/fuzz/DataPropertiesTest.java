package io.stage7.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stage7.cli.Cli;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property-based fuzzing of data files through {@code stage7 eval --skip-invalid}, run
 * in-process over the small rules in {@code src/test/resources/fuzz/rules}: rows of plausible
 * and hostile values (numbers of thousands of digits, long text, escape sequences, spreadsheet
 * formulas, quotes and line breaks), written as CSV or JSON Lines. Whatever the rows, the command
 * keeps the contract, and no row is lost: every row is either evaluated (one output line) or
 * reported with its own line.
 */
class DataPropertiesTest {
    private static final String RULES = "src/test/resources/fuzz/rules";
    private static final String AT = "2026-03-31T16:45:00Z";
    private static final List<String> FIELDS = List.of("Name", "Amount", "Discount", "Seats", "CloseDate",
            "SubmittedAt", "Region", "Products", "Signed");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path dir;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("stage7-data-fuzz");
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Property(tries = 1500, seed = "20261209", shrinking = ShrinkingMode.BOUNDED)
    void everyCsvRowIsEvaluatedOrReported(@ForAll("rows") List<Map<String, String>> rows) {
        check(rows, "rows.csv", csv(rows));
    }

    @Property(tries = 1000, seed = "20261210", shrinking = ShrinkingMode.BOUNDED)
    void everyJsonLinesRowIsEvaluatedOrReported(@ForAll("rows") List<Map<String, String>> rows) {
        check(rows, "rows.jsonl", jsonLines(rows));
    }

    /** Found by this suite before values had a length limit: a number of a million digits went to BigDecimal. */
    @Example
    void aMillionDigitNumberIsAReportedRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Amount", "9".repeat(1_000_000));
        check(List.of(row, Map.of("Name", "ok")), "huge.csv", csv(List.of(row, Map.of("Name", "ok"))));
    }

    /** Found by this suite (seed 20261210): a long JSON number in a Text field was an internal error. */
    @Example
    void aLongJsonNumberInATextFieldIsAReportedRow() {
        List<Map<String, String>> rows = List.of(Map.of("Name", "9".repeat(150)));
        check(rows, "long-number.jsonl", jsonLines(rows));
    }

    /** Found by this suite (seed 20261209): a quoted line break puts a row's problems on two lines. */
    @Example
    void aRowSpanningTwoLinesIsCountedOnce() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("CloseDate", "line\nbreak");
        row.put("SubmittedAt", "Acme");
        check(List.of(row), "two-lines.csv", csv(List.of(row)));
    }

    private static void check(List<Map<String, String>> rows, String name, String text) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Cli result = Cli.run("eval", "--rules", RULES, "--at", AT, "--skip-invalid", file.toString());
        String shown = text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
        Contract.holds(result, Set.of(0, 1), shown);
        long evaluated = result.out().lines().filter(l -> !l.isBlank()).count();
        Set<Integer> reported = rowsOf(Contract.errorLines(result.err(), name), text, name.endsWith(".csv"));
        if (result.exitCode() == 0) {
            assertEquals(rows.size(), evaluated + reported.size(), () -> "rows lost: " + evaluated + " evaluated, "
                    + reported + " reported of " + rows.size() + "\n" + result.err() + "\ninput:\n" + shown);
        } else {
            assertTrue(evaluated == 0 && !reported.isEmpty(), () -> "exit 1 must evaluate nothing and say where:\n"
                    + result.out() + result.err());
        }
    }

    /**
     * The rows (0-based) that the reported lines fall in: a CSV row whose quoted value holds a
     * line break spans several lines, and its problems may be reported at any of them.
     */
    private static Set<Integer> rowsOf(Set<Integer> lines, String text, boolean csv) {
        List<Integer> rowStarts = new java.util.ArrayList<>();
        int line = 1;
        boolean quoted = false;
        boolean atRowStart = true;
        int skip = csv ? 1 : 0; // the CSV header
        for (int i = 0; i < text.length(); i++) {
            if (atRowStart) {
                if (skip > 0) {
                    skip--;
                } else {
                    rowStarts.add(line);
                }
                atRowStart = false;
            }
            char c = text.charAt(i);
            if (csv && c == '"') {
                quoted = !quoted;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                atRowStart = !quoted;
            }
        }
        Set<Integer> rows = new java.util.TreeSet<>();
        for (int reported : lines) {
            int row = -1;
            for (int r = 0; r < rowStarts.size() && rowStarts.get(r) <= reported; r++) {
                row = r;
            }
            rows.add(row);
        }
        return rows;
    }

    @Provide
    Arbitrary<List<Map<String, String>>> rows() {
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("", "Acme", "1250.50", "-3.5", "0.15", "15%", "2026-03-31",
                        "2026-03-31T16:45:00Z", "EMEA", "SaaS;Support", "true", "false", "42")),
                Tuple.of(3, Arbitraries.strings().ofMaxLength(30)),
                Tuple.of(2, Arbitraries.of("=HYPERLINK(\"http://x\")", "+1+1", "@SUM(A1)", "\u001b[2J\u001b]0;x\u0007",
                        "\u009b31m", "a\"b", "line\nbreak", "cr\rx", "1e999999", "9".repeat(150),
                        "0." + "1".repeat(120), "x".repeat(140_000), "NaN", "-0", "9999-12-31", "+999999999-12-31",
                        "\u202eevil", "\t=1")));
        Arbitrary<Map<String, String>> row = Combinators.combine(
                Arbitraries.subsetOf(FIELDS), value.list().ofSize(FIELDS.size())).as((fields, values) -> {
                    Map<String, String> map = new LinkedHashMap<>();
                    int i = 0;
                    for (String field : FIELDS) {
                        if (fields.contains(field)) {
                            map.put(field, values.get(i));
                        }
                        i++;
                    }
                    return map;
                });
        return row.list().ofMinSize(1).ofMaxSize(8);
    }

    private static String csv(List<Map<String, String>> rows) {
        StringBuilder out = new StringBuilder("Id");
        for (String field : FIELDS) {
            out.append(',').append(field);
        }
        out.append('\n');
        int id = 0;
        for (Map<String, String> row : rows) {
            out.append("R").append(++id);
            for (String field : FIELDS) {
                String value = row.getOrDefault(field, "");
                out.append(',').append('"').append(value.replace("\"", "\"\"")).append('"');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String jsonLines(List<Map<String, String>> rows) {
        StringBuilder out = new StringBuilder();
        int id = 0;
        for (Map<String, String> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("Id", "R" + ++id);
            for (Map.Entry<String, String> field : row.entrySet()) {
                object.put(field.getKey(), jsonValue(field.getValue()));
            }
            try {
                out.append(JSON.writeValueAsString(object)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }

    /** Numbers as JSON numbers where they are valid JSON, so number parsing is fuzzed too. */
    private static Object jsonValue(String text) {
        if (text.matches("-?(0|[1-9]\\d*)(\\.\\d+)?") && text.length() < 200) {
            return new java.math.BigDecimal(text);
        }
        return text;
    }
}

package io.stage7.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No row is lost, checked on generated files: every row of a file is either evaluated (a line of
 * output, in file order) or skipped and named with its line, {@code read = evaluated + skipped},
 * whatever the mix of good rows, bad rows, duplicate ids, blank lines, CRLF line ends and a last
 * line without a line break, and whatever the number of threads (the output is the same bytes).
 * Files are long enough to pass through many batches of {@code RecordPipeline}.
 */
class EvalRowAccountingTest {
    private static final String RULES = GoldenEvalTest.RULES;
    private static final String AT = GoldenEvalTest.AT;
    private static final Pattern SKIPPED = Pattern.compile("line (\\d+)(?: \\(id ([^)]*)\\))?");
    private static final Pattern ROWS = Pattern.compile("rows: (\\d+) read, (\\d+) evaluated, (\\d+) skipped");

    /** A generated file and what it holds, as the generator knows it. */
    private record Generated(Path file, int rows, List<String> goodIds, List<Integer> badLines) {
    }

    @Test
    void everyRowIsEvaluatedOrSkippedWithItsLine(@TempDir Path temp) throws IOException {
        Random random = new Random(20261207);
        for (int round = 0; round < 14; round++) {
            boolean csv = round % 3 == 2;
            // The last rounds pad JSON rows with spaces to kilobytes each, so that batches close on
            // their byte bound (RecordPipeline.BATCH_BYTES, 1 MB) long before their 256 rows.
            boolean padded = round >= 12;
            Generated generated = generate(temp.resolve("gen-" + round + (padded ? ".jsonl" : csv ? ".csv" : ".jsonl")),
                    random, csv && !padded, padded ? 400 + random.nextInt(200) : 300 + random.nextInt(1500), padded);
            String shown = generated.file().toString();
            if (padded) {
                assertTrue(Files.size(generated.file()) / generated.rows() * 256 > 2 << 20,
                        "rows long enough that 256 of them are two batches' bytes");
            }

            Cli one = Cli.run("eval", "--rules", RULES, "--at", AT, "--skip-invalid", "--threads", "1", shown);
            Cli three = Cli.run("eval", "--rules", RULES, "--at", AT, "--skip-invalid", "--threads", "3", shown);
            assertEquals(Main.OK, one.exitCode(), one.err());
            assertEquals(one.out(), three.out(), "the output does not depend on the threads");
            assertEquals(one.err(), three.err(), "the problems do not depend on the threads");

            List<String> evaluated = new ArrayList<>();
            for (String line : one.out().split("\n")) {
                evaluated.add(line.substring("{\"id\":\"".length(), line.indexOf('"', "{\"id\":\"".length())));
            }
            assertEquals(generated.goodIds(), evaluated, shown + ": every good row evaluated, in file order");
            List<Integer> skipped = skippedLines(one.err(), shown);
            assertEquals(generated.badLines(), skipped, shown + ": every bad row skipped, named with its line");
            assertEquals(generated.rows(), evaluated.size() + skipped.size(), shown + ": read = evaluated + skipped");

            Cli summary = Cli.run("eval", "--rules", RULES, "--at", AT, "--skip-invalid", "--summary", "--threads", "2", shown);
            Matcher rows = ROWS.matcher(summary.out());
            assertTrue(rows.find(), summary.out());
            assertEquals(List.of(generated.rows(), evaluated.size(), skipped.size()),
                    List.of(Integer.parseInt(rows.group(1)), Integer.parseInt(rows.group(2)), Integer.parseInt(rows.group(3))));

            Cli strict = Cli.run("eval", "--rules", RULES, "--at", AT, "--threads", "2", shown);
            if (skipped.isEmpty()) {
                assertEquals(one.out(), strict.out());
            } else {
                assertEquals(Main.INPUT_ERRORS, strict.exitCode());
                assertEquals("", strict.out(), "a file with bad rows: nothing evaluated");
                assertTrue(strict.err().endsWith(shown + ": " + skipped.size() + " of " + generated.rows() + " rows are invalid; "
                        + "nothing was evaluated (--skip-invalid evaluates the other " + evaluated.size() + ")\n"), strict.err());
            }
        }
    }

    private static List<Integer> skippedLines(String err, String shown) {
        String prefix = shown + ": skipped ";
        List<Integer> lines = new ArrayList<>();
        for (String line : err.split("\n")) {
            if (line.startsWith(prefix)) {
                Matcher each = SKIPPED.matcher(line.substring(line.indexOf(": ", prefix.length())));
                while (each.find()) {
                    lines.add(Integer.parseInt(each.group(1)));
                }
            }
        }
        return lines;
    }

    /**
     * A file of {@code rows} rows, about one in eight bad (a value that does not fit, no id, a
     * duplicate id, malformed JSON or a CSV row with a field too many), with blank lines between
     * some rows, CRLF or LF line ends, and no line break after the last row half the time;
     * {@code padded}, most JSON rows carry up to 32 KB of spaces after their opening brace.
     */
    private static Generated generate(Path file, Random random, boolean csv, int rows, boolean padded) throws IOException {
        StringBuilder text = new StringBuilder();
        String end = random.nextBoolean() ? "\r\n" : "\n";
        int line = 1;
        if (csv) {
            text.append("Id,Name,Region,Amount,Discount,Signed__c").append(end);
            line++;
        }
        List<String> good = new ArrayList<>();
        List<Integer> bad = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int row = 0; row < rows; row++) {
            while (random.nextInt(10) == 0) {
                text.append(csv ? "" : random.nextBoolean() ? "" : "   ").append(end);
                line++;
            }
            String id = "G-" + row;
            String region = List.of("APAC", "EMEA", "AMER").get(random.nextInt(3));
            String amount = Integer.toString(random.nextInt(300_000));
            int kind = random.nextInt(40);
            boolean isBad = kind < 5 && (kind != 2 || !ids.isEmpty());
            if (isBad) {
                switch (kind) {
                    case 0 -> region = "Europe";
                    case 1 -> amount = csv ? "\"1,250.00\"" : "\"1,250.00\"";
                    case 2 -> id = ids.iterator().next();
                    case 3 -> id = "";
                    default -> amount = csv ? amount + ",extra" : amount + ",";
                }
            }
            String signed = Boolean.toString(random.nextBoolean());
            if (csv) {
                text.append(id).append(",Deal ").append(row).append(',').append(region).append(',').append(amount)
                        .append(",0.1,").append(signed);
            } else {
                text.append('{').append(padded && random.nextInt(4) > 0 ? " ".repeat(random.nextInt(32 << 10)) : "")
                        .append(id.isEmpty() ? "" : "\"Id\": \"" + id + "\", ").append("\"Name\": \"Deal ").append(row)
                        .append("\", \"Region\": \"").append(region).append("\", \"Amount\": ").append(amount)
                        .append(", \"Discount\": 0.1, \"Signed__c\": ").append(signed).append('}');
            }
            if (row < rows - 1 || random.nextBoolean()) {
                text.append(end);
            }
            if (isBad) {
                bad.add(line);
            } else {
                good.add(id);
            }
            ids.add(id);
            line++;
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return new Generated(file, rows, good, bad);
    }
}

package io.stage7.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A line of a data file longer than {@code stage7.limit.dataLineLength} (4 MiB), or a CSV record
 * that a quoted field takes past it, stops the reading with a located error that names the limit
 * and how to raise it (docs/limits.md): exit 1, nothing evaluated, even with --skip-invalid, and
 * the rows before it still reported.
 */
class DataLineLimitTest {
    private static final int LIMIT = 4 << 20;
    private static final String RULES = GoldenEvalTest.RULES;
    private static final String AT = GoldenEvalTest.AT;
    private static final String RAISE = "the limit is 4,194,304; raise it with STAGE7_JAVA_OPTS=-Dstage7.limit.dataLineLength=N "
            + "(docs/limits.md)";

    @Test
    void aJsonLinesLineLongerThanTheLimitIsALocatedError(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("long.jsonl");
        String good = "{\"Id\": \"D-1\", \"Name\": \"Clean\", \"Region\": \"EMEA\", \"Amount\": 5000, \"Signed__c\": true}\n";
        String bad = "{\"Id\": \"D-2\", \"Region\": \"Europe\"}\n";
        String prefix = "{\"Id\": \"D-3\", \"Name\": \"";
        Files.writeString(file, good + bad + prefix + "é".repeat(LIMIT / 2) + "\"}\n" + good, StandardCharsets.UTF_8);
        for (String skip : new String[]{"--skip-invalid", "--threads=2"}) {
            Cli run = Cli.run("eval", "--rules", RULES, "--at", AT, skip, file.toString());
            assertEquals(Main.INPUT_ERRORS, run.exitCode(), run.err());
            assertEquals("", run.out());
            // The column of the character holding byte 4,194,305: the prefix, then two-byte characters.
            int column = prefix.length() + (LIMIT + 1 - prefix.length() + 1) / 2;
            assertTrue(run.err().contains(file + ":3:" + column + ": error: line 3 is longer than 4,194,304 bytes; "
                    + "for a line of a data file " + RAISE), run.err());
            assertTrue(run.err().contains(file + ":2:"), "the rows before it are still reported: " + run.err());
            assertTrue(run.err().endsWith(file + ": nothing was evaluated"
                    + (skip.equals("--skip-invalid") ? " (--skip-invalid skips invalid rows, but these problems concern the whole file)" : "")
                    + "\n"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void aCsvLineOrRecordLongerThanTheLimitIsALocatedError(@TempDir Path temp) throws IOException {
        Path line = temp.resolve("line.csv");
        Files.writeString(line, "Id,Name\nD-1,Clean\nD-2," + "x".repeat(LIMIT) + "\n", StandardCharsets.UTF_8);
        Cli longLine = Cli.run("eval", "--rules", RULES, "--at", AT, line.toString());
        assertEquals(Main.INPUT_ERRORS, longLine.exitCode(), longLine.err());
        assertTrue(longLine.err().contains(line + ":3:" + (LIMIT + 1) + ": error: line 3 is longer than 4,194,304 bytes"),
                longLine.err());

        Path record = temp.resolve("record.csv");
        String quarter = "y".repeat(LIMIT / 4);
        Files.writeString(record, "Id,Name\nD-1,\"" + String.join("\n", quarter, quarter, quarter, quarter, quarter)
                + "\"\nD-2,Clean\n", StandardCharsets.UTF_8);
        Cli longRecord = Cli.run("eval", "--rules", RULES, "--at", AT, "--skip-invalid", record.toString());
        assertEquals(Main.INPUT_ERRORS, longRecord.exitCode(), longRecord.err());
        assertTrue(longRecord.err().contains(record + ":2:5: error: this quoted field takes the record past 4,194,304 "
                + "bytes at line 5; for a record of a data file " + RAISE), longRecord.err());
        assertFalse(longRecord.err().contains("never closed"), longRecord.err());
    }
}

package io.stage7.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code -} reads the records from standard input, in the format {@code --input-format} names. */
class StandardInputTest {

    private static final String RULES = GoldenEvalTest.RULES;
    private static final String AT = GoldenEvalTest.AT;
    private static final Path VALID = GoldenEvalTest.CORPUS.resolve("valid.jsonl");
    private final InputStream original = System.in;

    @AfterEach
    void restore() {
        System.setIn(original);
    }

    private static Cli withInput(byte[] input, String... args) {
        System.setIn(new ByteArrayInputStream(input));
        return Cli.run(args);
    }

    @Test
    void evalOfStandardInputPrintsWhatEvalOfTheFilePrints() throws IOException {
        Cli file = Cli.run("eval", "--rules", RULES, "--at", AT, VALID.toString());
        Cli piped = withInput(Files.readAllBytes(VALID), "eval", "--rules", RULES, "--at", AT, "--input-format", "jsonl", "-");
        assertEquals(Main.OK, piped.exitCode(), piped.err());
        assertEquals(file.out(), piped.out());
    }

    @Test
    void aBadRowOnStandardInputIsLocatedAsStdin() {
        byte[] input = ("{\"Id\": \"D-1\", \"Region\": \"EMEA\", \"Amount\": 5000, \"Signed__c\": true}\n"
                + "{\"Id\": \"D-2\", \"Region\": \"Mars\"}\n").getBytes(StandardCharsets.UTF_8);
        Cli piped = withInput(input, "eval", "--rules", RULES, "--at", AT, "--input-format", "jsonl", "-");
        assertEquals(Main.INPUT_ERRORS, piped.exitCode());
        assertTrue(piped.err().contains("<stdin>:2:"), piped.err());
        assertTrue(piped.err().contains("<stdin>: 1 of 2 rows is invalid"), piped.err());
    }

    @Test
    void explainReadsStandardInputToo() throws IOException {
        Cli piped = withInput(Files.readAllBytes(VALID), "explain", "--rules", RULES, "--at", AT, "--id", "D-2",
                "--input-format", "jsonl", "-");
        assertEquals(Main.OK, piped.exitCode(), piped.err());
        assertTrue(piped.out().contains("D-2"), piped.out());
    }

    @Test
    void standardInputWithoutAFormatIsAUsageError() {
        Cli piped = withInput(new byte[0], "eval", "--rules", RULES, "--at", AT, "-");
        assertEquals(Main.USAGE, piped.exitCode());
        assertTrue(piped.err().contains("needs --input-format jsonl or csv"), piped.err());
    }
}

package io.stage7.cli;

import io.stage7.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contracts of eval, explain and test beyond the data-file corpus: explanations, tests, usage errors. */
class EvalCommandsTest {
    private static final String RULES = GoldenEvalTest.RULES;
    private static final String AT = GoldenEvalTest.AT;
    private static final Path CORPUS = GoldenEvalTest.CORPUS;

    @Test
    void explainPrintsTheInterpretersExplanation() throws IOException {
        GoldenEvalTest.check(CORPUS.resolve("explain-D-2.expected"),
                "explain", "--rules", RULES, "--at", AT, "--id", "D-2", CORPUS.resolve("valid.jsonl").toString());
    }

    @Test
    void explainOfAnUnknownIdListsTheCloseOnes() throws IOException {
        GoldenEvalTest.check(CORPUS.resolve("explain-unknown-id.expected"),
                "explain", "--rules", RULES, "--at", AT, "--id", "d2", CORPUS.resolve("valid.jsonl").toString());
    }

    @Test
    void testRunsTheTestBlocksAndExitsOneOnAFailure() throws IOException {
        Cli result = Cli.run("test", RULES, "src/test/resources/ruletest/failing.rules");
        assertEquals(Files.readString(Path.of("src/test/resources/ruletest/failing.expected"), StandardCharsets.UTF_8),
                result.out());
        assertEquals("", result.err());
        assertEquals(1, result.exitCode());
    }

    @Test
    void rulesThatPassTheirTestsExitZero() {
        Cli result = Cli.run("test", Fixtures.RULES.toString());
        assertTrue(result.out().matches("\\d+ passed, 0 failed\n"), result.out());
        assertEquals(0, result.exitCode());
    }

    @Test
    void rulesWithErrorsArePrintedAsCheckPrintsThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.rules"), "object O {\n  A ? Text\n}\n");
        Path data = Files.writeString(dir.resolve("d.jsonl"), "{\"Id\": \"1\"}\n");
        for (Cli result : new Cli[] {Cli.run("test", dir.toString()),
                Cli.run("eval", "--rules", dir.toString(), data.toString())}) {
            assertEquals(1, result.exitCode());
            assertEquals("", result.out());
            assertTrue(result.err().startsWith(dir.resolve("bad.rules") + ":2:5: error: unexpected character '?'"),
                    result.err());
            assertTrue(result.err().endsWith("checked 1 file: 1 error, 0 warnings\n"), result.err());
        }
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) throws IOException {
        String valid = CORPUS.resolve("valid.jsonl").toString();
        Path text = Files.writeString(dir.resolve("data.txt"), "Id\n1\n");
        assertUsage(Cli.run("eval", "--rules", RULES, "--at", "2026-03-10 10:00", valid), "invalid --at '2026-03-10 10:00'");
        assertUsage(Cli.run("eval", "--rules", RULES, "missing.jsonl"), "no such file: missing.jsonl");
        assertUsage(Cli.run("eval", "--rules", "no/rules", valid), "no such file or directory: no/rules");
        assertUsage(Cli.run("eval", "--rules", RULES, text.toString()), "name JSON Lines files *.jsonl and CSV files *.csv");
        assertUsage(Cli.run("eval", "--rules", RULES, "--object", "Opp", valid), "unknown --object 'Opp'");
        assertUsage(Cli.run("eval", "--rules", RULES, "--format", "xml", valid), "--format");
        assertUsage(Cli.run("eval", valid), "--rules");
        assertUsage(Cli.run("explain", "--rules", RULES, valid), "--id");
        assertUsage(Cli.run("test"), "FILE|DIR");
    }

    private static void assertUsage(Cli result, String message) {
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(message), result.err());
    }

    @Test
    void theObjectOptionReadsACsvFileOfCases(@TempDir Path dir) throws IOException {
        Path cases = Files.writeString(dir.resolve("cases.csv"), "Id,Subject,Region\nC-1,Invoice,EMEA\n");
        Cli result = Cli.run("eval", "--rules", RULES, "--at", AT, "--object", "case", cases.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("{\"id\":\"C-1\",\"object\":\"Case\""), result.out());
    }
}

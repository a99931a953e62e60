package io.stage7.cli;

import io.stage7.testing.Fixtures;
import io.stage7.testing.TeamProject;
import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.records.LoadedRecords;
import io.stage7.records.RecordFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code stage7 generate}: the trace it writes, the shipped sample and its replay, exit codes. */
class GenerateCommandTest {

    private static final String DEFAULT = Fixtures.DEFAULT_SCENARIO.toString();
    /** A week of March: quick, and inside the default scenario's horizon. */
    private static final String[] WEEK = {"--from", "2026-03-09T00:00:00Z", "--to", "2026-03-16T00:00:00Z"};
    /** The command docs/simulation.md gives for the shipped sample. */
    private static final String[] MARCH = {"--from", "2026-03-01T00:00:00+11:00", "--to", "2026-04-01T00:00:00-07:00"};

    private static Cli generate(Path out, String... options) {
        return generate(DEFAULT, out, options);
    }

    private static Cli generate(String scenario, Path out, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", scenario, "--out", out.toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private static String[] with(String[] first, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static LoadedRecords read(Path trace) {
        return read(trace, Fixtures.RULES);
    }

    private static LoadedRecords read(Path trace, Path rulesDir) {
        Rules rules = Rules.load(rulesDir).rules().orElseThrow();
        return RecordFiles.read(trace, rules.schema().withDefault("Opportunity").orElseThrow());
    }

    @Test
    void theSameScenarioAndSeedWriteTheSameBytesAndAnotherSeedOthers(@TempDir Path temp) throws IOException {
        Cli a = generate(temp.resolve("a.jsonl"), with(WEEK, "--seed", "7"));
        Cli b = generate(temp.resolve("b.jsonl"), with(WEEK, "--seed", "7"));
        Cli c = generate(temp.resolve("c.jsonl"), with(WEEK, "--seed", "8"));
        assertEquals(Main.OK, a.exitCode(), a.err());
        assertTrue(a.out().contains("seed 7"), a.out());
        assertArrayEquals(Files.readAllBytes(temp.resolve("a.jsonl")), Files.readAllBytes(temp.resolve("b.jsonl")));
        assertEquals(Main.OK, c.exitCode(), c.err());
        assertFalse(Files.readString(temp.resolve("a.jsonl")).equals(Files.readString(temp.resolve("c.jsonl"))));
    }

    @Test
    void theTraceReadsBackWithNoProblemsAndTheCountItReports(@TempDir Path temp) {
        Path trace = temp.resolve("nested/week.jsonl");
        Cli cli = generate(trace, WEEK);
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        LoadedRecords records = read(trace);
        assertTrue(records.isClean(), records.problems().toString());
        assertTrue(records.records().size() > 200, "a week of the default load: " + records.records().size());
        assertTrue(cli.out().startsWith("Wrote " + records.records().size() + " submissions made from "
                + "2026-03-09T00:00:00Z to 2026-03-16T00:00:00Z"), cli.out());
        for (DataRecord record : records.records()) {
            Instant at = (Instant) record.value("SubmittedAt");
            assertTrue(!at.isBefore(Instant.parse("2026-03-09T00:00:00Z")) && at.isBefore(Instant.parse("2026-03-16T00:00:00Z")),
                    record.id() + " at " + at);
        }
    }

    @Test
    @Tag(TeamProject.TAG)
    void theShippedSampleIsWhatTheDocumentedCommandWrites(@TempDir Path temp) throws IOException {
        Path trace = temp.resolve("trace-march-2026.jsonl");
        Cli cli = generate(TeamProject.scenarios().resolve("default.yaml").toString(), trace, MARCH);
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        // Compared as the rules read them, not byte for byte: a field an analyst adds to the object
        // is written by a new run (blank, or an unticked checkbox) and read as blank from the old trace.
        List<DataRecord> committed = read(TeamProject.data().resolve("trace-march-2026.jsonl"), TeamProject.rules()).records();
        List<DataRecord> written = read(trace, TeamProject.rules()).records();
        assertEquals(committed.size(), written.size(), "regenerate data/trace-march-2026.jsonl with the command in docs/simulation.md");
        for (int i = 0; i < committed.size(); i++) {
            assertSameRecord(committed.get(i), written.get(i));
        }
        String docs = Files.readString(Path.of("docs/simulation.md"));
        assertTrue(docs.contains("./stage7 generate scenarios/default.yaml --out data/trace-march-2026.jsonl "
                + String.join(" ", MARCH)), "docs/simulation.md gives the command");
    }

    /** Equal as the rules see them: decimals by value, an empty selection as blank. */
    private static void assertSameRecord(DataRecord expected, DataRecord actual) {
        assertEquals(expected.id(), actual.id());
        for (int slot = 0; slot < expected.type().size(); slot++) {
            Object a = blankIfEmpty(expected.value(slot));
            Object b = blankIfEmpty(actual.value(slot));
            boolean same = a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y
                    ? x.compareTo(y) == 0 : java.util.Objects.equals(a, b);
            assertTrue(same, "regenerate data/trace-march-2026.jsonl with the command in docs/simulation.md: "
                    + expected.id() + " " + expected.type().path(slot) + ": " + a + " then " + b);
        }
    }

    private static Object blankIfEmpty(Object value) {
        return value instanceof java.util.Collection<?> c && c.isEmpty() ? null : value;
    }

    @Test
    @Tag(TeamProject.TAG)
    void theShippedReplayScenarioRunsTheWholeSampleAndConservesWork(@TempDir Path temp) throws IOException {
        Cli cli = Cli.run("simulate", TeamProject.scenarios().resolve("trace-replay.yaml").toString(), "--out", temp.toString());
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("conservation holds"), cli.out());
        long records = read(TeamProject.data().resolve("trace-march-2026.jsonl"), TeamProject.rules()).records().size();
        assertTrue(cli.out().contains("opportunities " + records + " = "), "every record is replayed: " + cli.out());
        assertTrue(Files.readString(temp.resolve("summary.json")).contains("\"traceOutsideHorizon\": 0"));
    }

    @Test
    void aGeneratedTraceReplaysEachRecordOnceAtItsSubmittedAt(@TempDir Path temp) throws IOException {
        Path trace = temp.resolve("week.jsonl");
        assertEquals(Main.OK, generate(trace, WEEK).exitCode());
        String replay = Files.readString(Fixtures.TRACE_REPLAY)
                .replace("rules: ../rules", "rules: " + Fixtures.RULES.toAbsolutePath())
                .replace("trace: ../data/trace-march-2026.jsonl", "trace: week.jsonl")
                .replace("start: 2026-02-28T13:00:00Z", "start: 2026-03-09T00:00:00Z");
        Files.writeString(temp.resolve("replay.yaml"), replay);
        Cli cli = Cli.run("simulate", temp.resolve("replay.yaml").toString(), "--out", temp.resolve("out").toString());
        assertEquals(Main.OK, cli.exitCode(), cli.err());

        Map<String, String> expected = new LinkedHashMap<>();
        for (DataRecord record : read(trace).records()) {
            expected.put(record.id(), ((Instant) record.value("SubmittedAt")).truncatedTo(ChronoUnit.SECONDS).toString());
        }
        Map<String, String> firstAttempts = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(temp.resolve("out/submissions.csv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            if (cells[1].equals("1")) {
                assertEquals("trace", cells[2], row);
                assertEquals(null, firstAttempts.put(cells[0], cells[9]), "one first attempt per record: " + row);
            }
        }
        assertEquals(expected, firstAttempts);
    }

    @Test
    void aTraceScenarioIsAnInputErrorNamingTheScenario(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("week.jsonl"), "");
        Files.writeString(temp.resolve("trace-replay.yaml"), Files.readString(Fixtures.TRACE_REPLAY)
                .replace("rules: ../rules", "rules: " + Fixtures.RULES.toAbsolutePath())
                .replace("trace: ../data/trace-march-2026.jsonl", "trace: week.jsonl"));
        Cli cli = Cli.run("generate", temp.resolve("trace-replay.yaml").toString(), "--out", temp.resolve("t.jsonl").toString());
        assertEquals(Main.INPUT_ERRORS, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("trace-replay.yaml: error: load.trace: "), cli.err());
        assertTrue(cli.err().contains("no synthetic load to sample"), cli.err());
        assertFalse(Files.exists(temp.resolve("t.jsonl")));
    }

    @Test
    void aScenarioWithMistakesIsAnInputErrorWithItsLocation(@TempDir Path temp) {
        Cli cli = Cli.run("generate", "src/test/resources/sim/model/bad-scenario.yaml", "--out", temp.resolve("t.jsonl").toString());
        assertEquals(Main.INPUT_ERRORS, cli.exitCode());
        assertTrue(cli.err().contains("bad-scenario.yaml:7:"), cli.err());
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnInputError(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("file"), "x");
        Cli cli = generate(temp.resolve("file/t.jsonl"), WEEK);
        assertEquals(Main.INPUT_ERRORS, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("t.jsonl: error: cannot write the trace"), cli.err());
    }

    @Test
    void valuesTheRulesFieldsCannotHoldAreAnInputErrorWithTheirLines(@TempDir Path temp) throws IOException {
        String scenario = Files.readString(Path.of(DEFAULT))
                .replace("rules: ../rules", "rules: " + Fixtures.RULES.toAbsolutePath())
                .replace("PO_Number__c: { template: \"PO-{seq}\", blank: 0.07 }",
                        "PO_Number__c: { template: \"PURCHASE-ORDER-NUMBER-OF-THE-CUSTOMER-{seq}\" }");
        Files.writeString(temp.resolve("long.yaml"), scenario);
        Cli cli = Cli.run("generate", temp.resolve("long.yaml").toString(), "--out", temp.resolve("t.jsonl").toString(),
                "--from", "2026-03-09T00:00:00Z", "--to", "2026-03-10T00:00:00Z");
        assertEquals(Main.INPUT_ERRORS, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("t.jsonl:1:"), cli.err());
        assertTrue(cli.err().contains("records do not read back"), cli.err());
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path temp) {
        String out = temp.resolve("t.jsonl").toString();
        assertEquals(Main.USAGE, Cli.run("generate", DEFAULT).exitCode(), "--out is required");
        assertEquals(Main.USAGE, Cli.run("generate", "no/such.yaml", "--out", out).exitCode());
        assertEquals(Main.USAGE, Cli.run("generate", DEFAULT, "--out", temp.resolve("t.csv").toString()).exitCode());
        assertEquals(Main.USAGE, Cli.run("generate", DEFAULT, "--out", out, "--from", "2026-03-01").exitCode());
        assertEquals(Main.USAGE, Cli.run("generate", DEFAULT, "--out", out, "--seed", "many").exitCode());
        Cli backwards = Cli.run("generate", DEFAULT, "--out", out, "--from", "2026-03-10T00:00:00Z", "--to", "2026-03-09T00:00:00Z");
        assertEquals(Main.USAGE, backwards.exitCode());
        assertTrue(backwards.err().contains("the window ends before it starts"), backwards.err());
        assertFalse(Files.exists(temp.resolve("t.jsonl")));
    }

    /**
     * {@code --from} and {@code --to} are held to a horizon's limits before anything is sampled:
     * inside 1700-01-01 .. 4000-12-31, in order, at most ten years apart (also when one of them
     * is the horizon's own end), and bringing no more submissions than a replication may hold.
     * Each is a usage error naming the option or the window, and no file is written.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "mmc/mmc.yaml  | --from 1600-01-01T00:00:00Z | --to 2026-02-01T00:00:00Z | --from 1600-01-01T00:00:00Z is outside 1700-01-01 .. 4000-12-31",
        "mmc/mmc.yaml  | --from 2026-01-05T00:00:00Z | --to 5000-01-01T00:00:00Z | --to 5000-01-01T00:00:00Z is outside 1700-01-01 .. 4000-12-31",
        "mmc/mmc.yaml  | --from 2026-03-01T00:00:00Z | --to 2026-02-01T00:00:00Z | the window ends before it starts: 2026-03-01T00:00:00Z .. 2026-02-01T00:00:00Z",
        "mmc/mmc.yaml  | --from 2026-01-05T00:00:00Z | --to 2040-01-01T00:00:00Z | is longer than ten years, the longest horizon",
        "mmc/mmc.yaml  | --seed 1                    | --to 2037-01-01T00:00:00Z | the window 2026-01-05T00:00:00Z .. 2037-01-01T00:00:00Z is longer than ten years",
        "heap/heap.yaml | --from 2026-01-05T00:00:00Z | --to 2026-09-01T00:00:00Z | would bring about 4,780,000 submissions (20,000.0 a day over 239 days), more than a trace may hold",
    })
    void aWindowOutsideAHorizonsLimitsIsAUsageError(String scenario, String first, String second, String message,
                                                     @TempDir Path temp) {
        String[] a = first.split(" ");
        String[] b = second.split(" ");
        Path out = temp.resolve("t.jsonl");
        Cli cli = Cli.run("generate", "src/test/resources/scenarios/" + scenario, "--out", out.toString(), a[0], a[1],
                b[0], b[1]);
        assertEquals(Main.USAGE, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("generate: error: ") && cli.err().contains(message), cli.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}

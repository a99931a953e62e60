package io.stage7.sim.trace;

import io.stage7.check.CheckedRules;
import io.stage7.diag.Diagnostic;
import io.stage7.eval.Evaluator;
import io.stage7.eval.DataRecord;
import io.stage7.eval.interp.Interpreter;
import io.stage7.records.LoadedRecords;
import io.stage7.records.RecordFiles;
import io.stage7.records.RecordSchema;
import io.stage7.scenario.Scenario;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.TestDesks;
import io.stage7.sim.model.TraceReplayException;
import io.stage7.sim.model.TraceSource;
import io.stage7.sim.report.SimulationOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trace files streamed: the scan's problems with their locations, the replay order of sorted and
 * unsorted files (ties in file order), the same simulation as the records held in memory, and a
 * file that changes under a replay.
 */
class TraceFileTest {
    private static final CheckedRules RULES = TestDesks.rules(TestDesks.DESK);
    private static final Evaluator EVALUATOR = Interpreter.of(RULES);
    private static final RecordSchema SCHEMA = RecordSchema.of(RULES, EVALUATOR).withDefault("Opportunity").orElseThrow();
    private static final String HEADER = "Id,Region,Amount,SubmittedAt,Complex__c,Escalated__c,PO_Number__c\n";

    private static Scenario scenario(Path trace) {
        return TestDesks.scenario(TestDesks.DESK).name("trace").horizon("2026-04-13T00:00:00Z", "2026-05-04T00:00:00Z")
                .region("APAC", 1).region("EMEA", 1).trace(trace).build();
    }

    private static TraceSource.Checked layout(Scenario scenario) {
        return DeskModel.traceLayout(scenario, RULES, EVALUATOR).checked().orElseThrow();
    }

    private static TraceFile.Scan scan(Path file) {
        return TraceFile.scan(file, file.getFileName().toString(), SCHEMA, layout(scenario(file)));
    }

    private static List<String> ids(TraceSource source) {
        List<String> ids = new ArrayList<>();
        try (TraceSource.Cursor cursor = source.open()) {
            for (DataRecord record = cursor.next(); record != null; record = cursor.next()) {
                ids.add(record.id());
            }
        }
        return ids;
    }

    private static String row(String id, String region, String submitted) {
        return id + "," + region + ",1000," + submitted + ",false,false,PO-" + id + "\n";
    }

    @Test
    void aFileInSubmissionOrderIsReplayedAsItIsRead(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("sorted.csv");
        Files.writeString(file, HEADER + row("A", "EMEA", "2026-04-12T08:00:00Z") + row("B", "EMEA", "2026-04-14T08:00:00Z")
                + row("C", "APAC", "2026-04-14T08:00:00Z") + row("D", "EMEA", "2026-04-20T09:30:00Z")
                + row("E", "EMEA", "2026-05-04T00:00:00Z"));
        TraceFile.Scan scan = scan(file);
        assertEquals(List.of(), scan.problems());
        try (TraceFile trace = scan.trace().orElseThrow()) {
            assertFalse(trace.resorted(), "a file in order needs no sorting");
            assertEquals(3, trace.replayed());
            assertEquals(2, trace.outsideHorizon(), "one before the start, one at the (exclusive) end");
            assertEquals(List.of("B", "C", "D"), ids(trace));
            assertEquals(List.of("B", "C", "D"), ids(trace), "every replication reads the file again");
        }
    }

    @Test
    void aFileOutOfOrderIsReplayedInSubmissionOrderWithTiesInFileOrder(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("unsorted.csv");
        Files.writeString(file, HEADER + row("D", "EMEA", "2026-04-20T09:30:00Z") + row("B2", "APAC", "2026-04-14T08:00:00Z")
                + row("X", "EMEA", "2026-06-01T08:00:00Z") + row("A", "EMEA", "2026-04-13T23:00:00Z")
                + row("B1", "EMEA", "2026-04-14T08:00:00Z") + row("B3", "EMEA", "2026-04-14T08:00:00Z"));
        TraceFile.Scan scan = scan(file);
        assertEquals(List.of(), scan.problems());
        try (TraceFile trace = scan.trace().orElseThrow()) {
            assertTrue(trace.resorted());
            assertEquals(1, trace.outsideHorizon());
            assertEquals(List.of("A", "B2", "B1", "B3", "D"), ids(trace));
        }
    }

    @Test
    void theReplayFileIsTheOnlyTemporaryFileAndGoesWithTheTrace(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("unsorted.csv");
        Files.writeString(file, HEADER + row("B", "EMEA", "2026-04-20T09:30:00Z") + row("A", "EMEA", "2026-04-14T08:00:00Z"));
        Path scratch = Files.createDirectory(temp.resolve("scratch"));
        TraceFile trace = TraceFile.scan(file, "unsorted.csv", SCHEMA, layout(scenario(file)), scratch).trace().orElseThrow();
        assertEquals(1, files(scratch).size(), "one replay file: the spill and the runs are gone");
        trace.close();
        assertEquals(List.of(), files(scratch));
        TraceReplayException gone = assertThrows(TraceReplayException.class, () -> ids(trace));
        assertTrue(gone.getMessage().startsWith("unsorted.csv: cannot read the temporary replay file of the trace (it is gone)"),
                gone.getMessage());
    }

    @Test
    void aTraceWithProblemsLeavesNoTemporaryFile(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("bad.csv");
        Files.writeString(file, HEADER + row("A", "EMEA", "2026-04-14T08:00:00Z") + row("B", "EMEA", ""));
        Path scratch = Files.createDirectory(temp.resolve("scratch"));
        assertTrue(TraceFile.scan(file, "bad.csv", SCHEMA, layout(scenario(file)), scratch).trace().isEmpty());
        assertEquals(List.of(), files(scratch));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void streamingSimulatesExactlyWhatTheRecordsInMemorySimulate(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("deals.csv");
        Files.copy(Path.of("src/test/resources/sim/model/trace/deals.csv"), file);
        Scenario scenario = scenario(file);
        LoadedRecords loaded = RecordFiles.read(file, SCHEMA);
        DeskModel inMemory = DeskModel.prepare(scenario, RULES, EVALUATOR, loaded.records()).model().orElseThrow();
        try (TraceFile trace = scan(file).trace().orElseThrow()) {
            DeskModel streamed = DeskModel.prepare(scenario, RULES, EVALUATOR, trace).model().orElseThrow();
            assertEquals(inMemory.traceOutsideHorizon(), streamed.traceOutsideHorizon());
            SimulationOutputs.write(inMemory, 0, temp.resolve("memory"));
            SimulationOutputs.write(streamed, 0, temp.resolve("streamed"));
        }
        for (String output : List.of(SimulationOutputs.SUMMARY, SimulationOutputs.TIMESERIES, SimulationOutputs.SUBMISSIONS)) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("memory").resolve(output)),
                    Files.readAllBytes(temp.resolve("streamed").resolve(output)), output);
        }
        assertTrue(Files.readString(temp.resolve("streamed").resolve(SimulationOutputs.SUBMISSIONS)).contains("\nT-2,1,trace,"));
    }

    @Test
    void everyProblemIsLocatedAndNothingIsReplayed(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("bad.csv");
        Files.writeString(file, HEADER + row("A", "EMEA", "2026-04-14T08:00:00Z") + "B,EMEA,lots,2026-04-14T09:00:00Z,false,false,\n"
                + row("C", "EMEA", "") + row("D", "EMEA", "2026-04-15T08:00:00Z") + row("A", "APAC", "2026-04-16T08:00:00Z"));
        TraceFile.Scan scan = scan(file);
        assertTrue(scan.trace().isEmpty());
        assertEquals(5, scan.rows());
        List<String> problems = scan.problems().stream().map(Diagnostic::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("bad.csv:3:"), problems.get(0));
        assertTrue(problems.get(1).startsWith("bad.csv:4:1: error: record C: SubmittedAt is blank"), problems.get(1));
        assertTrue(problems.get(2).startsWith("bad.csv:6:1: error: duplicate Id 'A'; line 2 has the same Id"), problems.get(2));
    }

    @Test
    void aRowOfAnotherObjectIsAProblem(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("mixed.jsonl");
        Files.writeString(file, "{\"Id\": \"O-1\", \"Region\": \"EMEA\", \"SubmittedAt\": \"2026-04-14T08:00:00Z\"}\n"
                + "{\"attributes\": {\"type\": \"Case\"}, \"Id\": \"C-1\"}\n");
        TraceFile.Scan scan = scan(file);
        assertTrue(scan.trace().isEmpty());
        assertEquals(List.of("mixed.jsonl:2:1: error: record C-1 is a Case; the trace replays Opportunity records"),
                scan.problems().stream().map(Diagnostic::toString).map(TraceFileTest::firstLine).toList());
    }

    private static String firstLine(String text) {
        int cut = text.indexOf('\n');
        return cut < 0 ? text : text.substring(0, cut);
    }

    @Test
    void onlyTheFirstHundredProblemsAreKeptAndTheRestCounted(@TempDir Path temp) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 250; i++) {
            text.append(row("R" + i, "EMEA", ""));
        }
        Path file = temp.resolve("blank.csv");
        Files.writeString(file, text);
        TraceFile.Scan scan = scan(file);
        assertEquals(TraceFile.MAX_PROBLEMS, scan.problems().size());
        assertEquals(150, scan.unreported());
        assertTrue(scan.problems().get(0).toString().startsWith("blank.csv:2:"), "the first ones, in file order");
        assertTrue(scan.problems().get(99).toString().startsWith("blank.csv:101:"));
    }

    @Test
    void duplicatesAreFoundAcrossALongFileWithTheirFirstLine(@TempDir Path temp) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        Instant at = Instant.parse("2026-04-13T00:00:00Z");
        for (int i = 0; i < 20_000; i++) {
            text.append(row("R" + i, "EMEA", at.plusSeconds(60L * i).toString()));
        }
        text.append(row("R7", "EMEA", "2026-04-30T00:00:00Z"));
        text.append(row("R19999", "EMEA", "2026-04-30T00:00:00Z"));
        Path file = temp.resolve("long.csv");
        Files.writeString(file, text);
        List<String> problems = scan(file).problems().stream().map(Diagnostic::toString).map(TraceFileTest::firstLine).toList();
        assertEquals(List.of("long.csv:20002:1: error: duplicate Id 'R7'; line 9 has the same Id",
                "long.csv:20003:1: error: duplicate Id 'R19999'; line 20001 has the same Id"), problems);
    }

    @Test
    void aMissingFileIsAProblemNotAnException(@TempDir Path temp) {
        TraceFile.Scan scan = scan(temp.resolve("gone.csv"));
        assertTrue(scan.trace().isEmpty());
        assertEquals(1, scan.problems().size());
        assertTrue(scan.problems().get(0).message().startsWith("no such file: gone.csv"), scan.problems().get(0).message());
    }

    @Test
    void theTraceMayChangeOnceItIsScanned(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("sorted.csv");
        Files.writeString(file, HEADER + row("A", "EMEA", "2026-04-14T08:00:00Z") + row("B", "EMEA", "2026-04-15T08:00:00Z"));
        try (TraceFile trace = scan(file).trace().orElseThrow()) {
            Files.writeString(file, HEADER + row("C", "EMEA", "not a time"));
            assertEquals(List.of("A", "B"), ids(trace), "the runs replay what was checked");
        }
    }

    @Test
    void recordsComeBackWithEveryValueAsParsed(@TempDir Path temp) throws IOException {
        Path file = Path.of("src/test/resources/sim/model/trace/deals.csv");
        LoadedRecords loaded = RecordFiles.read(file, SCHEMA);
        List<String> expected = loaded.records().stream()
                .filter(r -> !r.id().equals("T-6")) // submitted after the horizon
                .sorted(java.util.Comparator.comparing(r -> (Instant) r.value("SubmittedAt")))
                .map(DataRecord::toString).toList();
        try (TraceFile trace = scan(file).trace().orElseThrow(); TraceSource.Cursor cursor = trace.open()) {
            List<String> replayed = new ArrayList<>();
            for (DataRecord record = cursor.next(); record != null; record = cursor.next()) {
                replayed.add(record.toString());
            }
            assertEquals(expected, replayed);
        }
    }

    @Test
    void aSourceCheckedForAnotherHorizonIsRefused(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("sorted.csv");
        Files.writeString(file, HEADER + row("A", "EMEA", "2026-04-14T08:00:00Z"));
        try (TraceFile trace = scan(file).trace().orElseThrow()) {
            Scenario longer = TestDesks.scenario(TestDesks.DESK).horizon("2026-04-13T00:00:00Z", "2026-06-01T00:00:00Z")
                    .region("APAC", 1).region("EMEA", 1).trace(file).build();
            assertThrows(IllegalArgumentException.class, () -> DeskModel.prepare(longer, RULES, EVALUATOR, trace));
        }
    }

    @Test
    void anEmptyTraceReplaysNothing(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("empty.csv");
        Files.writeString(file, HEADER);
        try (TraceFile trace = scan(file).trace().orElseThrow()) {
            try (TraceSource.Cursor cursor = trace.open()) {
                assertNull(cursor.next());
            }
        }
    }
}

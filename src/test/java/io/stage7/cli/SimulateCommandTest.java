package io.stage7.cli;

import io.stage7.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stage7.Simulator;
import io.stage7.scenario.Scenario;
import io.stage7.sim.model.QuarterScenario;
import io.stage7.sim.model.TestDesks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code stage7 simulate}: exit codes, the summary table, the output folder, trace replay. */
class SimulateCommandTest {

    private static final Path TRACES = Path.of("src/test/resources/sim/model/trace");

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome simulate(Scenario scenario, Optional<Long> seed, Path output) {
        Simulator.Prepared prepared = Simulator.prepare(seed.map(scenario::withSeed).orElse(scenario));
        if (prepared.hasErrors()) {
            return new Outcome(Main.INPUT_ERRORS, "", prepared.messages());
        }
        try (Simulator simulator = prepared.simulator().get()) {
            Simulator.Run run = simulator.run(output);
            return new Outcome(run.conservationHolds() ? Main.OK : Main.INTERNAL, run.table(), prepared.messages());
        } catch (IOException e) {
            return new Outcome(Main.USAGE, "", e.getMessage());
        }
    }

    private static TestDesks.Builder traceDesk(String file) {
        return TestDesks.scenario(TestDesks.DESK).name("trace").horizon("2026-04-13T00:00:00Z", "2026-05-04T00:00:00Z")
                .region("APAC", 1).region("EMEA", 1).trace(TRACES.resolve(file));
    }

    @Test
    void aMissingScenarioFileIsAUsageError() {
        Cli cli = Cli.run("simulate", "no/such/scenario.yaml");
        assertEquals(Main.USAGE, cli.exitCode());
        assertTrue(cli.err().contains("no such scenario file: no/such/scenario.yaml"), cli.err());
    }

    @Test
    void theDefaultScenarioRunsEndToEnd(@TempDir Path temp) throws IOException {
        Cli cli = Cli.run("simulate", Fixtures.DEFAULT_SCENARIO.toString(), "--out", temp.toString());
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("conservation holds"), cli.out());
        assertTrue(cli.out().contains("Wrote summary.json, timeseries.csv, submissions.csv and report.html to " + temp),
                cli.out());
        assertTrue(Files.readString(temp.resolve("report.html")).contains("<h1>Handbook default"), "the HTML report");
        String summary = Files.readString(temp.resolve("summary.json"));
        assertTrue(summary.contains("\"holds\": true"), summary);
        for (String region : List.of("AMER", "EMEA", "APAC")) {
            assertTrue(summary.contains("\"" + region + "\": {"), region);
        }
    }

    @Test
    void aTraceScenarioFileReplaysItsTrace(@TempDir Path temp) throws IOException {
        Cli cli = Cli.run("simulate", TRACES.resolve("trace.yaml").toString(), "--out", temp.toString());
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        List<String> rows = Files.readAllLines(temp.resolve("submissions.csv"));
        assertEquals(7, rows.size(), "five deals in the horizon, one resubmitted: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("T-5,1,trace,EMEA,") && r.contains(",refused,")), "escalated at EoQ");
    }

    @Test
    void aScenarioFileWithMistakesIsAnInputErrorWithItsLocation() {
        Cli cli = Cli.run("simulate", "src/test/resources/sim/model/bad-scenario.yaml");
        assertEquals(Main.INPUT_ERRORS, cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.err().contains("bad-scenario.yaml:7:"), cli.err());
        assertTrue(cli.out().isEmpty(), "nothing is simulated: " + cli.out());
    }

    @Test
    void missingArgumentsAreAUsageError() {
        assertEquals(Main.USAGE, Cli.run("simulate").exitCode());
        assertEquals(Main.USAGE, Cli.run("simulate", "x.yaml", "--seed", "many").exitCode());
    }

    @Test
    void aTraceIsReplayedThroughTheModelAndTheOutputsAreWritten(@TempDir Path temp) throws IOException {
        Outcome run = simulate(traceDesk("deals.csv").build(), Optional.empty(), temp);
        assertEquals(Main.OK, run.code(), run.err());
        assertTrue(run.out().contains("Scenario trace, seed 1"), run.out());
        assertTrue(run.out().contains("conservation holds"), run.out());
        assertTrue(run.out().contains("Trace records outside the horizon (not replayed): 1"), run.out());
        List<String> rows = Files.readAllLines(temp.resolve("submissions.csv"));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("T-2,1,trace,EMEA,EMEA Complex,2,complex,none,false,"
                + "2026-04-14T15:45:00Z,2026-04-15T07:00:00Z,")), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("T-4,1,") && r.contains(",true,")), "T-4 misses its PO");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("T-5,1,") && r.contains(",refused,")), "escalated at EoQ");
        assertTrue(Files.size(temp.resolve("summary.json")) > 0 && Files.size(temp.resolve("timeseries.csv")) > 0);
    }

    @Test
    void theSeedOptionChangesTheRunAndTheSameSeedRepeatsItByteForByte(@TempDir Path temp) throws IOException {
        Scenario quarter = QuarterScenario.build();
        Scenario shortQuarter = new Scenario(quarter.source(), quarter.name(), quarter.rulesDir(), quarter.start(),
                quarter.start().plus(java.time.Duration.ofDays(21)), quarter.warmup(), quarter.seed(), quarter.regions(),
                quarter.load(), quarter.service(), quarter.rework(), quarter.billing(), quarter.coverage(),
                quarter.chatter(), quarter.timeStep());
        assertEquals(Main.OK, simulate(shortQuarter, Optional.of(5L), temp.resolve("a")).code());
        assertEquals(Main.OK, simulate(shortQuarter, Optional.of(5L), temp.resolve("b")).code());
        assertEquals(Main.OK, simulate(shortQuarter, Optional.of(6L), temp.resolve("c")).code());
        for (String file : List.of("summary.json", "timeseries.csv", "submissions.csv", "report.html")) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("a").resolve(file)),
                    Files.readAllBytes(temp.resolve("b").resolve(file)), file);
        }
        assertTrue(Files.readString(temp.resolve("a/summary.json")).contains("\"seed\": 5"));
        assertTrue(!Files.readString(temp.resolve("a/submissions.csv")).equals(Files.readString(temp.resolve("c/submissions.csv"))));
    }

    @Test
    void aTraceWithBadRowsIsAnInputErrorWithLocations(@TempDir Path temp) {
        Outcome run = simulate(traceDesk("bad-deals.csv").build(), Optional.empty(), temp);
        assertEquals(Main.INPUT_ERRORS, run.code());
        assertTrue(run.err().contains("bad-deals.csv:3:"), run.err());
        assertTrue(run.err().contains("nothing was simulated"), run.err());
    }

    @Test
    void aScenarioTheRulesCannotRunIsAnInputError(@TempDir Path temp) {
        Scenario scenario = TestDesks.scenario(TestDesks.DESK).region("AMER", 2).build();
        Outcome run = simulate(scenario, Optional.empty(), temp);
        assertEquals(Main.INPUT_ERRORS, run.code());
        assertTrue(run.err().contains("region AMER is staffed in the scenario but not declared in the rules"), run.err());
    }

    @Test
    void rulesWithErrorsAreAnInputError(@TempDir Path temp) throws IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("bad.rules"), "object Opportunity {\n  Amount Currencyy\n}\n");
        Outcome run = simulate(TestDesks.scenario(rules).build(), Optional.empty(), temp.resolve("out"));
        assertEquals(Main.INPUT_ERRORS, run.code());
        assertTrue(run.err().contains("bad.rules:2:"), run.err());
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsAUsageError(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("not-a-folder");
        Files.writeString(file, "x");
        Outcome run = simulate(traceDesk("deals.csv").build(), Optional.empty(), file);
        assertEquals(Main.USAGE, run.code());
        assertTrue(run.err().contains("exists and is not a folder"), run.err());
    }

    @Test
    void theDefaultOutputFolderIsNamedAfterTheScenario() {
        assertEquals(Path.of("out", "eoq-surge"), Simulator.defaultOutput(TestDesks.scenario(TestDesks.DESK).name("eoq-surge").build()));
        assertEquals(Path.of("out", "a-b"), Simulator.defaultOutput(TestDesks.scenario(TestDesks.DESK).name("a/b").build()));
    }

    @Test
    void aFolderHoldingOtherFilesIsRefusedAndLeftAsItWas(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "mine");
        Cli cli = Cli.run("simulate", Fixtures.DEFAULT_SCENARIO.toString(), "--out", temp.toString());
        assertEquals(Main.USAGE, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("holds files that Stage7 did not write (notes.txt)"), cli.err());
        assertEquals(List.of("notes.txt"), Files.list(temp).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aCompleteOutputCarriesAMarkerWithTheCommandAndSeed(@TempDir Path temp) throws IOException {
        Cli cli = Cli.run("simulate", Fixtures.DEFAULT_SCENARIO.toString(), "--seed", "7", "--out", temp.resolve("run").toString());
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        String marker = Files.readString(temp.resolve("run/stage7-output.json"));
        assertTrue(marker.contains("\"command\" : \"simulate\"") && marker.contains("\"seed\" : 7"), marker);
    }
}

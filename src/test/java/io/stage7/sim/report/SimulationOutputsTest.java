package io.stage7.sim.report;

import io.stage7.testing.Golden;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stage7.calendar.PeriodKind;
import io.stage7.scenario.Coverage;
import io.stage7.scenario.FieldSpec;
import io.stage7.scenario.Scenario;
import io.stage7.eval.compiled.RuleSet;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.QuarterScenario;
import io.stage7.sim.model.TestDesks;
import io.stage7.sim.random.Bernoulli;
import io.stage7.sim.random.Categorical;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output files: byte-identical for the same scenario and seed (within a JVM and, through the
 * golden summary, across JVMs), a row per attempt, a row per region per step, and a summary whose
 * numbers agree with the rows.
 */
class SimulationOutputsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/sim/model/golden/summary.json");

    /** Two weeks of the test desk with every mechanism switched on: defects, rework, Billing, escalations, coverage, absence, Chatter. */
    static Scenario busyDesk(long seed) {
        Map<String, Double> chatter = new LinkedHashMap<>();
        chatter.put("APAC", 3.0);
        chatter.put("EMEA", 4.0);
        return TestDesks.scenario(TestDesks.DESK).name("busy-desk").seed(seed)
                .horizon("2026-04-13T00:00:00Z", "2026-05-04T00:00:00Z").warmup(Duration.ofDays(2))
                .region("APAC", 2, 3, 0.1).region("EMEA", 3, 4, 0.1)
                .intraday(TestDesks.hours(7, 19)).periodEndMultiplier(PeriodKind.EOQ, 2)
                .source("APAC", "APAC", 10, Map.of("Region", new FieldSpec.Constant("APAC", 0)))
                .source("EMEA", "EMEA", 18, Map.of("Region", new FieldSpec.Constant("EMEA", 0)))
                .field("SubmittedAt", new FieldSpec.SubmissionTime(0))
                .field("Amount", new FieldSpec.Numeric(TestDesks.exponential(50_000), 2, 0))
                .field("Complex__c", new FieldSpec.Flag(new Bernoulli(0.2), 0))
                .field("Escalated__c", new FieldSpec.Flag(new Bernoulli(0.1), 0))
                .field("PO_Number__c", new FieldSpec.Choice(new Categorical<>(List.of("PO-1", "PO-2"),
                        new double[]{1, 1}), 0.15))
                .review("standard", TestDesks.exponential(0.7)).review("complex", TestDesks.exponential(1.8))
                .catchProbability(0.8).rework(TestDesks.exponential(12), 0.9).billing(TestDesks.exponential(36))
                .coverage(Coverage.Policy.BACKLOG, 4)
                .chatter(chatter, TestDesks.exponential(0.3), 2)
                .timeStep(Duration.ofHours(2))
                .build();
    }

    @Test
    void theSameScenarioAndSeedGiveByteIdenticalFiles(@TempDir Path temp) throws IOException {
        DeskModel model = TestDesks.model(busyDesk(7));
        SimulationOutputs.write(model, 0, temp.resolve("first"));
        SimulationOutputs.write(model, 0, temp.resolve("second"));
        for (String file : List.of(SimulationOutputs.SUMMARY, SimulationOutputs.TIMESERIES, SimulationOutputs.SUBMISSIONS)) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("first").resolve(file)),
                    Files.readAllBytes(temp.resolve("second").resolve(file)), file + " differs between two runs");
        }
    }

    @Test
    void theSummaryMatchesTheGoldenFileSoRunsAgreeAcrossJvms(@TempDir Path temp) throws IOException {
        DeskModel model = TestDesks.model(busyDesk(7));
        SimulationOutputs.write(model, 0, temp);
        String actual = Files.readString(temp.resolve(SimulationOutputs.SUMMARY));
        Golden.assertMatches(GOLDEN, actual,
                "summary.json changed; if the model changed on purpose, rerun with -D" + Golden.PROPERTY + "=true");
    }

    @Test
    void theCompiledRulesAndTheReferenceInterpreterGiveTheSameFiles(@TempDir Path temp) throws IOException {
        Scenario scenario = QuarterScenario.build();
        SimulationOutputs.write(TestDesks.model(scenario), 0, temp.resolve("interpreted"));
        SimulationOutputs.write(TestDesks.model(scenario, RuleSet.compile(TestDesks.rules(scenario.rulesDir()))), 0,
                temp.resolve("compiled"));
        for (String file : List.of(SimulationOutputs.SUMMARY, SimulationOutputs.TIMESERIES, SimulationOutputs.SUBMISSIONS)) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("interpreted").resolve(file)),
                    Files.readAllBytes(temp.resolve("compiled").resolve(file)), file);
        }
    }

    @Test
    void anotherSeedGivesAnotherRun(@TempDir Path temp) throws IOException {
        SimulationOutputs.write(TestDesks.model(busyDesk(7)), 0, temp.resolve("a"));
        SimulationOutputs.write(TestDesks.model(busyDesk(8)), 0, temp.resolve("b"));
        assertTrue(!Files.readString(temp.resolve("a/submissions.csv")).equals(Files.readString(temp.resolve("b/submissions.csv"))));
    }

    @Test
    void theFilesAgreeWithTheSummary(@TempDir Path temp) throws IOException {
        DeskModel model = TestDesks.model(busyDesk(7));
        RunSummary summary = SimulationOutputs.write(model, 0, temp);
        assertTrue(summary.conservation().holds(), summary.conservation().describe());

        List<String> submissions = Files.readAllLines(temp.resolve(SimulationOutputs.SUBMISSIONS));
        assertEquals(SubmissionsCsv.HEADER, submissions.get(0));
        Metrics overall = summary.overall();
        assertEquals(overall.submitted(), submissions.size() - 1, "a row per attempt");
        assertEquals(overall.rejections(), submissions.stream().filter(l -> l.contains(",rejected,")).count());
        assertTrue(overall.rejections() > 0 && overall.billingRejections() > 0 && overall.escalationsRefused() > 0
                && overall.escalationsAccepted() > 0 && overall.chatter().responded() > 0, "every mechanism was exercised");
        long sum = summary.regions().values().stream().mapToLong(Metrics::submitted).sum();
        assertEquals(overall.submitted(), sum + overall.unroutable());

        List<String> series = Files.readAllLines(temp.resolve(SimulationOutputs.TIMESERIES));
        assertEquals(TimeseriesCsv.HEADER, series.get(0));
        long steps = Duration.ofDays(21).toHours() / 2 + 1;
        assertEquals(steps * 2, series.size() - 1, "a row per region per 2-hour step, plus the end");

        String table = SummaryTable.render(summary);
        assertTrue(table.contains("conservation holds"), table);
        assertTrue(table.contains("APAC") && table.contains("EMEA") && table.contains("overall"), table);
    }
}

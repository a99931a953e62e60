package io.stage7.sim.model;

import io.stage7.scenario.FieldSpec;
import io.stage7.scenario.Rework;
import io.stage7.scenario.Scenario;
import io.stage7.sim.random.Bernoulli;
import io.stage7.sim.random.Categorical;
import io.stage7.sim.report.SimulationOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scenario's {@code rework.changes}: sales may raise the Amount as it reworks a rejected
 * opportunity, so a requirement that the amount may not rise after approval was requested
 * (ISNEW/PRIORVALUE, in {@code src/test/resources/sim/model/resubmission}) fires in a full run.
 */
class ReworkChangesTest {
    private static final Path RULES = Path.of("src/test/resources/sim/model/resubmission");

    private static Rework.Change amountRises(double probability, double percent) {
        return new Rework.Change("Amount", probability, TestDesks.fixed(percent), 2);
    }

    @Test
    void aRaisedAmountMakesTheResubmissionBreakTheRuleAndLoseItsPlace() {
        Deals deals = new Deals(RULES);
        deals.add("defective", "EMEA", "2026-04-14T09:00:00Z").missingPo();
        TestDesks.Builder desk = TestDesks.scenario(RULES).horizon("2026-04-13T00:00:00Z", "2026-04-18T00:00:00Z")
                .region("EMEA", 1).catchProbability(1).rework(TestDesks.fixed(24), 1, List.of(amountRises(1, 10)));
        List<AttemptRow> attempts = Deals.run(deals.model(desk)).of("defective");

        assertTrue(attempts.size() >= 2, "rejected, reworked with a higher amount, resubmitted");
        AttemptRow resubmitted = attempts.get(1);
        assertEquals("EMEA Standard", resubmitted.queue(), "the amount rose: not the resubmission queue");
        assertTrue(resubmitted.defective(), "the fix draw said fixed, but the raise broke Amount_Rose_After_Submission");
        assertEquals(Outcome.REJECTED, resubmitted.outcome());
    }

    @Test
    void aChangeThatNeverAppliesLeavesTheResubmissionAsBefore() {
        Deals deals = new Deals(RULES);
        deals.add("defective", "EMEA", "2026-04-14T09:00:00Z").missingPo();
        TestDesks.Builder desk = TestDesks.scenario(RULES).horizon("2026-04-13T00:00:00Z", "2026-04-25T00:00:00Z")
                .region("EMEA", 1).catchProbability(1).rework(TestDesks.fixed(24), 1, List.of(amountRises(0, 10)));
        List<AttemptRow> attempts = Deals.run(deals.model(desk)).of("defective");

        assertEquals(2, attempts.size());
        assertEquals("EMEA Resubmitted", attempts.get(1).queue());
        assertEquals(Outcome.APPROVED, attempts.get(1).outcome());
    }

    /** Two weeks of EMEA deals, a sixth without a PO number, and the given rework. */
    private static Scenario busyDesk(long seed, List<Rework.Change> changes) {
        return TestDesks.scenario(RULES).name("rework-changes").seed(seed)
                .horizon("2026-04-13T00:00:00Z", "2026-04-27T00:00:00Z")
                .region("EMEA", 3).intraday(TestDesks.hours(7, 19))
                .source("EMEA", "EMEA", 25, Map.of("Region", new FieldSpec.Constant("EMEA", 0)))
                .field("SubmittedAt", new FieldSpec.SubmissionTime(0))
                .field("Amount", new FieldSpec.Numeric(TestDesks.exponential(50_000), 2, 0))
                .field("Complex__c", new FieldSpec.Flag(new Bernoulli(0.2), 0))
                .field("PO_Number__c", new FieldSpec.Choice(new Categorical<>(List.of("PO-1", "PO-2"),
                        new double[]{1, 1}), 1.0 / 6))
                .review("standard", TestDesks.exponential(0.7)).review("complex", TestDesks.exponential(1.8))
                .catchProbability(0.9).rework(TestDesks.exponential(12), 0.9, changes)
                .build();
    }

    @Test
    void inAFullRunSomeResubmissionsBreakTheAmountRuleAndOthersDoNot() {
        Recorder run = Deals.run(TestDesks.model(busyDesk(7, List.of(amountRises(0.4, 15)))));
        List<AttemptRow> resubmissions = run.attempts.stream().filter(a -> a.attempt() > 1).toList();
        long raised = resubmissions.stream().filter(a -> a.queue().equals("EMEA Standard")
                || a.queue().equals("EMEA Complex")).count();
        long kept = resubmissions.stream().filter(a -> a.queue().equals("EMEA Resubmitted")).count();
        assertTrue(raised > 0, "some resubmissions rose: " + resubmissions.size());
        assertTrue(kept > 0, "some did not: " + resubmissions.size());
        assertTrue(resubmissions.stream().filter(a -> a.queue().equals("EMEA Standard")).anyMatch(AttemptRow::defective));

        Recorder without = Deals.run(TestDesks.model(busyDesk(7, List.of())));
        assertTrue(without.attempts.stream().filter(a -> a.attempt() > 1)
                .allMatch(a -> a.queue().equals("EMEA Resubmitted")), "without changes the amount never rises");
    }

    @Test
    void theSameSeedGivesTheSameBytesAndTheChangesChangeTheRun(@TempDir Path temp) throws IOException {
        List<Rework.Change> changes = List.of(amountRises(0.4, 15));
        SimulationOutputs.write(TestDesks.model(busyDesk(11, changes)), 0, temp.resolve("first"));
        SimulationOutputs.write(TestDesks.model(busyDesk(11, changes)), 0, temp.resolve("second"));
        SimulationOutputs.write(TestDesks.model(busyDesk(11, List.of())), 0, temp.resolve("unchanged"));
        assertEquals(files(temp.resolve("first")), files(temp.resolve("second")));
        assertNotEquals(files(temp.resolve("first")), files(temp.resolve("unchanged")));
    }

    private static Map<String, String> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toMap(
                    p -> p.getFileName().toString(), p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, (a, b) -> a, java.util.TreeMap::new));
        }
    }
}

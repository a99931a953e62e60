package io.stage7.sim.experiment;

import io.stage7.Rules;
import io.stage7.scenario.Scenario;
import io.stage7.scenario.ScenarioReader;
import io.stage7.scenario.ScenarioResult;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.stats.MMcQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staffing search against queueing theory, its cost, its verdict when nothing within the
 * bounds is enough, and its determinism.
 *
 * <p>The M/M/c scenario ({@code scenarios/mmc-sla}: λ = 9 per hour, reviews exponential with mean
 * 1 hour, a 24/7 calendar, no defects) has an approval SLA of 1.5 business hours, so its SLA
 * attainment is P(T ≤ 1.5) for the time in system T = W + S. Under Erlang C, W is 0 with
 * probability 1 − C and exponential with rate cμ − λ otherwise, and S is exponential with rate μ,
 * so P(T &gt; t) = (1 − C)e<sup>−μt</sup> + C·(δe<sup>−μt</sup> − μe<sup>−δt</sup>)/(δ − μ) with
 * δ = cμ − λ: an exact closed form, from {@link MMcQueue#probabilityOfWaiting()}.
 */
class StaffingSearchTest {

    static final Path MMC_SLA = Path.of("src/test/resources/scenarios/mmc-sla/mmc-sla.yaml");
    private static final double LAMBDA = 9;
    private static final double MU = 1;
    private static final double SLA_HOURS = 1.5;

    /** P(W + S ≤ t) in the M/M/c queue, from Erlang C. */
    static double probabilityDecidedWithin(int servers, double t) {
        if (servers * MU <= LAMBDA) {
            return 0; // unstable: the queue grows without bound, the attainment goes to 0
        }
        MMcQueue queue = new MMcQueue(LAMBDA, MU, servers);
        double waiting = queue.probabilityOfWaiting();
        double drain = servers * MU - LAMBDA;
        double bothExceed = Math.abs(drain - MU) < 1e-12 ? (1 + MU * t) * Math.exp(-MU * t)
                : (drain * Math.exp(-MU * t) - MU * Math.exp(-drain * t)) / (drain - MU);
        return 1 - ((1 - waiting) * Math.exp(-MU * t) + waiting * bothExceed);
    }

    /** The Erlang C staffing answer: the fewest specialists whose attainment reaches the level. */
    static int erlangHeadcount(double level) {
        int servers = 1;
        while (probabilityDecidedWithin(servers, SLA_HOURS) < level) {
            servers++;
        }
        return servers;
    }

    static Scenario scenario(Path file) {
        ScenarioResult read = ScenarioReader.read(file);
        return read.scenario().orElseThrow(() -> new AssertionError(read.render()));
    }

    static StaffingResult search(Scenario scenario, String target, int replications, int min, int max, int threads) {
        Rules rules = Rules.load(scenario.rulesDir()).rules().orElseThrow();
        StaffingSearch.Settings settings = new StaffingSearch.Settings(StaffingTarget.parse(target), 0.9, replications,
                min, max, threads);
        return StaffingSearch.run(scenario,
                plan -> DeskModel.prepare(plan, rules.checked(), rules.evaluator(), List.of()).model().orElseThrow(),
                settings, StaffingSearch.Progress.NONE);
    }

    @Test
    void theClosedFormMatchesTheErlangCWaitingProbabilityAtTimeZero() {
        // At t = 0 nobody is decided; for large t everyone is; the form is P(W ≤ t) convolved with S.
        assertEquals(0, probabilityDecidedWithin(10, 0), 1e-12);
        assertEquals(1, probabilityDecidedWithin(10, 200), 1e-9);
        assertEquals(0.5530, probabilityDecidedWithin(10, SLA_HOURS), 5e-5);
        assertEquals(0.7023, probabilityDecidedWithin(11, SLA_HOURS), 5e-5);
        assertEquals(0.7487, probabilityDecidedWithin(12, SLA_HOURS), 5e-5);
    }

    /**
     * Three service levels whose Erlang C answers are 10, 11 and 12 specialists. The levels sit
     * where the theoretical attainment clears the target at the answer and misses it one below by
     * at least 1.8 points, well beyond the sampling error of ten replications of eight weeks, so
     * the search's confidence rule and the formula must agree.
     */
    @ParameterizedTest
    @CsvSource({"45, 10", "60, 11", "72, 12"})
    void onAnMmcScenarioTheSearchReturnsTheErlangCHeadcount(int percent, int expected) {
        double level = percent / 100.0;
        assertEquals(expected, erlangHeadcount(level), "the formula's own answer");
        assertTrue(probabilityDecidedWithin(expected, SLA_HOURS) - level >= 0.018);
        assertTrue(level - probabilityDecidedWithin(expected - 1, SLA_HOURS) >= 0.017);

        StaffingResult result = search(scenario(MMC_SLA), "approval >= " + percent + "%", 10, 1, 30, 2);

        RegionStaffing region = result.regions().get(0);
        LevelAnswer normal = region.level(StaffingLevel.NORMAL);
        assertEquals(LevelAnswer.Status.MET, normal.status());
        assertEquals(expected, normal.headcount().getAsInt());
        assertEquals(expected, normal.recommended());
        for (StaffingLevel window : List.of(StaffingLevel.EOM, StaffingLevel.EOQ, StaffingLevel.EOY)) {
            assertEquals(LevelAnswer.Status.NOT_MEASURED, region.level(window).status(), "the M/M/c rules have no period ends");
            assertTrue(region.level(window).curve().isEmpty());
        }
        assertTrue(result.allMet());
        // The curve holds the answer (meeting) and the headcount below it (not meeting) as evidence.
        StaffingPoint at = point(normal, expected);
        StaffingPoint below = point(normal, expected - 1);
        assertTrue(at.meets() && !below.meets());
        // Each stable point's mean is near the closed form (a loose check: the model's own M/M/c test is the strict one).
        for (StaffingPoint point : normal.curve()) {
            if (point.headcount() * MU <= LAMBDA) {
                continue; // no steady state: the attainment depends on the horizon
            }
            double theory = probabilityDecidedWithin(point.headcount(), SLA_HOURS);
            assertTrue(Math.abs(point.mean() - theory) < 0.04, point + " vs " + theory);
        }
        // Efficient: a handful of plans for the search and its marginal curve (answer ± 2 and the
        // scenario's 10), against 30⁴ for every combination of the four headcounts.
        assertTrue(result.plansSimulated() <= 9, result.plansSimulated() + " plans simulated");
        assertTrue(result.plansSimulated() * 100 < result.fullGrid());
        assertTrue(result.settled());
        // The verification ran the plan with fresh random numbers and met the target too.
        assertTrue(normal.verification().orElseThrow().meets(), normal.verification().toString());
        assertEquals(StaffingResult.Outcome.RECOMMENDED, result.outcome());
    }

    @Test
    void saysSoWhenNoHeadcountWithinTheBoundsMeetsTheTarget() {
        StaffingResult result = search(scenario(MMC_SLA), "approval >= 72%", 4, 1, 11, 2);
        LevelAnswer normal = result.regions().get(0).level(StaffingLevel.NORMAL);
        assertEquals(LevelAnswer.Status.NOT_MET_WITHIN_BOUNDS, normal.status());
        assertTrue(normal.headcount().isEmpty());
        assertFalse(result.allMet());
        assertFalse(point(normal, 11).meets(), "the upper bound was tried and failed");
        String table = StaffingTable.render(result);
        assertTrue(table.contains("R normal weeks: no headcount within 1..11 meets approval >= 72%"), table);
        assertTrue(StaffingJson.render(result).contains("\"status\": \"notMetWithinBounds\""));
    }

    /**
     * The verification runs the recommended plan under the derived seed. Here the models seen
     * under that seed lose a specialist (a desk that shrank after the search): the plan then misses
     * in its verification, and the table, the JSON and the outcome say so.
     */
    @Test
    void aPlanThatMissesItsVerificationIsReportedAsSuch() {
        Scenario scenario = scenario(MMC_SLA);
        long verificationSeed = StaffingSearch.verificationSeed(scenario.seed());
        Rules rules = Rules.load(scenario.rulesDir()).rules().orElseThrow();
        java.util.function.Function<Scenario, DeskModel> models = plan -> {
            Scenario run = plan.seed() != verificationSeed ? plan
                    : Scenarios.staffed(plan, "R", plan.regions().get("R").specialists() - 1, 1);
            return DeskModel.prepare(run, rules.checked(), rules.evaluator(), List.of()).model().orElseThrow();
        };
        StaffingResult result = StaffingSearch.run(scenario, models, new StaffingSearch.Settings(
                StaffingTarget.parse("approval >= 60%"), 0.9, 4, 1, 30, 2), StaffingSearch.Progress.NONE);

        LevelAnswer normal = result.regions().get(0).level(StaffingLevel.NORMAL);
        assertEquals(11, normal.recommended());
        assertTrue(result.allMet() && result.settled());
        assertFalse(normal.verification().orElseThrow().meets(), normal.verification().toString());
        assertFalse(result.verified());
        assertEquals(StaffingResult.Outcome.VERIFICATION_MISSED, result.outcome());
        String table = StaffingTable.render(result);
        assertTrue(table.contains("MISSES the target (!)"), table);
        assertTrue(table.contains("VERIFICATION MISSED: the recommended plan, re-run with fresh random numbers"), table);
        String json = StaffingJson.render(result);
        assertTrue(json.contains("\"outcome\": \"verificationMissed\""), json);
        assertTrue(json.contains("\"seed\": " + verificationSeed + ",\n    \"replications\": 4,\n    \"met\": false"), json);
    }

    @Test
    void theVerificationSeedIsADocumentedDerivationOfTheSeed() {
        // SplitMix64's first output for seed 1234567 is 6457827717110365317 (the value reference
        // implementations test against); the sign bit is cleared so that the seed can be given to --seed.
        assertEquals(6457827717110365317L, StaffingSearch.verificationSeed(1234567));
        assertEquals(0xE220A8397B1DCDAFL & Long.MAX_VALUE, StaffingSearch.verificationSeed(0));
        assertEquals(StaffingSearch.verificationSeed(20260201), StaffingSearch.verificationSeed(20260201));
        assertTrue(StaffingSearch.verificationSeed(20260201) != 20260201);
    }

    @Test
    void theSameInputsGiveTheSameBytesWhateverTheThreadCount() {
        Scenario scenario = scenario(MMC_SLA);
        String once = StaffingJson.render(search(scenario, "approval >= 60%", 3, 1, 30, 1));
        String again = StaffingJson.render(search(scenario, "approval >= 60%", 3, 1, 30, 1));
        String twoThreads = StaffingJson.render(search(scenario, "approval >= 60%", 3, 1, 30, 2));
        assertEquals(once, again);
        assertEquals(once, twoThreads);
    }

    private static StaffingPoint point(LevelAnswer answer, int headcount) {
        return answer.curve().stream().filter(p -> p.headcount() == headcount).findFirst()
                .orElseThrow(() -> new AssertionError("no point at " + headcount + " in " + answer.curve()));
    }
}

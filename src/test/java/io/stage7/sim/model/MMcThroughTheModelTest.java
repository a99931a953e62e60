package io.stage7.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stage7.scenario.Scenario;
import io.stage7.sim.kernel.SimTime;
import io.stage7.sim.stats.ConfidenceInterval;
import io.stage7.sim.stats.LittlesLaw;
import io.stage7.sim.stats.MMcQueue;
import io.stage7.sim.stats.Summary;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

/**
 * The whole order-management model, rules evaluation included, reproduces queueing theory: one
 * region open around the clock, Poisson arrivals (a flat intraday profile on a calendar with no
 * closed days), exponential reviews, c specialists and nothing defective is the M/M/c queue.
 * Over independent replications the mean wait and P(wait &le; 0.25 h) must match Erlang C within
 * 99% confidence intervals, and Little's law must hold on every run, with L measured from the
 * model's own time series and W from its submission rows.
 */
class MMcThroughTheModelTest {

    private static final double ARRIVALS_PER_HOUR = 9;
    private static final double REVIEWS_PER_HOUR = 1;
    private static final int SPECIALISTS = 10;
    private static final double WAIT_LIMIT_HOURS = 0.25;
    private static final int REPLICATIONS = 20;
    private static final Duration WARM_UP = Duration.ofHours(200);
    private static final Duration OBSERVED = Duration.ofHours(3000);
    /** Arrivals in the last hours are not measured: their waits may run past the end of the run. */
    private static final Duration TAIL = Duration.ofHours(24);

    @Test
    void meanWaitAndServiceLevelMatchErlangCAndLittlesLawHoldsOnEveryRun() {
        MMcQueue theory = new MMcQueue(ARRIVALS_PER_HOUR, REVIEWS_PER_HOUR, SPECIALISTS);
        Instant start = Instant.parse("2026-01-05T00:00:00Z");
        Instant end = start.plus(WARM_UP).plus(OBSERVED).plus(TAIL);
        Scenario scenario = TestDesks.scenario(TestDesks.MMC).name("mmc")
                .horizon(start.toString(), end.toString()).warmup(WARM_UP)
                .region("ONE", SPECIALISTS)
                .source("all", "ONE", ARRIVALS_PER_HOUR * 24, java.util.Map.of())
                .review("standard", TestDesks.exponential(1 / REVIEWS_PER_HOUR))
                .timeStep(Duration.ofMinutes(6))
                .seed(20250331).build();
        DeskModel model = TestDesks.model(scenario);
        long measuredFrom = start.plus(WARM_UP).toEpochMilli();
        long measuredTo = end.minus(TAIL).toEpochMilli();

        double[] meanWaits = new double[REPLICATIONS];
        double[] serviceLevels = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            Recorder run = new Recorder();
            RunTotals totals = model.run(r, run);
            assertTrue(totals.balanced(), "conservation: " + totals);

            long measured = 0;
            long withinLimit = 0;
            double waitHours = 0;
            double systemHours = 0;
            for (AttemptRow row : run.attempts) {
                if (row.submitted() >= measuredTo) {
                    continue;
                }
                assertTrue(row.started() != AttemptRow.NEVER, "every measured arrival started: " + row);
                assertEquals(row.submitted(), row.eligible(), "a 24/7 desk makes work eligible at once");
                double wait = SimTime.hoursFromMillis(row.started() - row.submitted());
                measured++;
                waitHours += wait;
                if (wait <= WAIT_LIMIT_HOURS) {
                    withinLimit++;
                }
                long decided = row.decided() == AttemptRow.NEVER ? scenario.end().toEpochMilli() : row.decided();
                systemHours += SimTime.hoursFromMillis(decided - row.submitted());
            }
            meanWaits[r] = waitHours / measured;
            serviceLevels[r] = withinLimit / (double) measured;

            // L and Lq from the model's time series over the measured window, W and Wq from its rows.
            double inSystem = 0;
            double queued = 0;
            int samples = 0;
            for (int i = 0; i < run.snapshotTimes.size(); i++) {
                long t = run.snapshotTimes.get(i);
                if (t >= measuredFrom && t < measuredTo) {
                    RegionSnapshot desk = run.snapshots.get(i).get(0);
                    inSystem += desk.queued() + desk.inReview();
                    queued += desk.queued();
                    samples++;
                }
            }
            double arrivalRate = measured / SimTime.hoursFromMillis(measuredTo - measuredFrom);
            assertEquals(0, LittlesLaw.relativeDiscrepancy(inSystem / samples, arrivalRate, systemHours / measured),
                    0.02, "L = λW in replication " + r);
            assertEquals(0, LittlesLaw.relativeDiscrepancy(queued / samples, arrivalRate, meanWaits[r]), 0.05,
                    "Lq = λWq in replication " + r);
        }

        ConfidenceInterval meanWait = Summary.of(meanWaits).confidenceInterval(0.99);
        ConfidenceInterval serviceLevel = Summary.of(serviceLevels).confidenceInterval(0.99);
        System.out.printf("M/M/%d through the model, λ=%s, μ=%s, %d replications: mean wait %s (Erlang C %.4f); "
                        + "P(wait <= %s) %s (Erlang C %.4f)%n", SPECIALISTS, ARRIVALS_PER_HOUR, REVIEWS_PER_HOUR,
                REPLICATIONS, meanWait, theory.meanWait(), WAIT_LIMIT_HOURS, serviceLevel,
                theory.probabilityWaitAtMost(WAIT_LIMIT_HOURS));
        assertTrue(meanWait.contains(theory.meanWait()), "mean wait " + meanWait + " vs " + theory.meanWait());
        assertTrue(serviceLevel.contains(theory.probabilityWaitAtMost(WAIT_LIMIT_HOURS)),
                "service level " + serviceLevel + " vs " + theory.probabilityWaitAtMost(WAIT_LIMIT_HOURS));
        // Narrow enough that "contains" means something.
        assertTrue(meanWait.halfWidth() < 0.12 * theory.meanWait(), "mean wait interval too wide: " + meanWait);
        assertTrue(serviceLevel.halfWidth() < 0.03, "service level interval too wide: " + serviceLevel);
    }

}

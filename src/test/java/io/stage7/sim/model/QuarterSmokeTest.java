package io.stage7.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stage7.sim.report.Metrics;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.report.SimulationOutputs;
import org.junit.jupiter.api.Test;

/**
 * One quarter on the shipped rules runs end to end: every region works, rules fire (defects,
 * escalations, refusals at period ends), rework and Billing happen, the period-end windows see
 * work, and the conservation of work holds.
 */
class QuarterSmokeTest {

    @Test
    void aQuarterOnTheShippedRulesRunsAndConservesWork() {
        DeskModel model = TestDesks.model(QuarterScenario.build());
        RunSummary summary = SimulationOutputs.summarize(model, 0);
        assertTrue(summary.conservation().holds(), summary.conservation().describe());
        Metrics overall = summary.overall();
        assertTrue(overall.submitted() > 8_000, "a quarter of load: " + overall.submitted());
        assertEquals(0, overall.unroutable(), "the shipped routing routes every region");
        for (String region : model.regionNames()) {
            Metrics metrics = summary.regions().get(region);
            assertTrue(metrics.decided() > 0, region + " decided work");
            assertTrue(metrics.utilization().isPresent(), region + " has specialist hours");
            assertTrue(summary.periodEndRegions().get(region).submitted() > 0, region + " saw period-end work");
        }
        assertTrue(overall.rejections() > 0 && overall.billingRejections() > 0, "rework and Billing returns happen");
        assertTrue(overall.escalationsAccepted() > 0 && overall.escalationsRefused() > 0, "escalations accepted and refused");
        assertTrue(overall.slaAttainment().isPresent());
        assertTrue(overall.chatter().opened() > 0 && overall.chatter().slaAttainment().isPresent());
    }
}

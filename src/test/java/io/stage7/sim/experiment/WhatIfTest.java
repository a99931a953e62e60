package io.stage7.sim.experiment;

import io.stage7.scenario.Coverage;
import io.stage7.scenario.RegionPlan;
import io.stage7.scenario.Scenario;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.report.Comparison;
import io.stage7.sim.report.Estimate;
import io.stage7.sim.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What-if comparisons with common random numbers. */
class WhatIfTest {

    private static final Scenario DEFAULT = Scenarios.read(Scenarios.DEFAULT);

    @Test
    void aScenarioComparedWithItselfDiffersInNothing() {
        DeskModel model = Scenarios.model(Scenarios.shortened(DEFAULT, 35, DEFAULT.coverage()));
        Comparison comparison = WhatIf.compare(model, model, 4, 2, Replications.Progress.NONE);
        assertEquals(List.of(), comparison.significant());
        comparison.differences().forEach((metric, difference) -> {
            if (difference.n() > 0) {
                assertEquals(0.0, difference.mean().getAsDouble(), metric);
                assertEquals(0.0, difference.interval().orElseThrow().halfWidth(), metric);
            }
        });
    }

    @Test
    void aClearlyBetterStaffingIsASignificantImprovementInSlaAttainment() {
        Scenario a = Scenarios.shortened(DEFAULT, 42, DEFAULT.coverage());
        Scenario b = Scenarios.staffed(a, "EMEA", 6, 6);
        Comparison comparison = WhatIf.compare(Scenarios.model(a), Scenarios.model(b), 6, 2, Replications.Progress.NONE);
        for (String metric : List.of("regions.EMEA.sla.attainment", "overall.sla.attainment")) {
            Estimate difference = comparison.difference(metric);
            assertTrue(comparison.significant(metric), metric + ": " + difference);
            assertTrue(difference.interval().orElseThrow().low() > 0, metric + " improves: " + difference);
        }
        assertTrue(comparison.difference("regions.EMEA.utilization").interval().orElseThrow().high() < 0,
                "more specialists, less busy each");
    }

    /**
     * Common random numbers reach down to each opportunity and specialist: with no coverage
     * between regions, changing EMEA's headcount cannot change anything in APAC, and it does not,
     * to the last decimal, in every replication — whatever the order in which EMEA now decides.
     */
    @Test
    void withoutCoverageAnotherRegionsStaffingLeavesARegionExactlyAsItWas() {
        Scenario a = Scenarios.shortened(DEFAULT, 35, new Coverage(Coverage.Policy.NEVER, 0));
        Scenario b = Scenarios.staffed(a, "EMEA", 3, 3);
        Comparison comparison = WhatIf.compare(Scenarios.model(a), Scenarios.model(b), 3, 2, Replications.Progress.NONE);
        for (String metric : comparison.a().metrics()) {
            if (metric.startsWith("regions.APAC.") || metric.startsWith("regions.AMER.")) {
                assertTrue(Arrays.equals(comparison.a().values(metric), comparison.b().values(metric)), metric);
            }
        }
        String emea = "regions.EMEA.timeToDecision.businessHours.mean";
        assertTrue(!Arrays.equals(comparison.a().values(emea), comparison.b().values(emea)), "EMEA itself did change");
    }

    @Test
    void onlyScenariosOverTheSameTimeWithTheSameSeedAndRegionsCompare() {
        Scenario a = DEFAULT;
        assertEquals(List.of(), WhatIf.incompatibilities(a, Scenarios.staffed(a, "EMEA", 9, 9)));
        assertTrue(WhatIf.incompatibilities(a, a.withSeed(a.seed() + 1)).get(0).contains("the seeds differ"));
        assertTrue(WhatIf.incompatibilities(a, Scenarios.shortened(a, 30, a.coverage())).get(0)
                .contains("the horizons differ"));
        Scenario longerWarmup = new Scenario(a.source(), a.name(), a.rulesDir(), a.start(), a.end(),
                a.warmup().plus(Duration.ofDays(1)), a.seed(), a.regions(), a.load(), a.service(), a.rework(),
                a.billing(), a.coverage(), a.chatter(), a.timeStep());
        assertTrue(WhatIf.incompatibilities(a, longerWarmup).get(0).contains("the warm-ups differ"));
        Map<String, RegionPlan> fewer = new LinkedHashMap<>(a.regions());
        fewer.remove("APAC");
        assertTrue(WhatIf.incompatibilities(a, a.withRegions(fewer)).get(0).contains("the regions differ"));
    }

    @Test
    void theRegionsMayBeListedInAnotherOrder() {
        Scenario a = Scenarios.shortened(DEFAULT, 14, DEFAULT.coverage());
        Map<String, RegionPlan> reordered = new LinkedHashMap<>();
        List.of("APAC", "EMEA", "AMER").forEach(region -> reordered.put(region, a.regions().get(region)));
        Scenario b = a.withRegions(reordered);
        assertEquals(List.of(), WhatIf.incompatibilities(a, b));
        Comparison comparison = WhatIf.compare(Scenarios.model(a), Scenarios.model(b), 2, 2, Replications.Progress.NONE);
        assertEquals(comparison.a().metrics(), List.copyOf(comparison.differences().keySet()), "in A's order");
        assertEquals(List.of(), comparison.significant());
    }

    @Test
    void aPairedIntervalNeedsTwoReplications() {
        DeskModel model = Scenarios.model(Scenarios.shortened(DEFAULT, 14, DEFAULT.coverage()));
        assertThrows(IllegalArgumentException.class, () -> WhatIf.compare(model, model, 1, 1, Replications.Progress.NONE));
    }

    @Test
    void pairedDifferencesLeaveOutReplicationsWhereEitherSideIsUndefined() {
        Estimate difference = Estimate.ofDifferences(new double[]{1, Double.NaN, 3, 4}, new double[]{2, 5, Double.NaN, 6},
                0.95);
        assertEquals(2, difference.n());
        assertEquals(1.5, difference.mean().getAsDouble());
        ConfidenceInterval interval = difference.interval().orElseThrow();
        assertTrue(interval.contains(1.5) && interval.halfWidth() > 0);
        assertEquals(1, Estimate.ofDifferences(new double[]{1, Double.NaN}, new double[]{3, 4}, 0.95).n());
        assertTrue(Estimate.ofDifferences(new double[]{1, Double.NaN}, new double[]{3, 4}, 0.95).interval().isEmpty());
    }
}

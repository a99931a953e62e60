package io.stage7.sim.experiment;

import io.stage7.scenario.Coverage;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a search's result reads its marginal curves, and the order in which its outcomes take precedence. */
class StaffingResultTest {

    private static StaffingPoint point(int headcount, boolean meets) {
        return new StaffingPoint(headcount, 5, meets ? 0.96 : 0.9, 0.9, 0.99, meets ? 0.955 : 0.88, meets);
    }

    private static LevelAnswer met(int recommended, boolean belowMeets, boolean verified) {
        return new LevelAnswer(LevelAnswer.Status.MET, 4, recommended,
                List.of(point(recommended - 1, belowMeets), point(recommended, true), point(recommended + 1, true)),
                Optional.of(point(recommended, verified)));
    }

    private static LevelAnswer unmeasured() {
        return new LevelAnswer(LevelAnswer.Status.NOT_MEASURED, 4, 4, List.of(), Optional.empty());
    }

    private static StaffingResult result(LevelAnswer normal, boolean roundsSettled) {
        Map<StaffingLevel, LevelAnswer> levels = new EnumMap<>(StaffingLevel.class);
        levels.put(StaffingLevel.NORMAL, normal);
        levels.put(StaffingLevel.EOM, unmeasured());
        levels.put(StaffingLevel.EOQ, unmeasured());
        levels.put(StaffingLevel.EOY, unmeasured());
        boolean agree = levels.values().stream().allMatch(a -> a.curveAgrees(1));
        return new StaffingResult("s", 1, StaffingTarget.parse("approval >= 95%"), 0.9, 5, 1, 30, Coverage.Policy.BACKLOG,
                List.of(new RegionStaffing("R", levels)), 12, roundsSettled ? 2 : StaffingSearch.MAX_PASSES, roundsSettled,
                agree, 99);
    }

    @Test
    void aCurveBacksAMetHeadcountWhenItMeetsThereAndNotOneBelow() {
        assertTrue(met(6, false, true).curveAgrees(1));
        assertFalse(met(6, true, true).curveAgrees(1), "one fewer meets too: the plan is not the smallest");
        assertTrue(new LevelAnswer(LevelAnswer.Status.MET, 1, 1, List.of(point(1, true)), Optional.empty()).curveAgrees(1),
                "at --min there is nothing below to miss");
        assertTrue(unmeasured().curveAgrees(1));
    }

    @Test
    void outcomesTakePrecedenceNotMetThenNotSettledThenVerificationMissed() {
        assertEquals(StaffingResult.Outcome.RECOMMENDED, result(met(6, false, true), true).outcome());
        assertEquals(StaffingResult.Outcome.VERIFICATION_MISSED, result(met(6, false, false), true).outcome());
        assertEquals(StaffingResult.Outcome.NOT_SETTLED, result(met(6, false, false), false).outcome());
        StaffingResult contradicted = result(met(6, true, true), true);
        assertEquals(StaffingResult.Outcome.NOT_SETTLED, contradicted.outcome());
        String table = StaffingTable.render(contradicted);
        assertTrue(table.contains("NOT SETTLED: a marginal curve does not back the plan (see below)"), table);
        assertTrue(table.contains("R normal weeks: the marginal curve does not back the recommended 6"), table);
        assertTrue(StaffingJson.render(contradicted).contains("\"roundsSettled\": true,\n  \"curvesBackPlan\": false"));
        String limit = StaffingTable.render(result(met(6, false, true), false));
        assertTrue(limit.contains("NOT SETTLED: the last of " + StaffingSearch.MAX_PASSES + " rounds still changed a headcount;"),
                limit);
        LevelAnswer notMet = new LevelAnswer(LevelAnswer.Status.NOT_MET_WITHIN_BOUNDS, 4, 30, List.of(point(30, false)),
                Optional.of(point(30, false)));
        assertEquals(StaffingResult.Outcome.NOT_MET_WITHIN_BOUNDS, result(notMet, false).outcome());
    }
}

package io.stage7.sim.experiment;

import io.stage7.testing.Fixtures;
import io.stage7.Rules;
import io.stage7.scenario.Scenario;
import io.stage7.sim.model.DeskModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search's answer on the shipped scenarios (coverage couples their regions): one plan, whose
 * marginal curves never fall, as headcount rises, by more than their intervals allow, since every
 * point of a curve is measured with every other headcount at the plan and the same random numbers.
 * The complaint was curves that did (one more specialist "costing" five points), because
 * each point had been measured with the other regions at whatever they had in that round.
 */
class StaffingCurvesTest {

    private static StaffingResult search(Scenario scenario) {
        Rules rules = Rules.load(scenario.rulesDir()).rules().orElseThrow();
        return StaffingSearch.run(scenario,
                plan -> DeskModel.prepare(plan, rules.checked(), rules.evaluator(), List.of()).model().orElseThrow(),
                new StaffingSearch.Settings(StaffingTarget.parse("approval >= 95%"), 0.9, 3, 1, 20, 2),
                StaffingSearch.Progress.NONE);
    }

    @Test
    void onTheEoqSurgeTheCurvesNeverFallBeyondTheirIntervalsAndTheQuarterEndIsStaffedOnItsOwn() {
        StaffingResult result = search(Scenarios.read(Fixtures.EOQ_SURGE));
        assertCurvesHold(result);
        for (RegionStaffing region : result.regions()) {
            assertEquals(LevelAnswer.Status.MET, region.level(StaffingLevel.EOQ).status(), region.region());
            assertTrue(region.level(StaffingLevel.EOQ).recommended() > region.level(StaffingLevel.NORMAL).recommended(),
                    region.region() + ": a quarter-end surge needs more than a normal week");
        }
    }

    @Test
    void onTheDefaultScenarioTheCurvesNeverFallBeyondTheirIntervals() {
        // The first seven weeks of the quarter: normal weeks and February's month end.
        Scenario scenario = Scenarios.read(Scenarios.DEFAULT);
        assertCurvesHold(search(Scenarios.shortened(scenario, 49, scenario.coverage())));
    }

    private static void assertCurvesHold(StaffingResult result) {
        for (RegionStaffing region : result.regions()) {
            for (StaffingLevel level : StaffingLevel.values()) {
                LevelAnswer answer = region.level(level);
                if (answer.status() == LevelAnswer.Status.NOT_MEASURED) {
                    continue;
                }
                String where = region.region() + " " + level.label() + ": " + answer.curve();
                Optional<StaffingPoint> recommended = answer.point(answer.recommended());
                assertTrue(recommended.isPresent(), "the curve passes through the plan: " + where);
                List<StaffingPoint> curve = answer.curve();
                for (int i = 1; i < curve.size(); i++) {
                    StaffingPoint fewer = curve.get(i - 1);
                    StaffingPoint more = curve.get(i);
                    assertTrue(more.headcount() > fewer.headcount(), where);
                    assertTrue(more.high() >= fewer.low(), "falls beyond its intervals at " + more.headcount() + ": " + where);
                }
            }
        }
    }
}

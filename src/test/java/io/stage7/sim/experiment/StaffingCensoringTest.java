package io.stage7.sim.experiment;

import io.stage7.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A percentile target on a desk far too small for its load: the queue grows for the whole horizon,
 * most of the work is still open at the end, past every decision, and no replication can estimate
 * the p90 of time to decision (Kaplan–Meier with the open work censored stops below 0.9). That is
 * a miss, never "nothing measured": the search must add staff, and the table, {@code staff.json}
 * and the verdict must say the point is censored.
 *
 * <p>The M/M/c scenario ({@code mmc-sla}) has λ = 9 per hour and μ = 1: with one or two
 * specialists the backlog grows by seven or eight an hour over eight weeks.
 */
class StaffingCensoringTest {

    @Test
    void aCensoredPercentileIsAMissAndNotNothingMeasured() {
        Scenario scenario = StaffingSearchTest.scenario(StaffingSearchTest.MMC_SLA);
        StaffingResult result = StaffingSearchTest.search(scenario, "p90 <= 1000h", 3, 1, 2, 2);

        LevelAnswer normal = result.regions().get(0).level(StaffingLevel.NORMAL);
        assertEquals(LevelAnswer.Status.NOT_MET_WITHIN_BOUNDS, normal.status(), StaffingTable.render(result));
        assertFalse(result.allMet());
        assertEquals(StaffingResult.Outcome.NOT_MET_WITHIN_BOUNDS, result.outcome());
        StaffingPoint top = normal.point(2).orElseThrow();
        assertTrue(top.isCensored() && !top.meets(), top.toString());
        assertEquals(3, top.censored());
        assertEquals(3, top.replications());
        for (StaffingPoint point : normal.curve()) {
            assertTrue(point.isCensored() && !point.meets(), point.toString());
        }
        assertTrue(normal.verification().orElseThrow().isCensored());

        String table = StaffingTable.render(result);
        assertTrue(table.contains("R normal weeks: no headcount within 1..2 meets p90 <= 1000h (at 2: censored 3/3, a miss)"),
                table);
        assertTrue(table.contains("censored 3/3: not estimable, a miss"), table);
        assertTrue(table.contains("more than 10% of the window's work was still open at the end of the horizon"), table);
        assertTrue(table.contains("! censored 3/3"), table);
        String json = StaffingJson.render(result);
        assertTrue(json.contains("\"censored\": 3,\n          \"mean\": null,\n          \"low\": null,\n"
                + "          \"high\": null,\n          \"bound\": null,\n          \"meets\": false"), json);
        assertTrue(json.contains("\"status\": \"notMetWithinBounds\""), json);
    }

    /**
     * Starting from a plan of one specialist, whose p90 no replication can estimate, the search
     * must climb to a stable desk. (Read as "nothing measured", it kept the one specialist and
     * called the plan recommended.)
     */
    @Test
    void theSearchAddsStaffUntilThePercentileCanBeEstimatedAndMet() {
        Scenario scenario = Scenarios.staffed(StaffingSearchTest.scenario(StaffingSearchTest.MMC_SLA), "R", 1, 1);
        StaffingResult result = StaffingSearchTest.search(scenario, "p90 <= 24h", 3, 1, 30, 2);

        LevelAnswer normal = result.regions().get(0).level(StaffingLevel.NORMAL);
        String table = StaffingTable.render(result);
        assertEquals(LevelAnswer.Status.MET, normal.status(), table);
        // Below the offered load (9 specialists) the backlog grows without bound: never enough.
        assertTrue(normal.recommended() >= 9, table);
        StaffingPoint at = normal.point(normal.recommended()).orElseThrow();
        assertTrue(at.meets() && !at.isCensored(), at.toString());
        assertFalse(normal.point(normal.recommended() - 1).orElseThrow().meets(), table);
        // The scenario's own headcount is on the curve: censored, a miss.
        StaffingPoint own = normal.point(1).orElseThrow();
        assertTrue(own.isCensored() && !own.meets(), own.toString());
        assertTrue(table.contains("1/1/1/1        -> " + normal.recommended() + "/1/1/1"), table);
        assertEquals(StaffingResult.Outcome.RECOMMENDED, result.outcome(), table);
    }
}

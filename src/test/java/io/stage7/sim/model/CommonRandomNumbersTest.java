package io.stage7.sim.model;

import io.stage7.calendar.PeriodKind;
import io.stage7.scenario.Coverage;
import io.stage7.scenario.FieldSpec;
import io.stage7.scenario.Scenario;
import io.stage7.sim.random.Bernoulli;
import io.stage7.sim.random.Categorical;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Common random numbers across staffing plans: with coverage {@code never}, a region's whole
 * history (every attempt, with defects, rework, Billing and absence switched on) is the same
 * whatever another region's headcount, because each region draws only from its own streams.
 */
class CommonRandomNumbersTest {

    private static Scenario desk(int emea, int emeaPeriodEnd) {
        return TestDesks.scenario(TestDesks.DESK).name("crn").seed(11)
                .horizon("2026-04-13T00:00:00Z", "2026-05-04T00:00:00Z").warmup(Duration.ofDays(2))
                .region("APAC", 2, 3, 0.1).region("EMEA", emea, emeaPeriodEnd, 0.1)
                .intraday(TestDesks.hours(7, 19)).periodEndMultiplier(PeriodKind.EOQ, 2)
                .source("APAC", "APAC", 12, Map.of("Region", new FieldSpec.Constant("APAC", 0)))
                .source("EMEA", "EMEA", 18, Map.of("Region", new FieldSpec.Constant("EMEA", 0)))
                .field("SubmittedAt", new FieldSpec.SubmissionTime(0))
                .field("Complex__c", new FieldSpec.Flag(new Bernoulli(0.2), 0))
                .field("PO_Number__c", new FieldSpec.Choice(new Categorical<>(List.of("PO-1", "PO-2"),
                        new double[]{1, 1}), 0.2))
                .review("standard", TestDesks.exponential(0.7)).review("complex", TestDesks.exponential(1.8))
                .catchProbability(0.8).rework(TestDesks.exponential(12), 0.9).billing(TestDesks.exponential(36))
                .coverage(Coverage.Policy.NEVER, 0)
                .build();
    }

    private static List<AttemptRow> rows(Scenario scenario, String region) {
        List<AttemptRow> rows = new ArrayList<>();
        TestDesks.model(scenario).run(0, new DeskObserver() {
            @Override
            public void attempt(AttemptRow row) {
                if (row.region().equals(region)) {
                    rows.add(row);
                }
            }
        });
        return rows;
    }

    @Test
    void aRegionsHistoryDoesNotDependOnAnotherRegionsHeadcount() {
        List<AttemptRow> small = rows(desk(2, 3), "APAC");
        List<AttemptRow> large = rows(desk(5, 7), "APAC");
        assertFalse(small.isEmpty());
        assertEquals(small, large);
        assertNotEquals(rows(desk(2, 3), "EMEA"), rows(desk(5, 7), "EMEA"), "EMEA itself did change");
    }
}

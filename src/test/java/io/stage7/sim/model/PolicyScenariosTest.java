package io.stage7.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stage7.scenario.Coverage;
import io.stage7.scenario.RegionPlan;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

/**
 * Each handbook policy, shown changing the outcome of a small scenario on the test desk
 * ({@code src/test/resources/sim/model/desk}: APAC in Sydney and EMEA in Dublin, 08:00-17:00,
 * complex cutoff 16:30 except at EoM/EoQ, EoQ hours 07:00-20:00, fiscal year from February so a
 * quarter ends on 30 April 2026). Standard reviews take 1 hour, complex ones 2. Dublin is UTC+1
 * in April, Sydney UTC+10.
 */
class PolicyScenariosTest {

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    private static TestDesks.Builder desk(String from, String to) {
        return TestDesks.scenario(TestDesks.DESK).horizon(from, to);
    }

    @Test
    void aComplexDealAfterTheCutoffWaitsForTheNextBusinessDayOutsideAPeriodEndButNotInsideOne() {
        Deals deals = new Deals();
        // Tuesday 14 April, 16:45 Dublin: an ordinary day.
        deals.add("ordinary", "EMEA", "2026-04-14T15:45:00Z").complex();
        // Tuesday 28 April, 16:45 Dublin: inside the EoQ window (the last 5 business days of the quarter).
        deals.add("eoq", "EMEA", "2026-04-28T15:45:00Z").complex();
        Recorder run = Deals.run(deals.model(desk("2026-04-13T00:00:00Z", "2026-05-02T00:00:00Z").region("EMEA", 1)));

        AttemptRow ordinary = run.of("ordinary").get(0);
        assertEquals(at("2026-04-15T07:00:00Z"), ordinary.eligible(), "waits for Wednesday 08:00 Dublin");
        assertEquals(at("2026-04-15T09:00:00Z"), ordinary.decided());
        assertEquals("", ordinary.periodEnd());

        AttemptRow eoq = run.of("eoq").get(0);
        assertEquals(at("2026-04-28T15:45:00Z"), eoq.eligible(), "no cutoff at EoQ, and the desk is open until 20:00");
        assertEquals(at("2026-04-28T17:45:00Z"), eoq.decided());
        assertEquals("EoQ", eoq.periodEnd());
    }

    @Test
    void aStandardDealAfterTheCutoffIsWorkedTheSameDay() {
        Deals deals = new Deals();
        deals.add("standard", "EMEA", "2026-04-14T15:45:00Z");
        Recorder run = Deals.run(deals.model(desk("2026-04-13T00:00:00Z", "2026-04-20T00:00:00Z").region("EMEA", 1)));
        assertEquals(at("2026-04-14T15:45:00Z"), run.of("standard").get(0).started());
    }

    @Test
    void aSpecialistMidReviewAtClosingFinishesItButTakesNothingNewUntilTheNextOpening() {
        Deals deals = new Deals();
        deals.add("late", "EMEA", "2026-04-14T15:45:00Z");          // 16:45 Dublin, review until 17:45
        deals.add("queued", "EMEA", "2026-04-14T15:50:00Z");        // 16:50, eligible but the specialist is busy
        Recorder run = Deals.run(deals.model(desk("2026-04-13T00:00:00Z", "2026-04-20T00:00:00Z").region("EMEA", 1)));

        AttemptRow late = run.of("late").get(0);
        assertEquals(at("2026-04-14T16:45:00Z"), late.decided(), "finished at 17:45 Dublin, after closing");
        AttemptRow queued = run.of("queued").get(0);
        assertEquals(at("2026-04-14T15:50:00Z"), queued.eligible());
        assertEquals(at("2026-04-15T07:00:00Z"), queued.started(), "picked at Wednesday's opening, not after the overrun");
    }

    @Test
    void anEscalationIsAcceptedOnAnOrdinaryDayAndRefusedAtEoQ() {
        for (String day : List.of("2026-04-14", "2026-04-28")) {
            Deals deals = new Deals();
            deals.add("first", "EMEA", day + "T07:30:00Z");              // 08:30 Dublin: worked until 09:30
            deals.add("older", "EMEA", day + "T07:40:00Z");              // waits, priority 3
            deals.add("escalated", "EMEA", day + "T07:50:00Z").escalated();
            Recorder run = Deals.run(deals.model(desk(day + "T00:00:00Z", "2026-05-02T00:00:00Z").region("EMEA", 1)));
            AttemptRow escalated = run.of("escalated").get(0);
            AttemptRow older = run.of("older").get(0);
            if (day.equals("2026-04-14")) {
                assertEquals(EscalationStatus.ACCEPTED, escalated.escalation());
                assertEquals(0, escalated.priority(), "the scenario's escalated priority");
                assertTrue(escalated.started() < older.started(), "an accepted escalation jumps the queue");
            } else {
                assertEquals(EscalationStatus.REFUSED, escalated.escalation());
                assertEquals(3, escalated.priority(), "the routed priority");
                assertTrue(older.started() < escalated.started(), "a refused escalation waits its turn");
            }
        }
    }

    @Test
    void backlogCoverageLetsEmeaDrainApacsBacklogAfterApacCloses() {
        // Twenty deals at 09:00 Sydney on Tuesday 14 April; one APAC specialist reviews eight by 17:00
        // Sydney (07:00Z), when Dublin opens. The run ends at 12:00Z.
        Deals deals = new Deals();
        for (int i = 0; i < 20; i++) {
            deals.add("apac-" + i, "APAC", "2026-04-13T23:00:00Z");
        }
        int never = decidedByEmea(deals, Coverage.Policy.NEVER);
        int periodEnd = decidedByEmea(deals, Coverage.Policy.PERIOD_END);
        int backlog = decidedByEmea(deals, Coverage.Policy.BACKLOG);
        assertEquals(0, never, "without coverage EMEA never touches APAC's queue");
        assertEquals(0, periodEnd, "14 April is no period end: PERIOD_END coverage does not apply");
        assertEquals(20 - 8 - 5, backlog, "EMEA helps until APAC's waiting count is back at the threshold of 5");
    }

    private static int decidedByEmea(Deals deals, Coverage.Policy policy) {
        Recorder run = Deals.run(deals.model(desk("2026-04-13T00:00:00Z", "2026-04-14T12:00:00Z")
                .region("APAC", 1).region("EMEA", 3).coverage(policy, 5)));
        long apacDecided = run.attempts.stream().filter(r -> r.outcome().isDecided() && r.reviewerRegion().equals("APAC")).count();
        assertEquals(8, apacDecided, "APAC's own specialist, 09:00-17:00 Sydney");
        return (int) run.attempts.stream().filter(r -> r.outcome().isDecided() && r.reviewerRegion().equals("EMEA")).count();
    }

    @Test
    void periodEndCoverageLetsEmeaHelpApacInsideApacsEoqWindow() {
        // Tuesday 28 April: APAC is in its EoQ window (open 07:00-20:00 Sydney, 21:00Z-10:00Z).
        Deals deals = new Deals();
        for (int i = 0; i < 30; i++) {
            deals.add("apac-" + i, "APAC", "2026-04-27T23:00:00Z");
        }
        Recorder run = Deals.run(deals.model(desk("2026-04-27T00:00:00Z", "2026-04-28T12:00:00Z")
                .region("APAC", 1).region("EMEA", 3).coverage(Coverage.Policy.PERIOD_END, 0)));
        long byEmea = run.attempts.stream().filter(r -> r.reviewerRegion().equals("EMEA")).count();
        assertTrue(byEmea > 0, "EMEA specialists take APAC work at APAC's quarter end");
        assertTrue(run.attempts.stream().allMatch(r -> r.periodEnd().equals("EoQ")));
    }

    @Test
    void extraPeriodEndHeadcountWorksOnlyInsideTheWindows() {
        Deals deals = new Deals();
        deals.add("ordinary", "EMEA", "2026-04-14T09:00:00Z");
        deals.add("eoq", "EMEA", "2026-04-28T09:00:00Z");
        Recorder run = Deals.run(deals.model(desk("2026-04-13T00:00:00Z", "2026-05-02T00:00:00Z")
                .region("EMEA", 0, 1, 0)));
        assertEquals(at("2026-04-24T06:00:00Z"), run.of("ordinary").get(0).started(),
                "nobody on the rota until the EoQ window opens (Friday 24 April, 07:00 Dublin)");
        assertEquals(at("2026-04-28T09:00:00Z"), run.of("eoq").get(0).started(), "the period-end headcount works it");
    }

    /**
     * Each kind of window has its own headcount, and a day inside several windows is staffed by the
     * most significant: the desk rules' EoM is the last 2 business days of a month, EoQ the last 5
     * of a fiscal quarter (the year starts in February), so 29-30 April are both and count as EoQ.
     */
    @Test
    void eachKindOfWindowIsStaffedWithItsOwnHeadcountTheMostSignificantWinning() {
        Deals deals = new Deals();
        deals.add("eom", "EMEA", "2026-03-30T09:00:00Z");       // Monday 30 March: EoM only
        deals.add("eoq", "EMEA", "2026-04-27T09:00:00Z");       // Monday 27 April: EoQ only
        deals.add("eoq-and-eom", "EMEA", "2026-04-30T09:00:00Z"); // Thursday 30 April: EoQ and EoM
        String from = "2026-03-23T00:00:00Z";
        String to = "2026-06-01T00:00:00Z";

        Recorder monthEnds = Deals.run(deals.model(desk(from, to).region("EMEA", new RegionPlan(0, 1, 0, 0, 0))));
        assertEquals(at("2026-03-30T09:00:00Z"), monthEnds.of("eom").get(0).started(), "the EoM headcount works it");
        assertEquals(at("2026-05-28T06:00:00Z"), monthEnds.of("eoq").get(0).started(),
                "nobody at the quarter end: it waits for May's EoM window (Thursday 28 May, 07:00 Dublin)");
        assertTrue(monthEnds.of("eoq-and-eom").get(0).started() > at("2026-05-28T06:00:00Z"),
                "30 April is a quarter end first: the EoM headcount does not staff it");

        Recorder quarterEnds = Deals.run(deals.model(desk(from, to).region("EMEA", new RegionPlan(0, 0, 1, 0, 0))));
        assertEquals(at("2026-04-24T06:00:00Z"), quarterEnds.of("eom").get(0).started(),
                "nobody at the month end: it waits for the EoQ window (Friday 24 April, 07:00 Dublin)");
        assertEquals(at("2026-04-30T09:00:00Z"), quarterEnds.of("eoq-and-eom").get(0).started(),
                "the EoQ headcount staffs a day that is both");
        assertEquals("EoQ", quarterEnds.of("eoq-and-eom").get(0).periodEnd());
    }

    @Test
    void aCaughtDefectIsReworkedAndResubmittedAMissedOneComesBackFromBilling() {
        for (double catchProbability : new double[]{1, 0}) {
            Deals deals = new Deals();
            deals.add("defective", "EMEA", "2026-04-14T09:00:00Z").missingPo();
            Recorder run = Deals.run(deals.model(desk("2026-04-13T00:00:00Z", "2026-04-25T00:00:00Z")
                    .region("EMEA", 1).catchProbability(catchProbability)
                    .rework(TestDesks.fixed(24), 1).billing(TestDesks.fixed(48))));
            List<AttemptRow> attempts = run.of("defective");
            assertEquals(2, attempts.size(), "the first attempt and the fixed resubmission");
            AttemptRow first = attempts.get(0);
            AttemptRow second = attempts.get(1);
            assertTrue(first.defective());
            assertTrue(!second.defective(), "fixed with probability 1");
            assertEquals(Outcome.APPROVED, second.outcome());
            if (catchProbability == 1) {
                assertEquals(Outcome.REJECTED, first.outcome());
                assertEquals(first.decided() + 24 * 3_600_000L, second.submitted(), "rework takes 24 hours");
                assertTrue(run.billingReturns.isEmpty());
            } else {
                assertEquals(Outcome.APPROVED, first.outcome(), "missed: approved");
                assertEquals(List.of(first.decided() + 48 * 3_600_000L), run.billingReturns, "Billing returns it");
                assertEquals(first.decided() + 72 * 3_600_000L, second.submitted(), "then 24 hours of rework");
            }
        }
    }

    @Test
    void aRouteToARegionTheScenarioDoesNotStaffIsCountedUnroutable() {
        Deals deals = new Deals();
        deals.add("lost", "NOWHERE", "2026-04-14T09:00:00Z");
        Recorder run = Deals.run(deals.model(desk("2026-04-13T00:00:00Z", "2026-04-20T00:00:00Z").region("EMEA", 1)));
        AttemptRow lost = run.of("lost").get(0);
        assertEquals(Outcome.UNROUTABLE, lost.outcome());
        assertEquals("region NOWHERE is not staffed in the scenario", lost.unroutableReason());
        assertEquals(1, run.totals.unroutable());
    }

    @Test
    void theSlaCountsTheHandlingRegionsBusinessHours() {
        Deals deals = new Deals();
        deals.add("ordinary", "EMEA", "2026-04-14T15:45:00Z").complex();   // 16:45 Tue, decided 10:00 Wed Dublin
        Recorder run = Deals.run(deals.model(desk("2026-04-13T00:00:00Z", "2026-04-20T00:00:00Z").region("EMEA", 1)));
        AttemptRow row = run.of("ordinary").get(0);
        assertEquals(0.25 + 2, row.businessHours(), 1e-9, "16:45-17:00, then 08:00-10:00");
        assertEquals(17.25, row.wallHours(), 1e-9);
        assertEquals(java.util.Optional.of(true), row.slaMet());
    }

    @Test
    void chatterCasesOpenInSupportHoursAndAreAnsweredAgainstTheFirstResponseSla() {
        Deals deals = new Deals();
        DeskModel model = deals.model(desk("2026-04-13T00:00:00Z", "2026-04-20T00:00:00Z").region("EMEA", 1)
                .chatter(java.util.Map.of("EMEA", 10.0), TestDesks.fixed(0.5), 1));
        Recorder run = Deals.run(model);
        io.stage7.calendar.BusinessCalendar emea = TestDesks.rules(TestDesks.DESK).calendar("EMEA").orElseThrow();
        assertTrue(run.cases.size() > 30, "about 10 a business day for a week: " + run.cases.size());
        for (CaseRow row : run.cases) {
            assertTrue(emea.isOpen(Instant.ofEpochMilli(row.opened())), "opened in support hours: " + row);
            assertEquals("EMEA", row.region());
            if (row.isResponded()) {
                assertEquals(row.started() + 1_800_000L, row.responded(), "half an hour of work");
                assertEquals(row.businessHours() <= 6, row.slaMet().orElseThrow());
            }
        }
        assertEquals(run.totals.cases(), run.cases.size());
        assertTrue(model.firstResponseSla().isPresent());
    }

    @Test
    void absentSpecialistsAreOffTheRotaForTheDay() {
        Deals deals = new Deals();
        Recorder run = Deals.run(deals.model(desk("2026-04-13T00:00:00Z", "2026-05-11T00:00:00Z")
                .region("EMEA", 4, 4, 0.5).timeStep(java.time.Duration.ofHours(1))));
        java.util.Set<Integer> onShiftAtNoon = new java.util.TreeSet<>();
        for (int i = 0; i < run.snapshotTimes.size(); i++) {
            Instant t = Instant.ofEpochMilli(run.snapshotTimes.get(i));
            RegionSnapshot emea = run.snapshots.get(i).get(0);
            assertTrue(emea.onShift() <= 4);
            java.time.ZonedDateTime local = t.atZone(java.time.ZoneId.of("Europe/Dublin"));
            if (local.getHour() == 12 && local.getDayOfWeek().getValue() <= 5) {
                onShiftAtNoon.add(emea.onShift());
            }
            if (local.getDayOfWeek().getValue() > 5) {
                assertEquals(0, emea.onShift(), "nobody works the weekend");
            }
        }
        assertTrue(onShiftAtNoon.size() >= 3, "half the team is out on a given day, differently each day: " + onShiftAtNoon);
    }

    @Test
    void workIsHeldUntilTheRoutesNotBefore() {
        Deals deals = new Deals();
        deals.add("huge", "EMEA", "2026-04-14T08:00:00Z").amount("3000000");   // Tuesday 09:00 Dublin
        Recorder run = Deals.run(deals.model(desk("2026-04-13T00:00:00Z", "2026-04-20T00:00:00Z").region("EMEA", 1)));
        AttemptRow huge = run.of("huge").get(0);
        assertEquals(at("2026-04-15T08:00:00Z"), huge.eligible(), "not before a day after its submission");
        assertEquals(huge.eligible(), huge.started());
    }
}

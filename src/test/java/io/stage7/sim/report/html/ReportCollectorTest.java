package io.stage7.sim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stage7.sim.model.AttemptRow;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.EscalationStatus;
import io.stage7.sim.model.Outcome;
import io.stage7.sim.model.RegionSnapshot;
import io.stage7.sim.model.RunTotals;
import io.stage7.sim.model.SlaTarget;
import io.stage7.sim.report.MetricsCollector;
import io.stage7.sim.report.RunSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** What the report collects: weekly attainment, histogram bins and backlog, pinned by hand-computed values. */
class ReportCollectorTest {

    private static final Optional<SlaTarget> TWELVE_BUSINESS_HOURS = Optional.of(new SlaTarget("Approval", 12, true));

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void theSmallDeskGivesTheHandComputedWeeksBinsAndBacklog() {
        DeskModel model = SmallDesk.model();
        ReportCollector collector = new ReportCollector(model);
        MetricsCollector metrics = new MetricsCollector(model, 0);
        model.run(0, new io.stage7.sim.model.DeskObserver() {
            @Override
            public void attempt(AttemptRow row) {
                collector.attempt(row);
                metrics.attempt(row);
            }

            @Override
            public void snapshot(long time, List<RegionSnapshot> regions) {
                collector.snapshot(time, regions);
            }

            @Override
            public void staffing(int region, long time, int working, int busy) {
                metrics.staffing(region, time, working, busy);
            }

            @Override
            public void finished(long time, RunTotals totals) {
                collector.finished(time, totals);
                metrics.finished(time, totals);
            }
        });
        RunCharts charts = collector.charts();

        assertEquals(List.of("EMEA"), charts.regions());
        // Weeks start on Monday in Dublin; the second ends with the horizon on Saturday 25 April, 01:00 Dublin.
        assertEquals(List.of(new WeekAttainment("EMEA", LocalDate.parse("2026-04-13"), 1, 7, 15, 17),
                new WeekAttainment("EMEA", LocalDate.parse("2026-04-20"), 1, 6, 1, 1)), charts.weeks());

        assertEquals(new TimeHistogram(1, 24), charts.histogram());
        Long[] expected = new Long[25];
        java.util.Arrays.fill(expected, 0L);
        expected[0] = 4L;   // 1 h and 0.25 h on Tuesday, the first of Wednesday's batch (1 h), Monday's (1 h)
        expected[1] = 2L;   // 1.83 h on Tuesday, the second of the batch (2 h)
        for (int bin = 2; bin <= 13; bin++) {
            expected[bin] = 1L; // the batch: 3 to 8 h, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5
        }
        assertEquals(List.of(expected), charts.histogramCounts().get("EMEA"));

        // The bins left of the 12-hour line hold exactly the decisions that met the SLA.
        RunSummary summary = metrics.summary();
        long withinSla = charts.histogramCounts().get("EMEA").subList(0, 12).stream().mapToLong(Long::longValue).sum();
        assertEquals(summary.regions().get("EMEA").slaMet(), withinSla);
        assertEquals(16, withinSla);

        // Hourly steps from the start, and the end of the run.
        assertEquals(12 * 24 + 1, charts.times().size());
        assertEquals(at(SmallDesk.START), charts.times().get(0));
        assertEquals(13.0, backlogAt(charts, "2026-04-15T08:00:00Z"), "14 submitted at 07:30Z, one in review");
        assertEquals(9.0, backlogAt(charts, "2026-04-15T12:00:00Z"), "four decided, one in review");
        assertEquals(5.0, backlogAt(charts, "2026-04-15T20:00:00Z"), "nine decided by 17:30 Dublin, five wait for Thursday");
        assertEquals(0.0, backlogAt(charts, "2026-04-16T13:00:00Z"), "the last one is in review from 12:00 Dublin");
    }

    private static double backlogAt(RunCharts charts, String instant) {
        return charts.backlog("EMEA").get(charts.times().indexOf(at(instant)));
    }

    @Test
    void rowsGoToTheWeekOfTheirLocalSubmissionDateAndTheirRegion() {
        ReportCollector collector = new ReportCollector(List.of("APAC", "EMEA"),
                List.of(ZoneId.of("Australia/Sydney"), ZoneId.of("Europe/Dublin")), TWELVE_BUSINESS_HOURS,
                Instant.parse("2026-04-05T00:00:00Z"), Instant.parse("2026-04-20T00:00:00Z"));
        // Sunday 12 April 20:00Z is Monday 13 April 06:00 in Sydney: the next week there.
        collector.attempt(row("APAC", "2026-04-12T20:00:00Z", Outcome.APPROVED, 3, Optional.of(true)));
        // ... and Sunday 21:00 in Dublin: still the week of 6 April.
        collector.attempt(row("EMEA", "2026-04-12T20:00:00Z", Outcome.APPROVED, 12, Optional.of(true)));
        collector.attempt(row("EMEA", "2026-04-08T10:00:00Z", Outcome.REJECTED, 12.5, Optional.of(false)));
        // Undecided but past the SLA: a miss, but no time to decision.
        collector.attempt(row("EMEA", "2026-04-08T10:00:00Z", Outcome.WAITING, 30, Optional.of(false)));
        // Undecided within the SLA: not measured yet.
        collector.attempt(row("EMEA", "2026-04-17T10:00:00Z", Outcome.IN_REVIEW, 2, Optional.empty()));
        // Unroutable: no region, left out.
        collector.attempt(new AttemptRow("x", 1, "s", "", "", Double.NaN, "", EscalationStatus.NONE, false,
                at("2026-04-08T10:00:00Z"), AttemptRow.NEVER, AttemptRow.NEVER, AttemptRow.NEVER, Outcome.UNROUTABLE,
                "", Double.NaN, Double.NaN, Optional.empty(), "", "no route"));
        collector.finished(at("2026-04-20T00:00:00Z"), null);
        RunCharts charts = collector.charts();

        assertEquals(List.of(
                        new WeekAttainment("APAC", LocalDate.parse("2026-04-13"), 1, 7, 1, 1),
                        // Counted from 5 April (Sunday): 6 April onwards is a full week in Dublin.
                        new WeekAttainment("EMEA", LocalDate.parse("2026-04-06"), 1, 7, 1, 3)),
                charts.weeks());
        assertEquals(OptionalDouble.of(1 / 3.0), charts.weeks().get(1).attainment());
        assertEquals(1L, charts.histogramCounts().get("APAC").get(2), "3 h is in (2, 3]");
        assertEquals(1L, charts.histogramCounts().get("EMEA").get(11), "12 h is in (11, 12]: it met the SLA");
        assertEquals(1L, charts.histogramCounts().get("EMEA").get(12), "12.5 h is in (12, 13]");
        assertEquals(2L, charts.histogramCounts().get("EMEA").stream().mapToLong(Long::longValue).sum(), "decisions only");
    }

    private static AttemptRow row(String region, String submitted, Outcome outcome, double businessHours,
                                  Optional<Boolean> met) {
        long decided = outcome.isDecided() ? at(submitted) + (long) (businessHours * 3_600_000) : AttemptRow.NEVER;
        return new AttemptRow("o", 1, "s", region, region + " Standard", 3, "standard", EscalationStatus.NONE, false,
                at(submitted), at(submitted), outcome == Outcome.WAITING ? AttemptRow.NEVER : at(submitted), decided,
                outcome, outcome == Outcome.WAITING ? "" : region, businessHours, businessHours, met, "", "");
    }

    @Test
    void histogramBinsIncludeTheirUpperEdgeAndEndInAnOverflowBin() {
        TimeHistogram bins = TimeHistogram.forSla(TWELVE_BUSINESS_HOURS);
        assertEquals(new TimeHistogram(1, 24), bins);
        assertEquals(0, bins.bin(0));
        assertEquals(0, bins.bin(-0.0));
        assertEquals(0, bins.bin(1));
        assertEquals(1, bins.bin(1.0001));
        assertEquals(11, bins.bin(12));
        assertEquals(12, bins.bin(12.0001));
        assertEquals(23, bins.bin(24));
        assertEquals(24, bins.bin(24.5), "the overflow bin");
        assertEquals(24, bins.bin(1e9));
        assertEquals(24.0, bins.overflowFrom());
        assertEquals(new TimeHistogram(1, 12), TimeHistogram.forSla(Optional.of(new SlaTarget("R", 6, true))));
        assertEquals(new TimeHistogram(4, 20), TimeHistogram.forSla(Optional.of(new SlaTarget("W", 40, false))),
                "a long SLA gets wider bins, still twice the SLA in all");
        assertEquals(new TimeHistogram(1, 24), TimeHistogram.forSla(Optional.empty()));
    }

    @Test
    void poolingReplicationsAddsCountsAndAveragesTheBacklog() {
        TimeHistogram bins = new TimeHistogram(1, 2);
        RunCharts a = new RunCharts(List.of("EMEA"), 1, List.of(0L, 10L), 1, java.util.Map.of("EMEA", List.of(1L, 4L)), bins,
                java.util.Map.of("EMEA", List.of(1L, 0L, 2L)),
                List.of(new WeekAttainment("EMEA", LocalDate.parse("2026-04-13"), 1, 7, 3, 4)));
        RunCharts b = new RunCharts(List.of("EMEA"), 1, List.of(0L, 10L), 1, java.util.Map.of("EMEA", List.of(2L, 1L)), bins,
                java.util.Map.of("EMEA", List.of(0L, 5L, 0L)),
                List.of(new WeekAttainment("EMEA", LocalDate.parse("2026-04-13"), 1, 7, 2, 2),
                        new WeekAttainment("EMEA", LocalDate.parse("2026-04-20"), 1, 3, 0, 1)));
        RunCharts pooled = RunCharts.pool(List.of(a, b));
        assertEquals(2, pooled.replications());
        assertEquals(List.of(1.5, 2.5), pooled.backlog("EMEA"));
        assertEquals(List.of(1L, 5L, 2L), pooled.histogramCounts().get("EMEA"));
        assertEquals(List.of(new WeekAttainment("EMEA", LocalDate.parse("2026-04-13"), 1, 7, 5, 6),
                new WeekAttainment("EMEA", LocalDate.parse("2026-04-20"), 1, 3, 0, 1)), pooled.weeks());
        assertEquals(pooled, RunCharts.pool(List.of(b, a)), "the order replications finish in does not matter");

        RunCharts other = new RunCharts(List.of("EMEA"), 1, List.of(0L), 1, java.util.Map.of("EMEA", List.of(1L)), bins,
                java.util.Map.of("EMEA", List.of(0L, 0L, 0L)), List.of());
        assertThrows(IllegalArgumentException.class, () -> RunCharts.pool(List.of(a, other)));
    }

    @Test
    void aRunOfAsManyStepsAsPointsKeepsEveryStepAndOneMoreMergesThemInPairs() {
        for (int steps : new int[]{PeakSeries.MAX_POINTS, PeakSeries.MAX_POINTS + 1}) {
            ReportCollector collector = new ReportCollector(List.of("EMEA"), List.of(ZoneId.of("UTC")), Optional.empty(),
                    Instant.EPOCH, Instant.EPOCH.plusSeconds(3600L * steps));
            for (int i = 0; i < steps; i++) {
                collector.snapshot(3_600_000L * i, List.of(snapshot("EMEA", i % 7, i % 3)));
            }
            collector.finished(3_600_000L * steps, null);
            RunCharts charts = collector.charts();
            if (steps == PeakSeries.MAX_POINTS) {
                assertEquals(1, charts.stepsPerPoint());
                assertEquals(Optional.empty(), charts.peakInterval());
                assertEquals(steps, charts.times().size());
                for (int i = 0; i < steps; i++) {
                    assertEquals(3_600_000L * i, charts.times().get(i));
                    assertEquals(i % 7 + i % 3, charts.backlogSums().get("EMEA").get(i));
                }
            } else {
                assertEquals(2, charts.stepsPerPoint());
                assertEquals(Optional.of(java.time.Duration.ofHours(2)), charts.peakInterval());
                assertEquals(steps / 2 + 1, charts.times().size());
                for (int p = 0; p < charts.times().size(); p++) {
                    assertEquals(7_200_000L * p, charts.times().get(p));
                    long peak = 2 * p + 1 < steps ? Math.max(backlog(2 * p), backlog(2 * p + 1)) : backlog(2 * p);
                    assertEquals(peak, charts.backlogSums().get("EMEA").get(p), "point " + p);
                }
            }
        }
    }

    private static long backlog(int step) {
        return step % 7 + step % 3;
    }

    private static RegionSnapshot snapshot(String region, int held, int queued) {
        return new RegionSnapshot(region, held, queued, 0, 0, 0, 0, false);
    }

    @Test
    void fiveYearsOfOneMinuteStepsStayWithinTheCapAndKeepEachIntervalsPeak() {
        List<String> regions = List.of("AMER", "EMEA", "APAC");
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Instant end = Instant.parse("2031-01-01T00:00:00Z");
        ReportCollector collector = new ReportCollector(regions,
                List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("Europe/Dublin"), ZoneId.of("Australia/Sydney")),
                TWELVE_BUSINESS_HOURS, start, end);
        int steps = (int) java.time.Duration.between(start, end).toMinutes();
        int spike = 1_234_567;
        int slots = 0;
        for (int i = 0; i <= steps; i++) {
            int waiting = i % 1000;
            collector.snapshot(start.toEpochMilli() + 60_000L * i, List.of(snapshot("AMER", waiting, 0),
                    snapshot("EMEA", 0, i == spike ? 50_000 : 1), snapshot("APAC", 0, 0)));
            if (i % 100_000 == 0) {
                slots = Math.max(slots, collector.retainedSlots());
            }
        }
        collector.finished(end.toEpochMilli(), null);
        RunCharts charts = collector.charts();

        // 2,629,441 snapshots: 1,024 a point (512 would leave more than 4,096 points).
        assertEquals(2_629_441, steps + 1);
        assertEquals(1024, charts.stepsPerPoint());
        assertEquals((steps + 1 + 1023) / 1024, charts.times().size());
        assertTrue(charts.times().size() <= PeakSeries.MAX_POINTS);
        assertTrue(slots <= PeakSeries.MAX_POINTS * (1 + regions.size()) + 2 * 3 * ReportCollector.MAX_WEEK_POINTS,
                "memory bounded by the caps, not the horizon: " + slots + " slots");
        assertEquals(Optional.of(java.time.Duration.ofMinutes(1024)), charts.peakInterval());
        for (int p = 0; p < charts.times().size(); p++) {
            assertEquals(start.toEpochMilli() + 60_000L * 1024 * p, charts.times().get(p));
        }
        List<Long> amer = charts.backlogSums().get("AMER");
        for (int p = 0; p < amer.size() - 1; p++) {
            assertEquals(999L, amer.get(p), "every full interval of 1,024 minutes reaches 999");
        }
        List<Long> emea = charts.backlogSums().get("EMEA");
        assertEquals(50_000L, emea.get(spike / 1024), "the one-minute spike is the peak of its interval");
        assertEquals(1L, emea.get(spike / 1024 - 1));
        assertEquals(1L, emea.get(spike / 1024 + 1));
    }

    @Test
    void attainmentOverMoreWeeksThanTheCapIsChartedInRunsOfEquallyManyWeeks() {
        // Six years from Thursday 1 January 2026: 314 weeks from Monday 29 December 2025, so runs of two weeks.
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Instant end = Instant.parse("2032-01-01T00:00:00Z");
        ReportCollector collector = new ReportCollector(List.of("EMEA"), List.of(ZoneId.of("UTC")), TWELVE_BUSINESS_HOURS,
                start, end);
        long rows = 0;
        for (Instant day = start; day.isBefore(end); day = day.plus(java.time.Duration.ofDays(1))) {
            collector.attempt(row("EMEA", day.plusSeconds(9 * 3600).toString(), Outcome.APPROVED, 3, Optional.of(rows % 4 != 0)));
            rows++;
        }
        collector.finished(end.toEpochMilli(), null);
        List<WeekAttainment> weeks = collector.charts().weeks();

        assertEquals(157, weeks.size(), "314 weeks, two at a time");
        assertTrue(weeks.size() <= ReportCollector.MAX_WEEK_POINTS);
        assertEquals(2, collector.charts().weeksPerPoint());
        for (int i = 0; i < weeks.size(); i++) {
            assertEquals(2, weeks.get(i).weeks());
            assertEquals(LocalDate.parse("2025-12-29").plusWeeks(2L * i), weeks.get(i).week());
        }
        assertEquals(new WeekAttainment("EMEA", LocalDate.parse("2025-12-29"), 2, 11, 8, 11), weeks.get(0),
                "1 to 11 January; rows 0, 4 and 8 missed");
        assertEquals(14, weeks.get(1).days());
        // The last run, from Monday 22 December 2031, ends with the horizon on Wednesday 31 December.
        assertEquals(LocalDate.parse("2031-12-22"), weeks.get(156).week());
        assertEquals(10, weeks.get(156).days());
        assertTrue(weeks.get(156).partial());
        assertEquals(rows, weeks.stream().mapToLong(WeekAttainment::measured).sum());
        assertEquals(rows - (rows + 3) / 4, weeks.stream().mapToLong(WeekAttainment::met).sum());
    }

    @Test
    void replicationsPoolPointByPointAfterMerging() {
        // Ten hourly steps in at most four points: four steps a point, the last holding two; three
        // weeks of attainment in one point of three weeks.
        int[][] waiting = {{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}, {2, 7, 1, 8, 2, 8, 1, 8, 2, 8}};
        List<RunCharts> runs = new java.util.ArrayList<>();
        for (int r = 0; r < 2; r++) {
            ReportCollector collector = new ReportCollector(List.of("EMEA"), List.of(ZoneId.of("UTC")), TWELVE_BUSINESS_HOURS,
                    Instant.parse("2026-04-13T00:00:00Z"), Instant.parse("2026-05-04T00:00:00Z"), 4, 1);
            for (int i = 0; i < 10; i++) {
                collector.snapshot(at("2026-04-13T00:00:00Z") + 3_600_000L * i, List.of(snapshot("EMEA", waiting[r][i], 0)));
            }
            collector.attempt(row("EMEA", "2026-04-14T09:00:00Z", Outcome.APPROVED, 3, Optional.of(true)));
            collector.attempt(row("EMEA", "2026-04-29T09:00:00Z", Outcome.APPROVED, 13, Optional.of(r == 0)));
            collector.finished(at("2026-05-04T00:00:00Z"), null);
            runs.add(collector.charts());
        }
        assertEquals(List.of(4L, 9L, 5L), runs.get(0).backlogSums().get("EMEA"));
        assertEquals(List.of(8L, 8L, 8L), runs.get(1).backlogSums().get("EMEA"));

        RunCharts pooled = RunCharts.pool(runs);
        assertEquals(List.of(at("2026-04-13T00:00:00Z"), at("2026-04-13T04:00:00Z"), at("2026-04-13T08:00:00Z")),
                pooled.times());
        assertEquals(4, pooled.stepsPerPoint());
        assertEquals(List.of(6.0, 8.5, 6.5), pooled.backlog("EMEA"), "the mean of the replications' peaks");
        assertEquals(List.of(new WeekAttainment("EMEA", LocalDate.parse("2026-04-13"), 3, 21, 3, 4)), pooled.weeks());
        assertEquals(pooled, RunCharts.pool(List.of(runs.get(1), runs.get(0))));

        RunCharts unmerged = new RunCharts(List.of("EMEA"), 1, runs.get(0).times(), 1, runs.get(0).backlogSums(),
                runs.get(0).histogram(), runs.get(0).histogramCounts(), List.of());
        assertThrows(IllegalArgumentException.class, () -> RunCharts.pool(List.of(runs.get(0), unmerged)));
    }

    @Test
    void chartsAreOnlyAvailableOnceTheRunHasFinished() {
        ReportCollector collector = new ReportCollector(List.of("EMEA"), List.of(ZoneId.of("UTC")), Optional.empty(),
                Instant.EPOCH, Instant.EPOCH.plusSeconds(3600));
        assertThrows(IllegalStateException.class, collector::charts);
    }
}

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
        assertEquals(List.of(new WeekAttainment("EMEA", LocalDate.parse("2026-04-13"), 7, 15, 17),
                new WeekAttainment("EMEA", LocalDate.parse("2026-04-20"), 6, 1, 1)), charts.weeks());

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
                        new WeekAttainment("APAC", LocalDate.parse("2026-04-13"), 7, 1, 1),
                        // Counted from 5 April (Sunday): 6 April onwards is a full week in Dublin.
                        new WeekAttainment("EMEA", LocalDate.parse("2026-04-06"), 7, 1, 3)),
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
        RunCharts a = new RunCharts(List.of("EMEA"), 1, List.of(0L, 10L), java.util.Map.of("EMEA", List.of(1L, 4L)), bins,
                java.util.Map.of("EMEA", List.of(1L, 0L, 2L)),
                List.of(new WeekAttainment("EMEA", LocalDate.parse("2026-04-13"), 7, 3, 4)));
        RunCharts b = new RunCharts(List.of("EMEA"), 1, List.of(0L, 10L), java.util.Map.of("EMEA", List.of(2L, 1L)), bins,
                java.util.Map.of("EMEA", List.of(0L, 5L, 0L)),
                List.of(new WeekAttainment("EMEA", LocalDate.parse("2026-04-13"), 7, 2, 2),
                        new WeekAttainment("EMEA", LocalDate.parse("2026-04-20"), 3, 0, 1)));
        RunCharts pooled = RunCharts.pool(List.of(a, b));
        assertEquals(2, pooled.replications());
        assertEquals(List.of(1.5, 2.5), pooled.backlog("EMEA"));
        assertEquals(List.of(1L, 5L, 2L), pooled.histogramCounts().get("EMEA"));
        assertEquals(List.of(new WeekAttainment("EMEA", LocalDate.parse("2026-04-13"), 7, 5, 6),
                new WeekAttainment("EMEA", LocalDate.parse("2026-04-20"), 3, 0, 1)), pooled.weeks());
        assertEquals(pooled, RunCharts.pool(List.of(b, a)), "the order replications finish in does not matter");

        RunCharts other = new RunCharts(List.of("EMEA"), 1, List.of(0L), java.util.Map.of("EMEA", List.of(1L)), bins,
                java.util.Map.of("EMEA", List.of(0L, 0L, 0L)), List.of());
        assertThrows(IllegalArgumentException.class, () -> RunCharts.pool(List.of(a, other)));
    }

    @Test
    void chartsAreOnlyAvailableOnceTheRunHasFinished() {
        ReportCollector collector = new ReportCollector(List.of("EMEA"), List.of(ZoneId.of("UTC")), Optional.empty(),
                Instant.EPOCH, Instant.EPOCH.plusSeconds(3600));
        assertThrows(IllegalStateException.class, collector::charts);
    }
}

package io.stage7.sim.experiment;

import io.stage7.calendar.PeriodKind;
import io.stage7.sim.model.AttemptRow;
import io.stage7.sim.model.CaseRow;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.DeskObserver;
import io.stage7.sim.model.RunTotals;
import io.stage7.sim.report.MetricsCollector;
import io.stage7.sim.report.RunSummary;

import java.time.Instant;
import java.util.Optional;

/**
 * Feeds one run to one {@link MetricsCollector} per {@link StaffingLevel}: each sees every event
 * but only the attempts and cases submitted in its level's window (normal weeks: outside every
 * window; EoQ: on days whose most significant window is an EoQ window), so each level is measured
 * with the report's own definitions. It also splits each region's specialist hours by the level
 * staffing them, for the utilization the search's jumps read.
 */
final class WindowSplit implements DeskObserver {

    private static final int LEVELS = StaffingLevel.values().length;

    private final DeskModel model;
    private final MetricsCollector[] collectors = new MetricsCollector[LEVELS];
    private final long countFrom;
    /** Per region: the last staffing event, and the specialists working and busy since then. */
    private final long[] since;
    private final int[] working;
    private final int[] busy;
    private final StaffingLevel[] level;
    /** Per level and region: specialist-hours on shift and busy (in milliseconds), after the warm-up. */
    private final double[][] workingMillis;
    private final double[][] busyMillis;

    WindowSplit(DeskModel model, int replication) {
        this.model = model;
        for (int l = 0; l < LEVELS; l++) {
            collectors[l] = new MetricsCollector(model, replication);
        }
        countFrom = model.warmupEndMillis();
        int regions = model.regionNames().size();
        since = new long[regions];
        working = new int[regions];
        busy = new int[regions];
        level = new StaffingLevel[regions];
        workingMillis = new double[LEVELS][regions];
        busyMillis = new double[LEVELS][regions];
        long start = model.scenario().start().toEpochMilli();
        for (int r = 0; r < regions; r++) {
            since[r] = start;
            level[r] = levelAt(r, start);
        }
    }

    /** The summary of the work of one level (its per-region metrics are that level's). */
    RunSummary summary(StaffingLevel of) {
        return collectors[of.ordinal()].summary();
    }

    /** Busy over on-shift specialist hours of a region while the level staffed it; NaN without hours. */
    double utilization(StaffingLevel of, int region) {
        double hours = workingMillis[of.ordinal()][region];
        return hours > 0 ? busyMillis[of.ordinal()][region] / hours : Double.NaN;
    }

    private StaffingLevel levelAt(int region, long time) {
        Optional<PeriodKind> kind = model.periodEnds(region).mostSignificant(Instant.ofEpochMilli(time));
        return kind.map(k -> StaffingLevel.values()[k.ordinal() + 1]).orElse(StaffingLevel.NORMAL);
    }

    /** Adds the hours from the last staffing event to {@code time} to the level staffing them then. */
    private void accrue(int region, long time) {
        long from = Math.max(since[region], countFrom);
        if (time > from) {
            int l = level[region].ordinal();
            workingMillis[l][region] += (double) working[region] * (time - from);
            busyMillis[l][region] += (double) busy[region] * (time - from);
        }
        since[region] = time;
    }

    @Override
    public void attempt(AttemptRow row) {
        collectors[StaffingLevel.ofRowLabel(row.periodEnd()).ordinal()].attempt(row);
    }

    @Override
    public void billingReturned(String region, long time, boolean inPeriodEnd) {
        for (MetricsCollector collector : collectors) {
            collector.billingReturned(region, time, inPeriodEnd);
        }
    }

    @Override
    public void resubmitted(String opportunity, long time) {
        for (MetricsCollector collector : collectors) {
            collector.resubmitted(opportunity, time);
        }
    }

    @Override
    public void chatterCase(CaseRow row) {
        collectors[StaffingLevel.ofRowLabel(row.periodEnd()).ordinal()].chatterCase(row);
    }

    @Override
    public void staffing(int region, long time, int workingNow, int busyNow) {
        accrue(region, time);
        working[region] = workingNow;
        busy[region] = busyNow;
        // Staffing is reported at every local midnight, where the level of the day changes.
        level[region] = levelAt(region, time);
        for (MetricsCollector collector : collectors) {
            collector.staffing(region, time, workingNow, busyNow);
        }
    }

    @Override
    public void periodEnd(int region, long time, boolean inside) {
        for (MetricsCollector collector : collectors) {
            collector.periodEnd(region, time, inside);
        }
    }

    @Override
    public void finished(long time, RunTotals totals) {
        for (int r = 0; r < since.length; r++) {
            accrue(r, time);
        }
        for (MetricsCollector collector : collectors) {
            collector.finished(time, totals);
        }
    }
}

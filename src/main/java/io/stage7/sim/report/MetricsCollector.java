package io.stage7.sim.report;

import io.stage7.sim.model.AttemptRow;
import io.stage7.sim.model.CaseRow;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.DeskObserver;
import io.stage7.sim.model.Outcome;
import io.stage7.sim.model.RunTotals;
import io.stage7.sim.kernel.SimTime;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a run reports into its {@link RunSummary}: tallies per region and overall, inside
 * and outside period-end windows, specialist hours after the warm-up, and the conservation counts.
 * One per run.
 */
public final class MetricsCollector implements DeskObserver {

    private final DeskModel model;
    private final int replication;
    private final List<String> regions;
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final long warmupEnd;
    private final Tally overall = new Tally();
    private final Tally overallPeriodEnd = new Tally();
    private final Tally[] byRegion;
    private final Tally[] byRegionPeriodEnd;
    // Specialist hours: the state of each region since its last change.
    private final long[] lastChange;
    private final int[] working;
    private final int[] busy;
    private final boolean[] inPeriodEnd;

    private long opportunities;
    private long resubmissions;
    private RunTotals modelTotals;
    private long endedAt;

    public MetricsCollector(DeskModel model, int replication) {
        this.model = model;
        this.replication = replication;
        this.regions = model.regionNames();
        for (int i = 0; i < regions.size(); i++) {
            regionIndex.put(regions.get(i), i);
        }
        warmupEnd = model.warmupEndMillis();
        int n = regions.size();
        byRegion = new Tally[n];
        byRegionPeriodEnd = new Tally[n];
        for (int i = 0; i < n; i++) {
            byRegion[i] = new Tally();
            byRegionPeriodEnd[i] = new Tally();
        }
        lastChange = new long[n];
        working = new int[n];
        busy = new int[n];
        inPeriodEnd = new boolean[n];
        java.util.Arrays.fill(lastChange, model.scenario().start().toEpochMilli());
    }

    @Override
    public void attempt(AttemptRow row) {
        if (row.attempt() == 1) {
            opportunities++;
        }
        overall.attempt(row);
        if (row.inPeriodEnd()) {
            overallPeriodEnd.attempt(row);
        }
        if (row.outcome() != Outcome.UNROUTABLE) {
            int region = regionIndex.get(row.region());
            byRegion[region].attempt(row);
            if (row.inPeriodEnd()) {
                byRegionPeriodEnd[region].attempt(row);
            }
        }
    }

    @Override
    public void billingReturned(String region, long time, boolean periodEnd) {
        overall.billingReturned();
        byRegion[regionIndex.get(region)].billingReturned();
        if (periodEnd) {
            overallPeriodEnd.billingReturned();
            byRegionPeriodEnd[regionIndex.get(region)].billingReturned();
        }
    }

    @Override
    public void resubmitted(String opportunity, long time) {
        resubmissions++;
    }

    @Override
    public void chatterCase(CaseRow row) {
        int region = regionIndex.get(row.region());
        overall.chatterCase(row);
        byRegion[region].chatterCase(row);
        if (!row.periodEnd().isEmpty()) {
            overallPeriodEnd.chatterCase(row);
            byRegionPeriodEnd[region].chatterCase(row);
        }
    }

    @Override
    public void staffing(int region, long time, int workingNow, int busyNow) {
        advance(region, time);
        working[region] = workingNow;
        busy[region] = busyNow;
    }

    @Override
    public void periodEnd(int region, long time, boolean inside) {
        advance(region, time);
        inPeriodEnd[region] = inside;
    }

    @Override
    public void finished(long time, RunTotals totals) {
        for (int region = 0; region < regions.size(); region++) {
            advance(region, time);
        }
        modelTotals = totals;
        endedAt = time;
    }

    /** Adds the specialist-hours since the region's last change (after the warm-up only). */
    private void advance(int region, long time) {
        long from = Math.max(lastChange[region], warmupEnd);
        if (time > from) {
            double hours = SimTime.hoursFromMillis(time - from);
            add(byRegion[region], overall, hours, region);
            if (inPeriodEnd[region]) {
                add(byRegionPeriodEnd[region], overallPeriodEnd, hours, region);
            }
        }
        lastChange[region] = Math.max(lastChange[region], time);
    }

    private void add(Tally regionTally, Tally total, double hours, int region) {
        regionTally.workingHours += working[region] * hours;
        regionTally.busyHours += busy[region] * hours;
        total.workingHours += working[region] * hours;
        total.busyHours += busy[region] * hours;
    }

    /**
     * The summary of the run.
     *
     * @throws IllegalStateException before the run has finished
     */
    public RunSummary summary() {
        if (modelTotals == null) {
            throw new IllegalStateException("the run has not finished");
        }
        Map<String, Metrics> perRegion = new LinkedHashMap<>();
        Map<String, Metrics> perRegionPeriodEnd = new LinkedHashMap<>();
        for (int i = 0; i < regions.size(); i++) {
            perRegion.put(regions.get(i), byRegion[i].metrics());
            perRegionPeriodEnd.put(regions.get(i), byRegionPeriodEnd[i].metrics());
        }
        // The conservation identities, counted from the rows and events (the overall tally saw
        // every one of them), to be compared with the model's own live counts.
        Metrics all = overall.metrics();
        ChatterMetrics chatter = all.chatter();
        long booked = all.approvals() - all.defectiveApprovals();
        long atBilling = all.defectiveApprovals() - all.billingRejections();
        long inRework = all.rejections() + all.billingRejections() - resubmissions;
        RunTotals reported = new RunTotals(opportunities, all.submitted(), resubmissions, all.decided(),
                all.unroutable(), all.waiting(), all.inReview(), booked, atBilling, inRework, chatter.opened(),
                chatter.responded(), chatter.waiting(), chatter.inProgress());
        return new RunSummary(model.scenario().name(), model.scenario().seed(), replication,
                model.scenario().start(), Instant.ofEpochMilli(endedAt), Instant.ofEpochMilli(warmupEnd),
                model.decidedSla(), model.firstResponseSla(), all, perRegion,
                overallPeriodEnd.metrics(), perRegionPeriodEnd, resubmissions, model.traceOutsideHorizon(),
                new Conservation(reported, modelTotals));
    }

    /** The bucket counts every tally's time histograms hold: what this collector's memory grows with (tests only). */
    int retainedBuckets() {
        int buckets = overall.retainedBuckets() + overallPeriodEnd.retainedBuckets();
        for (int i = 0; i < byRegion.length; i++) {
            buckets += byRegion[i].retainedBuckets() + byRegionPeriodEnd[i].retainedBuckets();
        }
        return buckets;
    }
}

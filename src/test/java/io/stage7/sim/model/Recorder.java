package io.stage7.sim.model;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything a run reports, for assertions. */
final class Recorder implements DeskObserver {
    final List<AttemptRow> attempts = new ArrayList<>();
    final List<CaseRow> cases = new ArrayList<>();
    final List<Long> billingReturns = new ArrayList<>();
    final List<List<RegionSnapshot>> snapshots = new ArrayList<>();
    final List<Long> snapshotTimes = new ArrayList<>();
    RunTotals totals;

    @Override
    public void attempt(AttemptRow row) {
        attempts.add(row);
    }

    @Override
    public void chatterCase(CaseRow row) {
        cases.add(row);
    }

    @Override
    public void billingReturned(String region, long time, boolean inPeriodEnd) {
        billingReturns.add(time);
    }

    @Override
    public void snapshot(long time, List<RegionSnapshot> regions) {
        snapshotTimes.add(time);
        snapshots.add(regions);
    }

    @Override
    public void finished(long time, RunTotals runTotals) {
        totals = runTotals;
    }

    /** The rows of one opportunity, in attempt order. */
    List<AttemptRow> of(String opportunity) {
        return attempts.stream().filter(r -> r.opportunity().equals(opportunity))
                .sorted(java.util.Comparator.comparingInt(AttemptRow::attempt)).toList();
    }
}

package io.stage7.sim.experiment;

import io.stage7.sim.model.AttemptRow;
import io.stage7.sim.model.CaseRow;
import io.stage7.sim.model.DeskObserver;
import io.stage7.sim.model.RegionSnapshot;
import io.stage7.sim.model.RunTotals;
import io.stage7.sim.report.MetricsCollector;

import java.util.List;

/**
 * Feeds one run to two {@link MetricsCollector}s: {@code all} sees everything (its period-end
 * metrics are the period-end windows'), {@code normal} sees every event but only the attempts and
 * cases submitted outside period-end windows (its per-region metrics are the normal weeks'). So
 * both levels are measured with the report's own definitions.
 */
final class WindowSplit implements DeskObserver {

    private final MetricsCollector all;
    private final MetricsCollector normal;

    WindowSplit(MetricsCollector all, MetricsCollector normal) {
        this.all = all;
        this.normal = normal;
    }

    @Override
    public void attempt(AttemptRow row) {
        all.attempt(row);
        if (!row.inPeriodEnd()) {
            normal.attempt(row);
        }
    }

    @Override
    public void billingReturned(String region, long time, boolean inPeriodEnd) {
        all.billingReturned(region, time, inPeriodEnd);
        normal.billingReturned(region, time, inPeriodEnd);
    }

    @Override
    public void resubmitted(String opportunity, long time) {
        all.resubmitted(opportunity, time);
        normal.resubmitted(opportunity, time);
    }

    @Override
    public void chatterCase(CaseRow row) {
        all.chatterCase(row);
        if (row.periodEnd().isEmpty()) {
            normal.chatterCase(row);
        }
    }

    @Override
    public void staffing(int region, long time, int working, int busy) {
        all.staffing(region, time, working, busy);
        normal.staffing(region, time, working, busy);
    }

    @Override
    public void periodEnd(int region, long time, boolean inside) {
        all.periodEnd(region, time, inside);
        normal.periodEnd(region, time, inside);
    }

    @Override
    public void snapshot(long time, List<RegionSnapshot> regions) {
        // Neither collector uses snapshots.
    }

    @Override
    public void finished(long time, RunTotals totals) {
        all.finished(time, totals);
        normal.finished(time, totals);
    }
}

package io.stage7.sim.report;

import io.stage7.sim.model.AttemptRow;
import io.stage7.sim.model.CaseRow;
import io.stage7.sim.model.DeskObserver;
import io.stage7.sim.model.RegionSnapshot;
import io.stage7.sim.model.RunTotals;

import java.util.List;

/** Several observers of one run, called in the order given. */
final class Observers implements DeskObserver {

    private final List<DeskObserver> observers;

    private Observers(List<DeskObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    static DeskObserver of(DeskObserver... observers) {
        return new Observers(List.of(observers));
    }

    @Override
    public void attempt(AttemptRow row) {
        for (DeskObserver observer : observers) {
            observer.attempt(row);
        }
    }

    @Override
    public void billingReturned(String region, long time, boolean inPeriodEnd) {
        for (DeskObserver observer : observers) {
            observer.billingReturned(region, time, inPeriodEnd);
        }
    }

    @Override
    public void resubmitted(String opportunity, long time) {
        for (DeskObserver observer : observers) {
            observer.resubmitted(opportunity, time);
        }
    }

    @Override
    public void chatterCase(CaseRow row) {
        for (DeskObserver observer : observers) {
            observer.chatterCase(row);
        }
    }

    @Override
    public void staffing(int region, long time, int working, int busy) {
        for (DeskObserver observer : observers) {
            observer.staffing(region, time, working, busy);
        }
    }

    @Override
    public void periodEnd(int region, long time, boolean inside) {
        for (DeskObserver observer : observers) {
            observer.periodEnd(region, time, inside);
        }
    }

    @Override
    public void snapshot(long time, List<RegionSnapshot> regions) {
        for (DeskObserver observer : observers) {
            observer.snapshot(time, regions);
        }
    }

    @Override
    public void finished(long time, RunTotals totals) {
        for (DeskObserver observer : observers) {
            observer.finished(time, totals);
        }
    }
}

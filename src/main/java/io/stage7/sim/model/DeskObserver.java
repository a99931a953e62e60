package io.stage7.sim.model;

import java.util.List;

/**
 * What a run of the model reports, as it happens. Only work of counted opportunities and cases
 * (those first submitted at or after the end of the warm-up) is reported as rows and events;
 * staffing changes and snapshots cover the whole run. Calls come in simulated-time order, from the
 * one thread running the replication. Every method does nothing by default.
 */
public interface DeskObserver {

    /** An attempt was decided or found unroutable; at the end of the run, once per attempt still in flight. */
    default void attempt(AttemptRow row) {
    }

    /** Billing sent an approved, defective submission back (it goes to rework). */
    default void billingReturned(String region, long time, boolean inPeriodEnd) {
    }

    /** Sales resubmitted an opportunity after rework (the new attempt follows as its own row). */
    default void resubmitted(String opportunity, long time) {
    }

    /** A Chatter case got its first response; at the end of the run, once per case still open. */
    default void chatterCase(CaseRow row) {
    }

    /**
     * A region's staffing changed: {@code working} specialists are on shift or finishing a review,
     * {@code busy} of them are reviewing.
     */
    default void staffing(int region, long time, int working, int busy) {
    }

    /** A region's local date entered or left a period-end window. */
    default void periodEnd(int region, long time, boolean inside) {
    }

    /** The desk at a time-series step. */
    default void snapshot(long time, List<RegionSnapshot> regions) {
    }

    /** The run ended at {@code time}; the totals are the model's own counts of where everything stands. */
    default void finished(long time, RunTotals totals) {
    }
}

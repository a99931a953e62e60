package io.stage7.sim.model;

import io.stage7.eval.DataRecord;
import io.stage7.eval.Violation;
import io.stage7.sim.kernel.Action;
import io.stage7.sim.kernel.Simulation;
import io.stage7.sim.random.RandomStream;

import java.time.ZoneId;
import java.util.List;

/**
 * One opportunity across its attempts. Between attempts it is at Billing (approved but missing a
 * requirement, not yet returned) or in rework (rejected or returned, not yet resubmitted); its one
 * pending event is Billing's return or the resubmission.
 */
final class Opportunity implements Action {

    enum Phase { ON_DESK, AT_BILLING, IN_REWORK, CLOSED }

    final String id;
    final String source;
    /** The zone TODAY() is read in when the rules evaluate it. */
    final ZoneId zone;
    final long firstSubmitted;
    final boolean counted;
    /** This opportunity's own draws: review times, catches, delays, fixes (see DeskRun). */
    final RandomStream random;
    private final DeskRun run;

    /** The requirements the rules found violated at the latest attempt (warnings too). */
    List<Violation> violated = List.of();
    /** Draws of the scenario's rework changes; split off {@link #random} at the first resubmission that needs it. */
    RandomStream reworkStream;
    DataRecord record;
    /** The record as the previous attempt submitted it; null before the first resubmission. */
    DataRecord previous;
    int attempts;
    Phase phase = Phase.ON_DESK;
    /** The region whose approval Billing will return (for per-region billing rejections). */
    RegionDesk approvedBy;
    boolean approvedInPeriodEnd;

    Opportunity(DeskRun run, String id, String source, ZoneId zone, DataRecord record, long firstSubmitted, boolean counted,
                RandomStream random) {
        this.run = run;
        this.id = id;
        this.source = source;
        this.zone = zone;
        this.record = record;
        this.firstSubmitted = firstSubmitted;
        this.counted = counted;
        this.random = random;
    }

    @Override
    public void fire(Simulation simulation) {
        if (phase == Phase.AT_BILLING) {
            run.billingReturned(this);
        } else {
            run.resubmit(this);
        }
    }
}

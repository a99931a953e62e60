package io.stage7.sim.model;

import java.util.Objects;

/**
 * One region's desk at an instant (a row of the time series).
 *
 * @param held       attempts routed here that may not be worked yet (outside support hours, before
 *                   their not_before, held by the complex cutoff)
 * @param queued     attempts eligible and waiting for a specialist
 * @param casesWaiting Chatter cases waiting for a first response
 * @param inReview   attempts and cases of this region's queue being worked (by anyone)
 * @param busy       this region's specialists working (on any region's work)
 * @param onShift    this region's specialists on shift, plus any finishing a review after their shift ended
 * @param inPeriodEnd whether the region's local date is inside a period-end window
 */
public record RegionSnapshot(String region, int held, int queued, int casesWaiting, int inReview, int busy,
                             int onShift, boolean inPeriodEnd) {
    public RegionSnapshot {
        Objects.requireNonNull(region, "region");
    }
}

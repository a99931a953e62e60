package io.stage7.sim.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One Sales-Support Chatter case: opened in a region, answered by a specialist (its first response)
 * or still open at the end of the run. Times are epoch milliseconds; {@link AttemptRow#NEVER} when
 * it did not happen.
 *
 * @param responded     when the first response was given; NEVER if still open
 * @param businessHours business hours from opening to the first response (or the end of the run)
 *                      on the first-response SLA's calendar
 * @param slaMet        whether the first response met the SLA; false for an open case already past
 *                      it; empty for an open case still within it
 */
public record CaseRow(String id, String region, long opened, long started, long responded, double businessHours,
                      Optional<Boolean> slaMet, String periodEnd) {
    public CaseRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(slaMet, "slaMet");
        Objects.requireNonNull(periodEnd, "periodEnd");
    }

    /** Whether it has had its first response. */
    public boolean isResponded() {
        return responded != AttemptRow.NEVER;
    }
}

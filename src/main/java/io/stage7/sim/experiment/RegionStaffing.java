package io.stage7.sim.experiment;

import java.util.Objects;

/** The staffing search's answers for one region: normal weeks and the period-end windows. */
public record RegionStaffing(String region, LevelAnswer normal, LevelAnswer periodEnd) {

    public RegionStaffing {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(normal, "normal");
        Objects.requireNonNull(periodEnd, "periodEnd");
    }

    /** The answer for one level. */
    public LevelAnswer level(StaffingLevel level) {
        return level == StaffingLevel.NORMAL ? normal : periodEnd;
    }

    /** Whether every measured level met the target within the bounds. */
    public boolean met() {
        return normal.status() != LevelAnswer.Status.NOT_MET_WITHIN_BOUNDS
                && periodEnd.status() != LevelAnswer.Status.NOT_MET_WITHIN_BOUNDS;
    }
}

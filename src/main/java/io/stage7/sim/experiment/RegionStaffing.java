package io.stage7.sim.experiment;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The staffing search's answers for one region: normal weeks and each kind of period-end window. */
public record RegionStaffing(String region, Map<StaffingLevel, LevelAnswer> levels) {

    public RegionStaffing {
        Objects.requireNonNull(region, "region");
        EnumMap<StaffingLevel, LevelAnswer> copy = new EnumMap<>(StaffingLevel.class);
        copy.putAll(levels);
        for (StaffingLevel level : StaffingLevel.values()) {
            Objects.requireNonNull(copy.get(level), () -> "no answer for " + level);
        }
        levels = java.util.Collections.unmodifiableMap(copy);
    }

    /** The answer for one level. */
    public LevelAnswer level(StaffingLevel level) {
        return levels.get(level);
    }

    /** Whether every measured level met the target within the bounds. */
    public boolean met() {
        return levels.values().stream().noneMatch(a -> a.status() == LevelAnswer.Status.NOT_MET_WITHIN_BOUNDS);
    }

    /** Whether the verification run met the target at every level it measured. */
    public boolean verified() {
        return levels.values().stream().allMatch(a -> a.verification().map(StaffingPoint::meets).orElse(true));
    }
}

package io.stage7.sim.experiment;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The staffing search's answer for one level of one region.
 *
 * @param status    whether a headcount within the bounds met the target
 * @param headcount the smallest headcount that met it (status {@link Status#MET}); empty otherwise
 * @param curve     every headcount evaluated, ascending
 */
public record LevelAnswer(Status status, OptionalInt headcount, List<StaffingPoint> curve) {

    /** How the search of one level ended. */
    public enum Status {
        /** The smallest headcount within the bounds that meets the target was found. */
        MET("met"),
        /** Not even the upper bound meets the target. */
        NOT_MET_WITHIN_BOUNDS("notMetWithinBounds"),
        /** No replication measured the metric in this window (no period-end windows in the horizon, no Chatter). */
        NOT_MEASURED("notMeasured");

        private final String key;

        Status(String key) {
            this.key = key;
        }

        /** Its name in {@code staff.json}. */
        public String key() {
            return key;
        }
    }

    public LevelAnswer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(headcount, "headcount");
        curve = List.copyOf(curve);
        if ((status == Status.MET) != headcount.isPresent()) {
            throw new IllegalArgumentException("a headcount goes with status MET, and only with it");
        }
    }
}

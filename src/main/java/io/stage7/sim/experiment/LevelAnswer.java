package io.stage7.sim.experiment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The staffing search's answer for one level of one region.
 *
 * @param status       whether a headcount within the bounds met the target
 * @param current      the scenario's headcount for this level (clipped to the search's bounds)
 * @param recommended  the headcount of the recommended plan: the answer when met, the upper bound
 *                     when nothing within the bounds meets, the current headcount when not measured
 * @param curve        the marginal curve, ascending: this level's headcount varied with every other
 *                     headcount of every region at the recommended plan, the same random numbers
 * @param verification the recommended plan's point in the verification run (fresh random numbers);
 *                     empty when not measured there
 */
public record LevelAnswer(Status status, int current, int recommended, List<StaffingPoint> curve,
                          Optional<StaffingPoint> verification) {

    /** How the search of one level ended. */
    public enum Status {
        /** The smallest headcount within the bounds that meets the target was found. */
        MET("met"),
        /** Not even the upper bound meets the target. */
        NOT_MET_WITHIN_BOUNDS("notMetWithinBounds"),
        /** No replication measured the metric in this window (no such windows in the horizon, no Chatter). */
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
        curve = List.copyOf(curve);
        Objects.requireNonNull(verification, "verification");
    }

    /** The smallest headcount that met the target; empty unless {@link Status#MET}. */
    public OptionalInt headcount() {
        return status == Status.MET ? OptionalInt.of(recommended) : OptionalInt.empty();
    }

    /** The curve's point at {@code headcount}, if measured. */
    public Optional<StaffingPoint> point(int headcount) {
        return curve.stream().filter(p -> p.headcount() == headcount).findFirst();
    }

    /**
     * Whether the marginal curve backs the recommendation: a met level meets at the recommended
     * headcount and not one below (unless that is below the bounds); a level not met within the
     * bounds does not meet at the upper bound.
     */
    boolean curveAgrees(int min) {
        switch (status) {
            case MET:
                return point(recommended).map(StaffingPoint::meets).orElse(false)
                        && (recommended <= min || point(recommended - 1).map(p -> !p.meets()).orElse(false));
            case NOT_MET_WITHIN_BOUNDS:
                return point(recommended).map(p -> !p.meets()).orElse(false);
            default:
                return true;
        }
    }
}

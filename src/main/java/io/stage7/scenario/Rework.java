package io.stage7.scenario;

import io.stage7.sim.random.Distribution;

import java.util.List;
import java.util.Objects;

/**
 * Sales' side of a rejection: the Chatter tag, the fix, the resubmission.
 *
 * @param delayHours     wall-clock hours from rejection (or Billing's return) to resubmission
 * @param fixProbability the probability that the resubmission has every requirement met
 * @param changes        how sales changes the record as it reworks it, besides the submission
 *                       instant (none: the record is resubmitted as it was)
 */
public record Rework(Distribution delayHours, double fixProbability, List<Change> changes) {
    public Rework {
        Objects.requireNonNull(delayHours, "delayHours");
        if (!(fixProbability >= 0 && fixProbability <= 1)) {
            throw new IllegalArgumentException("fix probability must be in [0, 1], got " + fixProbability);
        }
        changes = List.copyOf(changes);
    }

    /** Rework that changes nothing but the submission instant. */
    public Rework(Distribution delayHours, double fixProbability) {
        this(delayHours, fixProbability, List.of());
    }

    /**
     * A number field that may rise in rework: with {@code probability} at each resubmission, by
     * a percentage drawn from {@code risePercent} (a blank value stays blank).
     *
     * @param field       the field's name as the rules declare it (a Number, Currency or Percent
     *                    field of the load object)
     * @param probability the probability that a resubmission changes the field
     * @param risePercent the rise, in percent of the value before rework
     * @param scale       the decimals the new value keeps (rounded half up): the field's own, as
     *                    drawn field values keep them
     */
    public record Change(String field, double probability, Distribution risePercent, int scale) {
        public Change {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(risePercent, "risePercent");
            if (scale < 0) {
                throw new IllegalArgumentException("scale must not be negative, got " + scale);
            }
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
            }
        }
    }
}

package io.stage7.scenario;

import io.stage7.sim.random.Distribution;

import java.util.Objects;

/**
 * Sales' side of a rejection: the Chatter tag, the fix, the resubmission.
 *
 * @param delayHours     wall-clock hours from rejection (or Billing's return) to resubmission
 * @param fixProbability the probability that the resubmission has every requirement met
 */
public record Rework(Distribution delayHours, double fixProbability) {
    public Rework {
        Objects.requireNonNull(delayHours, "delayHours");
        if (!(fixProbability >= 0 && fixProbability <= 1)) {
            throw new IllegalArgumentException("fix probability must be in [0, 1], got " + fixProbability);
        }
    }
}

package io.stage7.scenario;

import io.stage7.sim.random.Distribution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long reviews take and how good they are.
 *
 * @param reviewHours       hours of a specialist's work per review, by complexity ("standard", "complex")
 * @param catchProbability  the probability that a review catches a submission's violated requirements
 *                          (caught: rejected and sent back to sales; missed: approved, and Billing returns it)
 * @param escalatedPriority the queue priority an accepted escalation jumps to (lower is sooner)
 */
public record Service(Map<String, Distribution> reviewHours, double catchProbability, int escalatedPriority) {
    public Service {
        reviewHours = Collections.unmodifiableMap(new LinkedHashMap<>(reviewHours));
        if (!(catchProbability >= 0 && catchProbability <= 1)) {
            throw new IllegalArgumentException("catch probability must be in [0, 1], got " + catchProbability);
        }
    }

    /** The review time for a complexity; the scenario validator guarantees one for every complexity the rules assign. */
    public Distribution reviewHours(String complexity) {
        Distribution hours = reviewHours.get(complexity);
        return Objects.requireNonNull(hours, () -> "no review time for complexity '" + complexity + "'");
    }
}

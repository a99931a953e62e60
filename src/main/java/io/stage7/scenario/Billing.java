package io.stage7.scenario;

import io.stage7.sim.random.Distribution;

import java.util.Objects;

/**
 * Billing's final review: an approved submission that still misses a requirement comes back
 * after {@code returnHours} (wall-clock), counts against approval accuracy, and goes to rework.
 */
public record Billing(Distribution returnHours) {
    public Billing {
        Objects.requireNonNull(returnHours, "returnHours");
    }
}

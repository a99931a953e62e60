package io.stage7.eval;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The evaluation clock: what {@code NOW()} returns, and the zone whose calendar date
 * {@code TODAY()} is. The caller sets it (the simulator sets it to simulated time); evaluation
 * never reads the system clock.
 */
public record EvalContext(Instant now, ZoneId zone) {
    public EvalContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
    }

    /** The clock at an instant, with TODAY() taken in GMT, as Salesforce's default for integrations. */
    public static EvalContext at(Instant now) {
        return new EvalContext(now, ZoneOffset.UTC);
    }
}

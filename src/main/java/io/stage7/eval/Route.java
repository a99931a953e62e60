package io.stage7.eval;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one routing set for a record: the entry that matched (first match wins) and
 * what it assigned. Unassigned optional targets are empty.
 *
 * @param entry the matching entry's 1-based number in its routing set
 */
public record Route(String routing, int entry, String queue, String region, Optional<BigDecimal> priority,
                    Optional<String> complexity, Optional<Instant> notBefore) {
    public Route {
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(complexity, "complexity");
        Objects.requireNonNull(notBefore, "notBefore");
    }
}

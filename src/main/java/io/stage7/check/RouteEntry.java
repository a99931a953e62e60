package io.stage7.check;

import io.stage7.ast.Expr;
import io.stage7.diag.SourceSpan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One checked entry of a routing set.
 *
 * @param number      1-based position in the routing set
 * @param condition   the Checkbox formula; empty for {@code otherwise}
 * @param assignments the assigned formulas by target; QUEUE and REGION are always present
 * @param reachable   false when an earlier entry always matches (reported as a warning)
 */
public record RouteEntry(int number, Optional<Expr> condition, Map<AssignmentTarget, Expr> assignments,
                         boolean reachable, SourceSpan span) {

    public RouteEntry {
        Objects.requireNonNull(condition, "condition");
        EnumMap<AssignmentTarget, Expr> copy = new EnumMap<>(AssignmentTarget.class);
        copy.putAll(assignments);
        assignments = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(span, "span");
    }

    public boolean isOtherwise() {
        return condition.isEmpty();
    }

    public Optional<Expr> assignment(AssignmentTarget target) {
        return Optional.ofNullable(assignments.get(target));
    }
}

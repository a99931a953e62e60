package io.stage7.eval.interp;

import io.stage7.eval.Route;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a routing set chose its entry for one record: each entry in order, up to the one that
 * matched, and the outcome.
 *
 * @param name    the routing set
 * @param entries every entry of the set, in order (those after the match marked NOT_REACHED)
 * @param route   the route, when an entry matched and assigned a queue and a region
 * @param failure why the set produced no route: the {@link io.stage7.eval.RuleFailure} message
 */
public record ExplainedRouting(String name, List<Entry> entries, Optional<Route> route, Optional<String> failure) {

    public ExplainedRouting {
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(failure, "failure");
        if (route.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a routing set has either a route or a failure");
        }
    }

    /** What became of one entry. */
    public enum Outcome {
        /** Its condition was TRUE (or it is {@code otherwise}): it decided the route. */
        MATCHED,
        /** Its condition was FALSE or blank. */
        NOT_MATCHED,
        /** Its condition raised a runtime error, which failed the routing set. */
        FAILED,
        /** An earlier entry matched or failed, so this one was not evaluated. */
        NOT_REACHED
    }

    /**
     * One routing entry.
     *
     * @param number      its 1-based position in the set
     * @param outcome     what became of it
     * @param condition   the explained condition (not evaluated when NOT_REACHED); empty for
     *                    {@code otherwise}
     * @param assignments the explained assignments of the matching entry, in the order queue, region,
     *                    priority, complexity, not_before; empty for the other entries
     */
    public record Entry(int number, Outcome outcome, Optional<ExplainedNode> condition,
                        List<Assignment> assignments) {
        public Entry {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(condition, "condition");
            assignments = List.copyOf(assignments);
        }

        public boolean isOtherwise() {
            return condition.isEmpty();
        }
    }

    /** {@code queue = ...}: one assignment of the matching entry and its explained formula. */
    public record Assignment(String target, ExplainedNode value) {
        public Assignment {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The routing set as a text block; see {@link Explanation#render()}. */
    public String render() {
        StringBuilder out = new StringBuilder();
        ExplanationRenderer.routing(out, this);
        return out.toString();
    }
}

package io.stage7.bench;

import io.stage7.eval.Decision;
import io.stage7.eval.Route;
import io.stage7.eval.Violation;

import java.util.List;

/**
 * What one {@link Decision} of the team rules is made of, kept so that {@link #rebuild} can
 * allocate that Decision afresh and nothing else: the lists, the route, and the queue name
 * (which the rules compute by concatenation, so it is rebuilt by concatenation of the same two
 * parts). Violations, routing names and constant Optionals are shared objects, as in the compiled
 * rule set. {@code TeamRulesBenchmark.decisionOnly} uses it to measure the bytes a returned
 * Decision takes, the floor for the compiled evaluator's allocation.
 */
final class DecisionParts {
    private final String recordId;
    private final Violation[] violations;
    private final Route route;
    private final String queueHead;
    private final String queueTail;

    DecisionParts(Decision decision) {
        if (decision.routes().size() != 1 || !decision.failures().isEmpty()) {
            throw new IllegalArgumentException("expected one route and no failures: " + decision);
        }
        this.recordId = decision.recordId();
        this.violations = decision.violations().toArray(new Violation[0]);
        this.route = decision.routes().get(0);
        String queue = route.queue();
        int space = queue.indexOf(' ');
        this.queueHead = space < 0 ? queue : queue.substring(0, space);
        this.queueTail = space < 0 ? "" : queue.substring(space);
    }

    /** A new Decision equal to the original, allocated as the evaluator allocates its result. */
    Decision rebuild() {
        String queue = queueTail.isEmpty() ? queueHead : queueHead.concat(queueTail);
        Route fresh = new Route(route.routing(), route.entry(), queue, route.region(), route.priority(),
                route.complexity(), route.notBefore());
        return new Decision(recordId, list(violations), List.of(fresh), List.of());
    }

    private static List<Violation> list(Violation[] violations) {
        switch (violations.length) {
            case 0:
                return List.of();
            case 1:
                return List.of(violations[0]);
            case 2:
                return List.of(violations[0], violations[1]);
            default:
                return List.of(violations);
        }
    }
}

package io.stage7.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules decided for one record: the requirements that fired (in declaration order),
 * the route of each routing set on the record's object (in declaration order), and the rules that
 * failed at run time.
 */
public record Decision(String recordId, List<Violation> violations, List<Route> routes, List<RuleFailure> failures) {
    public Decision {
        Objects.requireNonNull(recordId, "recordId");
        violations = List.copyOf(violations);
        routes = List.copyOf(routes);
        failures = List.copyOf(failures);
    }

    /** The route of the named routing set, when it matched. */
    public Optional<Route> route(String routing) {
        for (Route route : routes) {
            if (route.routing().equalsIgnoreCase(routing)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** Whether any error-severity requirement fired (a warning does not block approval). */
    public boolean hasErrors() {
        for (Violation violation : violations) {
            if (violation.isError()) {
                return true;
            }
        }
        return false;
    }
}

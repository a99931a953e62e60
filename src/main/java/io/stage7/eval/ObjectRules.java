package io.stage7.eval;

import java.util.List;
import java.util.Objects;

/**
 * The rules an evaluator applies to one object's records, numbered as an {@link Outcome} reports
 * them: requirement {@code i} is the {@code i}-th active requirement on the object in declaration
 * order, and routing set {@code j} the {@code j}-th routing set on it. Immutable.
 *
 * @param object       the object's name
 * @param requirements the violation each active requirement reports when it fires, by number
 * @param routings     the names of the routing sets, by number
 */
public record ObjectRules(String object, List<Violation> requirements, List<String> routings) {
    public ObjectRules {
        Objects.requireNonNull(object, "object");
        requirements = List.copyOf(requirements);
        routings = List.copyOf(routings);
    }

    /** The number of the named active requirement (ignoring case), or -1. */
    public int requirementNumber(String requirement) {
        for (int i = 0; i < requirements.size(); i++) {
            if (requirements.get(i).requirement().equalsIgnoreCase(requirement)) {
                return i;
            }
        }
        return -1;
    }

    /** The number of the named routing set (ignoring case), or -1. */
    public int routingNumber(String routing) {
        for (int j = 0; j < routings.size(); j++) {
            if (routings.get(j).equalsIgnoreCase(routing)) {
                return j;
            }
        }
        return -1;
    }
}

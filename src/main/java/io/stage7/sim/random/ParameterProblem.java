package io.stage7.sim.random;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A distribution parameter that a user got wrong: which parameter, and a message that reads on
 * its own, such as {@code "mean must be positive, got -2"}. The scenario reader prefixes the
 * YAML path of the distribution; {@code index} points into a list parameter ({@code values},
 * {@code weights}) when the problem is one element of it.
 */
public record ParameterProblem(String parameter, OptionalInt index, String message) {

    public ParameterProblem {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with a whole parameter. */
    public static ParameterProblem of(String parameter, String message) {
        return new ParameterProblem(parameter, OptionalInt.empty(), message);
    }

    /** A problem with one element of a list parameter. */
    public static ParameterProblem atIndex(String parameter, int index, String message) {
        return new ParameterProblem(parameter, OptionalInt.of(index), message);
    }

    /** The parameter, with the index when there is one: {@code mean}, {@code weights[2]}. */
    public String location() {
        return index.isPresent() ? parameter + "[" + index.getAsInt() + "]" : parameter;
    }

    @Override
    public String toString() {
        return location() + ": " + message;
    }
}

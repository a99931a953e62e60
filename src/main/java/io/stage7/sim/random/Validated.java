package io.stage7.sim.random;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Either a value built from user-supplied parameters, or every problem with those parameters.
 * Factories in {@link Distributions} return this instead of throwing, so that the scenario reader
 * can report each problem at its YAML path.
 */
public sealed interface Validated<T> permits Validated.Valid, Validated.Invalid {

    /** The parameters were good. */
    record Valid<T>(T value) implements Validated<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<ParameterProblem> problems() {
            return List.of();
        }
    }

    /** The parameters were bad, for at least one reason. */
    record Invalid<T>(List<ParameterProblem> problems) implements Validated<T> {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs at least one problem");
            }
        }
    }

    /** Every problem found; empty when valid. */
    List<ParameterProblem> problems();

    /** Whether the parameters were good. */
    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The value if valid. */
    default Optional<T> toOptional() {
        return this instanceof Valid<T> valid ? Optional.of(valid.value()) : Optional.empty();
    }

    /**
     * The value, for callers whose parameters are constants in code.
     *
     * @throws IllegalArgumentException listing every problem, if invalid
     */
    default T orElseThrow() {
        if (this instanceof Valid<T> valid) {
            return valid.value();
        }
        throw new IllegalArgumentException(
                problems().stream().map(ParameterProblem::toString).collect(Collectors.joining("; ")));
    }

    /** Valid if {@code problems} is empty, with the value {@code build} makes; otherwise invalid. */
    static <T> Validated<T> of(List<ParameterProblem> problems, java.util.function.Supplier<? extends T> build) {
        if (!problems.isEmpty()) {
            return new Invalid<>(problems);
        }
        try {
            return new Valid<>(build.get());
        } catch (IllegalArgumentException e) {
            // Parameters fine one by one can still meet at a value no double holds (a sigma of 0
            // from a tiny sd over a huge mean): a problem with the parameters, not a bug.
            return new Invalid<>(List.of(ParameterProblem.of("", "these parameters give no usable distribution ("
                    + e.getMessage() + ")")));
        }
    }
}

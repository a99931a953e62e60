package io.stage7.sim.random;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One of a fixed list of values, each with a weight: a picklist field, a region, a product mix.
 * Weights need not sum to 1; each value's probability is its weight over the total. One draw per
 * sample; the order of the values is part of the definition (it decides which value a given draw
 * maps to), so keep it stable for common random numbers.
 *
 * @param <T> the value type, typically {@code String}
 */
public final class Categorical<T> {

    private final List<T> values;
    private final double[] cumulative;

    /** @throws IllegalArgumentException on the problems {@link Distributions#categorical} reports */
    public Categorical(List<T> values, double[] weights) {
        Checks.throwIfAny(problems(values, weights));
        this.values = List.copyOf(values);
        double total = Arrays.stream(weights).sum();
        cumulative = new double[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            cumulative[i] = running / total;
        }
        // Rounding must not leave a sliver above the last bound that no value owns.
        for (int i = weights.length - 1; i >= 0; i--) {
            cumulative[i] = 1.0;
            if (weights[i] > 0) {
                break;
            }
        }
    }

    static <T> List<ParameterProblem> problems(List<T> values, double[] weights) {
        List<ParameterProblem> problems = new ArrayList<>();
        if (values.isEmpty()) {
            problems.add(ParameterProblem.of("values", "values must list at least one value"));
        }
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            T value = Objects.requireNonNull(values.get(i), "values contains null");
            if (!seen.add(value)) {
                problems.add(ParameterProblem.atIndex("values", i, "value \"" + value + "\" is listed more than once"));
            }
        }
        if (weights.length != values.size()) {
            problems.add(ParameterProblem.of("weights", "weights must have one entry per value: "
                    + values.size() + " values, " + weights.length + " weights"));
            return problems;
        }
        boolean anyPositive = false;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                problems.add(ParameterProblem.atIndex("weights", i, "the weight of \"" + values.get(i)
                        + "\" must be a non-negative number, got " + Checks.format(weights[i])));
            } else if (weights[i] > 0) {
                anyPositive = true;
            }
        }
        if (problems.isEmpty() && !anyPositive && !values.isEmpty()) {
            problems.add(ParameterProblem.of("weights", "at least one weight must be positive"));
        }
        return problems;
    }

    /** The values, in the order given. */
    public List<T> values() {
        return values;
    }

    /** The probability of {@code value}: 0 if it is not one of the values. */
    public double probability(T value) {
        int index = values.indexOf(value);
        if (index < 0) {
            return 0;
        }
        return index == 0 ? cumulative[0] : cumulative[index] - cumulative[index - 1];
    }

    /** One sample. */
    public T sample(RandomGenerator stream) {
        double u = Uniforms.halfOpen(stream);
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (u < cumulative[middle]) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return values.get(low);
    }

    @Override
    public String toString() {
        return "Categorical" + values;
    }
}

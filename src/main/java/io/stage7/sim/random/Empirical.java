package io.stage7.sim.random;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The observed values themselves: each sample is one of them, chosen uniformly (a bootstrap
 * resample).
 *
 * <p>Chosen over an interpolated empirical CDF because it keeps the observations' mean and
 * variance exactly (the planner who pasted last quarter's review times gets last quarter's
 * average back), keeps spikes such as many reviews of exactly 0.5 hours, and invents no values
 * between or beyond what was observed. It needs a reasonable number of observations (dozens at
 * least) to represent the tail. Sampled with one draw.
 */
public final class Empirical implements Distribution {

    private final double[] values;
    private final double mean;
    private final double variance;

    /** @throws IllegalArgumentException if there are no values or one is not finite */
    public Empirical(double[] values) {
        Checks.throwIfAny(problems(values));
        this.values = values.clone();
        double sum = 0;
        for (double value : this.values) {
            sum += value;
        }
        mean = sum / this.values.length;
        double squares = 0;
        for (double value : this.values) {
            squares += (value - mean) * (value - mean);
        }
        variance = squares / this.values.length;
    }

    static List<ParameterProblem> problems(double[] values) {
        List<ParameterProblem> problems = new ArrayList<>();
        if (values.length == 0) {
            problems.add(ParameterProblem.of("values", "values must list at least one observation"));
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                problems.add(ParameterProblem.atIndex("values", i,
                        "values must be finite numbers, got " + Checks.format(values[i])));
            }
        }
        return problems;
    }

    /** The observations, in the order given. */
    public double[] values() {
        return values.clone();
    }

    @Override
    public double sample(RandomGenerator stream) {
        int index = (int) (Uniforms.halfOpen(stream) * values.length);
        // The product can round up to the length itself; that one case belongs to the last value.
        return values[Math.min(index, values.length - 1)];
    }

    @Override
    public double mean() {
        return mean;
    }

    /** The variance of the observations as a population (divided by n), which is what sampling reproduces. */
    @Override
    public double variance() {
        return variance;
    }

    @Override
    public double lowerBound() {
        return Arrays.stream(values).min().orElseThrow();
    }

    @Override
    public double upperBound() {
        return Arrays.stream(values).max().orElseThrow();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Empirical empirical && Arrays.equals(values, empirical.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Empirical[" + values.length + " values, mean=" + mean + "]";
    }
}

package io.stage7.sim.random;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Exponential with the given mean (rate = 1 / mean): inter-arrival times of a Poisson process,
 * memoryless service times. Sampled by inversion, {@code -mean * ln(U)}.
 */
public record Exponential(double mean) implements Distribution {

    public Exponential {
        Checks.throwIfAny(problems(mean));
    }

    static List<ParameterProblem> problems(double mean) {
        List<ParameterProblem> problems = new ArrayList<>();
        Checks.positive(problems, "mean", mean);
        return problems;
    }

    /** Events per unit of time. */
    public double rate() {
        return 1 / mean;
    }

    @Override
    public double sample(RandomGenerator stream) {
        return -mean * Math.log(Uniforms.open(stream));
    }

    @Override
    public double variance() {
        return mean * mean;
    }

    @Override
    public double lowerBound() {
        return 0;
    }

    @Override
    public double upperBound() {
        return Double.POSITIVE_INFINITY;
    }
}

package io.stage7.sim.random;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Uniform on [min, max), min &lt; max. */
public record Uniform(double min, double max) implements Distribution {

    public Uniform {
        Checks.throwIfAny(problems(min, max));
    }

    static List<ParameterProblem> problems(double min, double max) {
        List<ParameterProblem> problems = new ArrayList<>();
        Checks.finite(problems, "min", min);
        Checks.finite(problems, "max", max);
        if (problems.isEmpty() && !(max > min)) {
            problems.add(ParameterProblem.of("max", "max must be greater than min (" + Checks.format(min)
                    + "), got " + Checks.format(max)));
        }
        return problems;
    }

    @Override
    public double sample(RandomGenerator stream) {
        return min + (max - min) * Uniforms.halfOpen(stream);
    }

    @Override
    public double mean() {
        return (min + max) / 2;
    }

    @Override
    public double variance() {
        double width = max - min;
        return width * width / 12;
    }

    @Override
    public double lowerBound() {
        return min;
    }

    @Override
    public double upperBound() {
        return max;
    }
}

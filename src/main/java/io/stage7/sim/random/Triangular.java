package io.stage7.sim.random;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Triangular on [min, max] with its peak at {@code mode}: the "shortest, usual, longest" estimate
 * a team lead can give without data. Sampled by inversion.
 */
public record Triangular(double min, double mode, double max) implements Distribution {

    public Triangular {
        Checks.throwIfAny(problems(min, mode, max));
    }

    static List<ParameterProblem> problems(double min, double mode, double max) {
        List<ParameterProblem> problems = new ArrayList<>();
        Checks.finite(problems, "min", min);
        Checks.finite(problems, "mode", mode);
        Checks.finite(problems, "max", max);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!(max > min)) {
            problems.add(ParameterProblem.of("max", "max must be greater than min (" + Checks.format(min)
                    + "), got " + Checks.format(max)));
        } else if (mode < min || mode > max) {
            problems.add(ParameterProblem.of("mode", "mode must be between min (" + Checks.format(min)
                    + ") and max (" + Checks.format(max) + "), got " + Checks.format(mode)));
        }
        return problems;
    }

    @Override
    public double sample(RandomGenerator stream) {
        double u = Uniforms.halfOpen(stream);
        double width = max - min;
        double peak = (mode - min) / width;
        return u < peak
                ? min + Math.sqrt(u * width * (mode - min))
                : max - Math.sqrt((1 - u) * width * (max - mode));
    }

    @Override
    public double mean() {
        return (min + mode + max) / 3;
    }

    @Override
    public double variance() {
        return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
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

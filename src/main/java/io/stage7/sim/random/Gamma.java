package io.stage7.sim.random;

import io.stage7.sim.stats.Normal;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Gamma with the given shape and scale: mean = shape * scale, variance = shape * scale². With a
 * whole-number shape k it is the Erlang distribution, the sum of k exponential stages
 * ({@link Distributions#erlang}).
 *
 * <p>Sampled by Marsaglia and Tsang's method (ACM TOMS 26, 2000), a rejection method, so unlike
 * the other distributions it draws a variable number of values per sample; shapes below 1 use
 * their boost {@code Gamma(a) = Gamma(a + 1) * U^(1/a)}.
 */
public record Gamma(double shape, double scale) implements Distribution {

    public Gamma {
        Checks.throwIfAny(problems(shape, scale));
    }

    static List<ParameterProblem> problems(double shape, double scale) {
        List<ParameterProblem> problems = new ArrayList<>();
        Checks.positive(problems, "shape", shape);
        Checks.positive(problems, "scale", scale);
        return problems;
    }

    @Override
    public double sample(RandomGenerator stream) {
        if (shape < 1) {
            double boost = Math.pow(Uniforms.open(stream), 1 / shape);
            return scale * standardSample(shape + 1, stream) * boost;
        }
        return scale * standardSample(shape, stream);
    }

    private static double standardSample(double shape, RandomGenerator stream) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = Normal.quantile(Uniforms.open(stream));
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = Uniforms.open(stream);
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    @Override
    public double mean() {
        return shape * scale;
    }

    @Override
    public double variance() {
        return shape * scale * scale;
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

package io.stage7.sim.random;

import io.stage7.sim.stats.Normal;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Log-normal: {@code exp(mu + sigma * Z)} for a standard normal Z, so {@code mu} and
 * {@code sigma} are the mean and standard deviation of the variable's logarithm, and
 * {@code exp(mu)} is its median.
 *
 * <p>Planners rarely know mu and sigma; they know a typical review takes 2 hours with a standard
 * deviation of 1.5. {@link Distributions#logNormalWithMeanAndSd} takes those (the mean and
 * standard deviation of the variable itself) and {@link Distributions#logNormalWithMedianAndSigma}
 * takes a median and the log-scale sigma. Sampled by inversion through {@link Normal#quantile}.
 */
public record LogNormal(double mu, double sigma) implements Distribution {

    public LogNormal {
        Checks.throwIfAny(problems(mu, sigma));
    }

    static List<ParameterProblem> problems(double mu, double sigma) {
        List<ParameterProblem> problems = new ArrayList<>();
        Checks.finite(problems, "mu", mu);
        Checks.positive(problems, "sigma", sigma);
        return problems;
    }

    /** The median, {@code exp(mu)}. */
    public double median() {
        return Math.exp(mu);
    }

    @Override
    public double sample(RandomGenerator stream) {
        return Math.exp(mu + sigma * Normal.quantile(Uniforms.open(stream)));
    }

    @Override
    public double mean() {
        return Math.exp(mu + sigma * sigma / 2);
    }

    @Override
    public double variance() {
        double s2 = sigma * sigma;
        return Math.expm1(s2) * Math.exp(2 * mu + s2);
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

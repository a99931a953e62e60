package io.stage7.sim.random;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds distributions from user-supplied parameters. Each factory checks every parameter and
 * returns either the distribution or all the problems, each naming its parameter with a message
 * such as {@code "mean must be positive, got -2"}; nothing here throws for bad numbers.
 *
 * <p>Parameterisations, as a scenario file would name them:
 * <table>
 * <caption>Distributions and their parameters</caption>
 * <tr><th>factory</th><th>parameters</th><th>meaning</th></tr>
 * <tr><td>{@link #fixed}</td><td>value</td><td>always that value</td></tr>
 * <tr><td>{@link #uniform}</td><td>min, max</td><td>uniform on [min, max)</td></tr>
 * <tr><td>{@link #exponentialWithMean}</td><td>mean</td><td>exponential, rate 1/mean</td></tr>
 * <tr><td>{@link #exponentialWithRate}</td><td>rate</td><td>exponential, mean 1/rate</td></tr>
 * <tr><td>{@link #logNormalWithMeanAndSd}</td><td>mean, sd</td><td>mean and standard deviation of the variable
 *     itself</td></tr>
 * <tr><td>{@link #logNormalWithMedianAndSigma}</td><td>median, sigma</td><td>median of the variable, standard
 *     deviation of its logarithm</td></tr>
 * <tr><td>{@link #triangular}</td><td>min, mode, max</td><td>shortest, most likely, longest</td></tr>
 * <tr><td>{@link #gammaWithShapeAndMean}</td><td>shape, mean</td><td>gamma; scale = mean/shape</td></tr>
 * <tr><td>{@link #erlang}</td><td>k, mean</td><td>sum of k exponential stages with that total mean</td></tr>
 * <tr><td>{@link #empirical}</td><td>values</td><td>resamples the observed values uniformly</td></tr>
 * <tr><td>{@link #bernoulli}</td><td>probability</td><td>true with that probability</td></tr>
 * <tr><td>{@link #categorical}</td><td>values, weights</td><td>one value, with probability weight/total</td></tr>
 * </table>
 */
public final class Distributions {

    private Distributions() {
    }

    /** Always {@code value}. */
    public static Validated<Distribution> fixed(double value) {
        List<ParameterProblem> problems = new ArrayList<>();
        Checks.finite(problems, "value", value);
        return Validated.of(problems, () -> new Fixed(value));
    }

    /** Uniform on [min, max). */
    public static Validated<Distribution> uniform(double min, double max) {
        return Validated.of(Uniform.problems(min, max), () -> new Uniform(min, max));
    }

    /** Exponential with this mean. */
    public static Validated<Distribution> exponentialWithMean(double mean) {
        return Validated.of(Exponential.problems(mean), () -> new Exponential(mean));
    }

    /** Exponential with this rate (events per unit of time): mean 1/rate. */
    public static Validated<Distribution> exponentialWithRate(double rate) {
        List<ParameterProblem> problems = new ArrayList<>();
        Checks.positive(problems, "rate", rate);
        return Validated.of(problems, () -> new Exponential(1 / rate));
    }

    /**
     * Log-normal whose variable has this mean and standard deviation: sigma² = ln(1 + sd²/mean²),
     * mu = ln(mean) − sigma²/2.
     */
    public static Validated<Distribution> logNormalWithMeanAndSd(double mean, double sd) {
        List<ParameterProblem> problems = new ArrayList<>();
        Checks.positive(problems, "mean", mean);
        Checks.positive(problems, "sd", sd);
        return Validated.of(problems, () -> {
            double ratio = sd / mean;
            double variance = Math.log1p(ratio * ratio);
            return new LogNormal(Math.log(mean) - variance / 2, Math.sqrt(variance));
        });
    }

    /** Log-normal with this median and log-scale standard deviation: mu = ln(median). */
    public static Validated<Distribution> logNormalWithMedianAndSigma(double median, double sigma) {
        List<ParameterProblem> problems = new ArrayList<>();
        Checks.positive(problems, "median", median);
        Checks.positive(problems, "sigma", sigma);
        return Validated.of(problems, () -> new LogNormal(Math.log(median), sigma));
    }

    /** Triangular: shortest, most likely and longest value. */
    public static Validated<Distribution> triangular(double min, double mode, double max) {
        return Validated.of(Triangular.problems(min, mode, max), () -> new Triangular(min, mode, max));
    }

    /** Gamma with this shape and mean (scale = mean / shape). */
    public static Validated<Distribution> gammaWithShapeAndMean(double shape, double mean) {
        List<ParameterProblem> problems = new ArrayList<>();
        Checks.positive(problems, "shape", shape);
        Checks.positive(problems, "mean", mean);
        return Validated.of(problems, () -> new Gamma(shape, mean / shape));
    }

    /** Erlang: the sum of {@code k} exponential stages whose total has this mean. */
    public static Validated<Distribution> erlang(int k, double mean) {
        List<ParameterProblem> problems = new ArrayList<>();
        if (k < 1) {
            problems.add(ParameterProblem.of("k", "k must be a whole number of at least 1, got " + k));
        }
        Checks.positive(problems, "mean", mean);
        return Validated.of(problems, () -> new Gamma(k, mean / k));
    }

    /** Resamples these observations uniformly; see {@link Empirical}. */
    public static Validated<Distribution> empirical(double[] values) {
        return Validated.of(Empirical.problems(values), () -> new Empirical(values));
    }

    /** True with this probability. */
    public static Validated<Bernoulli> bernoulli(double probability) {
        return Validated.of(Bernoulli.problems(probability), () -> new Bernoulli(probability));
    }

    /**
     * One of {@code values}, each with probability weight / total weight. Problems: no values, a
     * value listed twice, a weight count that differs from the value count, a negative or
     * non-finite weight, all weights zero.
     */
    public static <T> Validated<Categorical<T>> categorical(List<T> values, double[] weights) {
        return Validated.of(Categorical.problems(values, weights), () -> new Categorical<>(values, weights));
    }
}

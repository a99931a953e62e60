package io.stage7.sim.random;

import java.util.random.RandomGenerator;

/**
 * A real-valued probability distribution: immutable, thread-safe, sampled from a caller's stream.
 *
 * <p>Build one with {@link Distributions}, which checks user-supplied parameters and returns
 * every problem; the records' constructors throw {@link IllegalArgumentException} for the same
 * problems, as programming errors. Each sampler uses only {@link RandomGenerator#nextLong()},
 * so a stream gives the same samples on every JDK. All but {@link Gamma} sample by inversion
 * and use exactly one draw per sample, which keeps common-random-number comparisons aligned
 * when a scenario changes a distribution's parameters.
 */
public sealed interface Distribution
        permits Fixed, Uniform, Exponential, LogNormal, Triangular, Gamma, Empirical {

    /** One sample, drawn from {@code stream}. */
    double sample(RandomGenerator stream);

    /** The expected value. */
    double mean();

    /** The variance. */
    double variance();

    /** The smallest value a sample can take (0 for the positive distributions). */
    double lowerBound();

    /** The largest value a sample can take ({@link Double#POSITIVE_INFINITY} when unbounded). */
    double upperBound();

    /** The standard deviation. */
    default double standardDeviation() {
        return Math.sqrt(variance());
    }
}

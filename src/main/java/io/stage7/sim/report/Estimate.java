package io.stage7.sim.report;

import io.stage7.sim.stats.ConfidenceInterval;
import io.stage7.sim.stats.Summary;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One metric over replications: its mean and its Student-t confidence interval. A metric that is
 * undefined in a replication (an attainment without decisions) is left out of that replication,
 * so {@code n} counts the replications where it was defined: with none there is no mean, with
 * one the mean is that value and there is no interval (one run says nothing about its own
 * variability).
 *
 * @param n        the replications the estimate is over
 * @param mean     their mean; empty when n = 0
 * @param interval the confidence interval around the mean; empty when n &lt; 2
 */
public record Estimate(int n, OptionalDouble mean, Optional<ConfidenceInterval> interval) {

    public Estimate {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(interval, "interval");
    }

    /** The estimate from one value per replication, NaN where the metric was undefined. */
    public static Estimate of(double[] values, double level) {
        int n = 0;
        double[] defined = new double[values.length];
        for (double value : values) {
            if (Double.isFinite(value)) {
                defined[n++] = value;
            }
        }
        if (n == 0) {
            return new Estimate(0, OptionalDouble.empty(), Optional.empty());
        }
        if (n == 1) {
            return new Estimate(1, OptionalDouble.of(defined[0]), Optional.empty());
        }
        double[] exact = Arrays.copyOf(defined, n);
        ConfidenceInterval interval = Summary.of(exact).confidenceInterval(level);
        return new Estimate(n, OptionalDouble.of(interval.estimate()), Optional.of(interval));
    }

    /**
     * The estimate of the paired differences {@code b[i] − a[i]} over the replications where both
     * are defined: replication i of two configurations run with common random numbers.
     */
    public static Estimate ofDifferences(double[] a, double[] b, double level) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired replications must match: " + a.length + " and " + b.length);
        }
        double[] pairedA = new double[a.length];
        double[] pairedB = new double[b.length];
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (Double.isFinite(a[i]) && Double.isFinite(b[i])) {
                pairedA[n] = a[i];
                pairedB[n] = b[i];
                n++;
            }
        }
        if (n == 0) {
            return new Estimate(0, OptionalDouble.empty(), Optional.empty());
        }
        if (n == 1) {
            return new Estimate(1, OptionalDouble.of(pairedB[0] - pairedA[0]), Optional.empty());
        }
        ConfidenceInterval interval = Summary.ofDifferences(Arrays.copyOf(pairedB, n), Arrays.copyOf(pairedA, n))
                .confidenceInterval(level);
        return new Estimate(n, OptionalDouble.of(interval.estimate()), Optional.of(interval));
    }

    /** Whether there is an interval and it excludes zero: for a difference, whether it is significant. */
    public boolean excludesZero() {
        return interval.isPresent() && interval.get().excludesZero();
    }
}

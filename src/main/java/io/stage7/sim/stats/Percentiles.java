package io.stage7.sim.stats;

import java.util.Arrays;

/**
 * Exact percentiles of a finite set of values, from a sorted copy. Between order statistics it
 * interpolates linearly (Hyndman and Fan's type 7, the default of R, NumPy and spreadsheets),
 * so the median of {1, 2, 3, 4} is 2.5 and the p-th quantile of n values is the value at
 * 0-based rank p·(n − 1).
 */
public final class Percentiles {

    private final double[] sorted;

    private Percentiles(double[] sorted) {
        this.sorted = sorted;
    }

    /** The percentiles of {@code values}, which are copied. @throws IllegalArgumentException if empty or not finite */
    public static Percentiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("percentiles need at least one value");
        }
        double[] sorted = values.clone();
        for (double value : sorted) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("values must be finite, got " + value);
            }
        }
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    /** How many values there are. */
    public int count() {
        return sorted.length;
    }

    /** The p-quantile, 0 &le; p &le; 1: {@code quantile(0.9)} is the 90th percentile. */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability in [0, 1] is needed, got " + p);
        }
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double fraction = rank - below;
        return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
    }

    /** The median. */
    public double median() {
        return quantile(0.5);
    }

    /** The smallest value. */
    public double min() {
        return sorted[0];
    }

    /** The largest value. */
    public double max() {
        return sorted[sorted.length - 1];
    }

    /** The fraction of values at most {@code x}: the empirical CDF, for SLA attainment. */
    public double fractionAtMost(double x) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= x) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low / (double) sorted.length;
    }
}

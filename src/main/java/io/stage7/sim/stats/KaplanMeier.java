package io.stage7.sim.stats;

import java.util.OptionalDouble;

/**
 * Percentiles of durations some of which had not ended when observation stopped (right-censored):
 * the Kaplan–Meier product-limit estimate, over two {@link PercentileHistogram}s of the same
 * resolution, one of the durations that ended and one of the elapsed times of those still running.
 *
 * <p>The estimate is computed as Efron's "redistribute to the right", which is the same
 * distribution: in ascending order, each censored observation hands its weight in equal shares to
 * every observation longer than it (on ties, ended ones count as shorter), so work still open at
 * 30 hours only ever adds weight to durations of more than 30 hours. The ended durations then carry
 * the whole distribution, and the p-quantile is read from them as
 * {@link PercentileHistogram#quantile} reads it, generalized to weights: the ended durations in
 * ascending order sit at rank positions C − 1, C their cumulative weight, and the p-quantile is
 * the value at position p·(n − 1), n all observations, interpolated linearly between the two
 * durations around it. With every weight 1 (nothing censored) the positions are 0, 1, ..., n − 1,
 * and it is {@link PercentileHistogram#quantile} itself.
 *
 * <p>When the longest observations are censored, part of the weight has nothing to its right: the
 * estimate of the distribution stops below 1, and a percentile above where it stops is not
 * estimable (empty): more than 1 − p of the work is still open or took longer than the longest
 * that ended. Durations in one histogram bucket (within 0.1% of each other) count as tied, the
 * ended ones first: the estimate is that of the durations rounded to their buckets.
 */
public final class KaplanMeier {

    /** The relative rounding the repeated products of the weights may accumulate. */
    private static final double ROUNDING = 1e-9;

    private KaplanMeier() {
    }

    /**
     * The p-quantile of the durations, 0 &le; p &le; 1, with {@code open} right-censored; empty if
     * nothing ended or the estimate stops below the rank asked for.
     *
     * @throws IllegalArgumentException if p is outside [0, 1] or the resolutions differ
     */
    public static OptionalDouble quantile(PercentileHistogram ended, PercentileHistogram open, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability in [0, 1] is needed, got " + p);
        }
        if (ended.resolution() != open.resolution()) {
            throw new IllegalArgumentException("the histograms have different resolutions");
        }
        if (ended.count() == 0) {
            return OptionalDouble.empty();
        }
        if (open.count() == 0) {
            return OptionalDouble.of(ended.quantile(p));
        }
        long n = ended.count() + open.count();
        double rank = p * (n - 1);
        long atRisk = n;
        double weight = 1;  // the weight each observation not yet passed carries
        double cumulative = 0;
        double previousValue = Double.NaN;
        double previousLast = Double.NaN;  // the rank position of the last ended duration so far
        // zeros first, then the buckets in ascending order; in each, ended before censored
        long endedHere = ended.zeros();
        long openHere = open.zeros();
        int buckets = Math.max(ended.buckets(), open.buckets());
        for (int cell = -1; cell < buckets; cell++) {
            if (cell >= 0) {
                endedHere = ended.countIn(cell);
                openHere = open.countIn(cell);
            }
            if (endedHere > 0) {
                double value = cell < 0 ? 0 : ended.estimateIn(cell, ended.min(), ended.max());
                // The ended durations here sit at rank positions cumulative + weight - 1 up to
                // cumulative + endedHere * weight - 1: the order statistics' positions p(n - 1)
                // of Percentiles, their spacing the weight each carries.
                double first = cumulative + weight - 1;
                cumulative += endedHere * weight;
                double last = cumulative - 1;
                if (rank <= first) {
                    if (Double.isNaN(previousValue)) {
                        return OptionalDouble.of(value);
                    }
                    double fraction = (rank - previousLast) / (first - previousLast);
                    return OptionalDouble.of(previousValue + fraction * (value - previousValue));
                }
                if (rank <= last) {
                    return OptionalDouble.of(value);
                }
                previousValue = value;
                previousLast = last;
            }
            atRisk -= endedHere + openHere;
            if (atRisk > 0) {
                weight += openHere * weight / atRisk;
            }
        }
        // Past the last ended duration: estimable only if no weight was left over (the products
        // of the weights round, so allow for that at the very top).
        return rank <= previousLast + ROUNDING * n ? OptionalDouble.of(previousValue) : OptionalDouble.empty();
    }
}

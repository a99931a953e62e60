package io.stage7.sim.stats;

/**
 * The mean and spread of one metric over independent replications, and its Student-t confidence
 * interval. Needs at least two replications: one run says nothing about its own variability.
 *
 * @param count the number of replications
 * @param mean their mean
 * @param variance their sample variance (divided by count − 1)
 */
public record Summary(long count, double mean, double variance) {

    public Summary {
        if (count < 2) {
            throw new IllegalArgumentException("a summary needs at least two replications, got " + count);
        }
        if (!Double.isFinite(mean) || !(variance >= 0) || Double.isInfinite(variance)) {
            throw new IllegalArgumentException("mean and variance must be finite, got " + mean + " and " + variance);
        }
    }

    /** The summary of these values, one per replication. */
    public static Summary of(double... values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("a summary needs at least two replications, got " + values.length);
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return new Summary(values.length, mean, squares / (values.length - 1));
    }

    /**
     * The summary of the paired differences {@code a[i] − b[i]}: replication i of two
     * configurations run with common random numbers. The pairing is what makes a comparison
     * sharper than two independent intervals.
     */
    public static Summary ofDifferences(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired replications must match: " + a.length + " and " + b.length);
        }
        double[] differences = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            differences[i] = a[i] - b[i];
        }
        return of(differences);
    }

    /** The sample standard deviation. */
    public double standardDeviation() {
        return Math.sqrt(variance);
    }

    /** The standard error of the mean, sd / √n. */
    public double standardError() {
        return Math.sqrt(variance / count);
    }

    /** The two-sided Student-t interval for the mean at {@code level} (for example 0.95). */
    public ConfidenceInterval confidenceInterval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, got " + level);
        }
        double t = StudentT.quantile((1 + level) / 2, count - 1);
        return new ConfidenceInterval(mean, t * standardError(), level);
    }
}

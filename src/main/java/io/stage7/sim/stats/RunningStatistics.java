package io.stage7.sim.stats;

/**
 * Count, mean, variance, minimum and maximum of a stream of observations in constant memory
 * (Welford's update, which stays accurate where the naive sum of squares cancels). Mutable, not
 * thread-safe: one per metric per replication.
 */
public final class RunningStatistics {

    private long count;
    private double mean;
    private double sumOfSquaredDeviations;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** Adds one observation. */
    public void add(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("observations must be finite, got " + value);
        }
        count++;
        double delta = value - mean;
        mean += delta / count;
        sumOfSquaredDeviations += delta * (value - mean);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** How many observations were added. */
    public long count() {
        return count;
    }

    /** The mean. @throws IllegalStateException if nothing was added */
    public double mean() {
        requireAtLeast(1);
        return mean;
    }

    /** The sample variance (divided by count − 1). @throws IllegalStateException with fewer than two observations */
    public double variance() {
        requireAtLeast(2);
        return sumOfSquaredDeviations / (count - 1);
    }

    /** The smallest observation. @throws IllegalStateException if nothing was added */
    public double min() {
        requireAtLeast(1);
        return min;
    }

    /** The largest observation. @throws IllegalStateException if nothing was added */
    public double max() {
        requireAtLeast(1);
        return max;
    }

    /** These observations as a {@link Summary}, for when each is one replication's result. */
    public Summary summary() {
        requireAtLeast(2);
        return new Summary(count, mean, variance());
    }

    private void requireAtLeast(long needed) {
        if (count < needed) {
            throw new IllegalStateException("needs at least " + needed + " observation" + (needed == 1 ? "" : "s")
                    + ", has " + count);
        }
    }
}

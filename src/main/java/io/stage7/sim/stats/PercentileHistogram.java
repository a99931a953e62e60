package io.stage7.sim.stats;

import java.util.Arrays;

/**
 * Percentiles of a stream of non-negative values in memory that does not grow with the count: a
 * log-linear histogram (as HdrHistogram lays it out) with the count, sum, minimum and maximum kept
 * exactly.
 *
 * <p><b>Buckets.</b> A value is measured in units of the {@code resolution} given to the constructor.
 * Zero has a count of its own. Below {@value #LINEAR_UNITS} units the buckets are one unit wide;
 * above, each power-of-two range [2<sup>e</sup>, 2<sup>e+1</sup>) units is cut into
 * {@value #BUCKETS_PER_OCTAVE} equal buckets, so a bucket is at most 2<sup>−9</sup> of the values
 * it holds wide. Bucket edges are powers of two times integers, computed exactly (no logarithms),
 * so the same values give the same buckets on every JVM.
 *
 * <p><b>Quantiles</b> follow {@link Percentiles}: the p-quantile of n values is the value at
 * 0-based rank p·(n − 1), interpolated linearly between the two order statistics around it. An
 * order statistic is estimated by the middle of its bucket, narrowed to [min, max]; the smallest
 * and largest are the exact minimum and maximum, and zeros are exact. So each order statistic x is
 * within {@link #relativeError()}·x + resolution/2 of the exact one, and since interpolation is a
 * weighted mean of two of them, so is every quantile q: |estimate − q| ≤ 2<sup>−10</sup>·q +
 * resolution/2, up to the rounding of the last bit (2<sup>−10</sup> is 0.098%).
 *
 * <p><b>Memory</b> is none until a positive value is added, then {@value #LINEAR_UNITS} counts plus
 * {@value #BUCKETS_PER_OCTAVE} per power of two between 1024 units and the largest value: 45 KB
 * for values up to 145 hours at a one-second resolution. It grows when a value beyond every
 * earlier one lands in a new power-of-two range, so it depends on the largest value
 * (logarithmically), never on how many values there are; adding allocates nothing except on such
 * growth. Mutable, not thread-safe: one per metric per replication.
 */
public final class PercentileHistogram {

    /** log2 of {@link #LINEAR_UNITS}: the precision, 2<sup>−SUB_BUCKET_BITS</sup> relative. */
    private static final int SUB_BUCKET_BITS = 10;
    /** Values below this many units have buckets one unit wide. */
    static final int LINEAR_UNITS = 1 << SUB_BUCKET_BITS;
    /** Buckets in each power-of-two range above the linear ones. */
    static final int BUCKETS_PER_OCTAVE = LINEAR_UNITS / 2;

    private final double resolution;
    private long[] counts = new long[0];
    private long zeros;
    private long count;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /**
     * An empty histogram whose buckets start {@code resolution} wide: the absolute precision near
     * zero, in the values' own unit (one second is {@code 1.0 / 3600} for values in hours).
     *
     * @throws IllegalArgumentException unless the resolution is positive and finite
     */
    public PercentileHistogram(double resolution) {
        if (!(resolution > 0) || !Double.isFinite(resolution)) {
            throw new IllegalArgumentException("the resolution must be positive and finite, got " + resolution);
        }
        this.resolution = resolution;
    }

    /** The largest relative error of a quantile of values well above the resolution: 2<sup>−10</sup>. */
    public static double relativeError() {
        return 1.0 / LINEAR_UNITS;
    }

    /** The largest absolute error of a quantile of values near zero: half the resolution. */
    public double absoluteError() {
        return resolution / 2;
    }

    /** Adds one value. @throws IllegalArgumentException if it is negative or not finite */
    public void add(double value) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("values must be finite and non-negative, got " + value);
        }
        count++;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
        if (value == 0) {
            zeros++;
            return;
        }
        double units = value / resolution;
        if (units == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(value + " is too large for a resolution of " + resolution);
        }
        int bucket = bucketOf(units);
        if (bucket >= counts.length) {
            counts = Arrays.copyOf(counts, bucketsThrough(bucket));
        }
        counts[bucket]++;
    }

    /** How many values were added. */
    public long count() {
        return count;
    }

    /** The sum of the values, added in the order they came (so the mean is exact). */
    public double sum() {
        return sum;
    }

    /** The mean. @throws IllegalStateException if nothing was added */
    public double mean() {
        requireValues();
        return sum / count;
    }

    /** The smallest value. @throws IllegalStateException if nothing was added */
    public double min() {
        requireValues();
        return min;
    }

    /** The largest value. @throws IllegalStateException if nothing was added */
    public double max() {
        requireValues();
        return max;
    }

    /**
     * The p-quantile, 0 &le; p &le; 1, within the error bound of the class comment.
     *
     * @throws IllegalArgumentException if p is outside [0, 1]
     * @throws IllegalStateException    if nothing was added
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability in [0, 1] is needed, got " + p);
        }
        requireValues();
        double rank = p * (count - 1);
        long below = (long) Math.floor(rank);
        if (below >= count - 1) {
            return max;
        }
        double fraction = rank - below;
        double low = orderStatistic(below);
        if (fraction == 0) {
            return low;
        }
        return low + fraction * (orderStatistic(below + 1) - low);
    }

    /** How many bucket counts are held: the memory, which depends on the largest value alone. */
    public int buckets() {
        return counts.length;
    }

    /** The resolution given to the constructor. */
    double resolution() {
        return resolution;
    }

    /** How many zeros were added. */
    long zeros() {
        return zeros;
    }

    /** How many positive values fell into {@code bucket}; 0 beyond the buckets held. */
    long countIn(int bucket) {
        return bucket < counts.length ? counts[bucket] : 0;
    }

    /**
     * The estimate of a value in {@code bucket} when the values lie in [low, high]: the middle of
     * the bucket narrowed to that range, as order statistics are estimated.
     */
    double estimateIn(int bucket, double low, double high) {
        double from = Math.max(lowerEdge(bucket) * resolution, low);
        double to = Math.min(lowerEdge(bucket + 1) * resolution, high);
        return from + (to - from) / 2;
    }

    /** The estimate of the value at 0-based rank {@code rank} in sorted order. */
    private double orderStatistic(long rank) {
        if (rank == 0) {
            return min;
        }
        if (rank == count - 1) {
            return max;
        }
        if (rank < zeros) {
            return 0;
        }
        long seen = zeros;
        int bucket = 0;
        while (seen + counts[bucket] <= rank) {
            seen += counts[bucket];
            bucket++;
        }
        // The true value lies in the bucket and in [min, max]: the middle of both is within half a bucket.
        return estimateIn(bucket, min, max);
    }

    /** The bucket of a positive value measured in units. */
    static int bucketOf(double units) {
        if (units < LINEAR_UNITS) {
            return (int) units;
        }
        int exponent = Math.getExponent(units);
        int shift = exponent - SUB_BUCKET_BITS + 1;
        // Math.scalb divides by a power of two exactly, so bucket edges do not depend on rounding.
        int subBucket = (int) Math.scalb(units, -shift);
        return LINEAR_UNITS + (exponent - SUB_BUCKET_BITS) * BUCKETS_PER_OCTAVE + subBucket - BUCKETS_PER_OCTAVE;
    }

    /** The lower edge of a bucket in units (the upper edge of the one before it). */
    static double lowerEdge(int bucket) {
        if (bucket < LINEAR_UNITS) {
            return bucket;
        }
        int octave = (bucket - LINEAR_UNITS) / BUCKETS_PER_OCTAVE;
        int subBucket = BUCKETS_PER_OCTAVE + (bucket - LINEAR_UNITS) % BUCKETS_PER_OCTAVE;
        return Math.scalb((double) subBucket, octave + 1);
    }

    /** The number of counts that covers every bucket up to the end of {@code bucket}'s power-of-two range. */
    private static int bucketsThrough(int bucket) {
        if (bucket < LINEAR_UNITS) {
            return LINEAR_UNITS;
        }
        int octave = (bucket - LINEAR_UNITS) / BUCKETS_PER_OCTAVE;
        return LINEAR_UNITS + (octave + 1) * BUCKETS_PER_OCTAVE;
    }

    private void requireValues() {
        if (count == 0) {
            throw new IllegalStateException("needs at least 1 observation, has 0");
        }
    }
}

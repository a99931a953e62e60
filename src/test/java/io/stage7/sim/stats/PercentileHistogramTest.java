package io.stage7.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * The histogram's quantiles against the exact {@link Percentiles} on seeded data sets of several
 * shapes, within the documented bound; memory that does not grow with the count; determinism.
 */
class PercentileHistogramTest {

    private static final double ONE_SECOND = 1.0 / 3600;
    private static final double[] PROBABILITIES = {0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1};

    /** The documented bound, plus a few ulps for the rounding of units and edges. */
    private static void assertWithinBound(double exact, double estimate, double resolution, String what) {
        double bound = PercentileHistogram.relativeError() * exact + resolution / 2 + 1e-12 * Math.max(1, exact);
        assertTrue(Math.abs(estimate - exact) <= bound,
                what + ": estimate " + estimate + ", exact " + exact + ", bound " + bound);
    }

    private static void assertQuantilesWithinBound(double[] values, double resolution, String shape) {
        PercentileHistogram histogram = new PercentileHistogram(resolution);
        double sum = 0;
        for (double value : values) {
            histogram.add(value);
            sum += value;
        }
        Percentiles exact = Percentiles.of(values);
        for (double p : PROBABILITIES) {
            assertWithinBound(exact.quantile(p), histogram.quantile(p), resolution, shape + " p=" + p);
        }
        assertEquals(values.length, histogram.count());
        assertEquals(sum / values.length, histogram.mean(), 0, shape + " mean is exact");
        assertEquals(exact.min(), histogram.min(), 0, shape + " min is exact");
        assertEquals(exact.max(), histogram.max(), 0, shape + " max is exact");
    }

    private static double[] sample(int n, DoubleSupplier draw) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = draw.getAsDouble();
        }
        return values;
    }

    @Test
    void quantilesOfExponentialHoursAreWithinTheBound() {
        for (long seed = 1; seed <= 5; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int n : new int[]{1, 2, 3, 10, 101, 5_000, 100_000}) {
                double mean = 0.05 + 20 * random.nextDouble();
                assertQuantilesWithinBound(sample(n, () -> -mean * Math.log(1 - random.nextDouble())), ONE_SECOND,
                        "exponential n=" + n + " seed=" + seed);
            }
        }
    }

    @Test
    void quantilesOfLognormalHoursWithALongTailAreWithinTheBound() {
        for (long seed = 1; seed <= 5; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            double sigma = 0.5 + seed * 0.5;
            assertQuantilesWithinBound(sample(50_000, () -> Math.exp(random.nextGaussian() * sigma)), ONE_SECOND,
                    "lognormal sigma=" + sigma);
        }
    }

    @Test
    void quantilesOfDataWithTiesAndZerosAreWithinTheBound() {
        SplittableRandom random = new SplittableRandom(42);
        // Whole and quarter hours, a third of them zero: many values share a bucket and a value.
        double[] ties = sample(20_000, () -> random.nextInt(3) == 0 ? 0 : random.nextInt(48) / 4.0);
        assertQuantilesWithinBound(ties, ONE_SECOND, "ties and zeros");
        double[] allZero = new double[1_000];
        assertQuantilesWithinBound(allZero, ONE_SECOND, "all zero");
        double[] oneValue = sample(1_000, () -> 9.0);
        assertQuantilesWithinBound(oneValue, ONE_SECOND, "one value");
        double[] tiny = sample(1_000, () -> random.nextDouble() * 3 * ONE_SECOND);
        assertQuantilesWithinBound(tiny, ONE_SECOND, "below a few seconds");
    }

    @Test
    void zerosTheExtremesAndSmallSetsAreExact() {
        PercentileHistogram histogram = new PercentileHistogram(ONE_SECOND);
        for (double value : new double[]{0, 0, 0, 7.123456, 9.87654321}) {
            histogram.add(value);
        }
        assertEquals(0, histogram.quantile(0.5), 0, "the median of three zeros in five is zero");
        assertEquals(0, histogram.quantile(0), 0);
        assertEquals(9.87654321, histogram.quantile(1), 0);
        PercentileHistogram two = new PercentileHistogram(ONE_SECOND);
        two.add(1.23456789);
        two.add(4.56789);
        assertEquals(Percentiles.of(new double[]{1.23456789, 4.56789}).quantile(0.9), two.quantile(0.9), 1e-15,
                "with two values every quantile interpolates the exact minimum and maximum");
    }

    @Test
    void aValueWellAboveTheResolutionIsWithinATenthOfAPercent() {
        assertTrue(PercentileHistogram.relativeError() <= 0.001);
        assertEquals(0.5 * ONE_SECOND, new PercentileHistogram(ONE_SECOND).absoluteError(), 1e-18);
    }

    @Test
    void bucketsAreContiguousAndAtMostTwoToTheMinusNineOfTheirValuesWide() {
        for (int bucket = 0; bucket < PercentileHistogram.LINEAR_UNITS + 40 * PercentileHistogram.BUCKETS_PER_OCTAVE; bucket++) {
            double low = PercentileHistogram.lowerEdge(bucket);
            double high = PercentileHistogram.lowerEdge(bucket + 1);
            assertEquals(bucket, PercentileHistogram.bucketOf(Math.max(low, Double.MIN_VALUE)), "lower edge of " + bucket);
            assertEquals(bucket, PercentileHistogram.bucketOf(Math.nextDown(high)), "just below the upper edge of " + bucket);
            assertTrue(low < PercentileHistogram.LINEAR_UNITS ? high - low == 1 : (high - low) / low <= 1.0 / 512,
                    "width of " + bucket);
        }
    }

    @Test
    void memoryDependsOnTheLargestValueNotOnTheCount() {
        SplittableRandom random = new SplittableRandom(3);
        PercentileHistogram thousand = new PercentileHistogram(ONE_SECOND);
        PercentileHistogram tenMillion = new PercentileHistogram(ONE_SECOND);
        thousand.add(200);
        tenMillion.add(200);
        for (int i = 0; i < 1_000; i++) {
            thousand.add(Math.min(200, -8 * Math.log(1 - random.nextDouble())));
        }
        for (int i = 0; i < 10_000_000; i++) {
            tenMillion.add(Math.min(200, -8 * Math.log(1 - random.nextDouble())));
        }
        assertEquals(thousand.buckets(), tenMillion.buckets());
        // 200 hours is 720,000 seconds, in the power-of-two range [2^19, 2^20): ten ranges above 1,024 seconds.
        assertEquals(PercentileHistogram.LINEAR_UNITS + 10 * PercentileHistogram.BUCKETS_PER_OCTAVE, tenMillion.buckets());
    }

    @Test
    void theSameValuesGiveTheSameQuantilesToTheLastBit() {
        double[] first = quantilesOfSeed(11);
        double[] second = quantilesOfSeed(11);
        for (int i = 0; i < first.length; i++) {
            assertEquals(Double.doubleToRawLongBits(first[i]), Double.doubleToRawLongBits(second[i]));
        }
    }

    private static double[] quantilesOfSeed(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PercentileHistogram histogram = new PercentileHistogram(ONE_SECOND);
        for (int i = 0; i < 10_000; i++) {
            histogram.add(Math.exp(random.nextGaussian()));
        }
        double[] quantiles = new double[PROBABILITIES.length];
        for (int i = 0; i < quantiles.length; i++) {
            quantiles[i] = histogram.quantile(PROBABILITIES[i]);
        }
        return quantiles;
    }

    @Test
    void negativeAndNonFiniteValuesAndAnEmptyHistogramAreRefused() {
        PercentileHistogram histogram = new PercentileHistogram(ONE_SECOND);
        assertThrows(IllegalStateException.class, () -> histogram.quantile(0.5));
        assertThrows(IllegalArgumentException.class, () -> histogram.add(-1));
        assertThrows(IllegalArgumentException.class, () -> histogram.add(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> histogram.add(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new PercentileHistogram(0));
        histogram.add(1);
        assertThrows(IllegalArgumentException.class, () -> histogram.quantile(1.5));
    }
}

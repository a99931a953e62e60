package io.stage7.sim.stats;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kaplan–Meier percentiles over histograms: the textbook cases, and agreement with an exact reference. */
class KaplanMeierTest {

    private static final double SECOND = 1.0 / 3600;

    private static PercentileHistogram of(double... values) {
        PercentileHistogram histogram = new PercentileHistogram(SECOND);
        Arrays.stream(values).forEach(histogram::add);
        return histogram;
    }

    @Test
    void withoutOpenWorkItIsThePlainQuantile() {
        PercentileHistogram ended = of(0.5, 1, 2, 3, 5, 8, 13);
        for (double p : new double[] {0, 0.25, 0.5, 0.9, 0.99, 1}) {
            assertEquals(ended.quantile(p), KaplanMeier.quantile(ended, of(), p).getAsDouble(), p + "");
        }
    }

    @Test
    void openWorkHandsItsWeightToLongerDurations() {
        // 1, 2, 3+, 4, 5: the censored 3 gives half its weight to 4 and half to 5 (1.5 each, the
        // product-limit estimate: S(4) = 4/5 * 3/4 * 1/2 = 0.3). At cumulative weights 1, 2, 3.5, 5
        // the durations sit at positions 0, 1, 2.5, 4, and the median, at position 2, is two
        // thirds of the way from 2 to 4
        PercentileHistogram ended = of(1, 2, 4, 5);
        assertEquals(2 + 2 * 2 / 3.0, KaplanMeier.quantile(ended, of(3), 0.5).getAsDouble(),
                4 * PercentileHistogram.relativeError());
        // ignoring the open one would say 3
        assertEquals(3, ended.quantile(0.5), 3 * PercentileHistogram.relativeError());
    }

    @Test
    void aBacklogLeftOpenRaisesThePercentilesInsteadOfVanishing() {
        // a surge: 400 decisions within 0.1 to 10 hours, and 100 submissions still open at 12 hours
        PercentileHistogram ended = new PercentileHistogram(SECOND);
        for (int i = 0; i < 400; i++) {
            ended.add(0.1 + 9.9 * i / 399);
        }
        PercentileHistogram open = new PercentileHistogram(SECOND);
        for (int i = 0; i < 100; i++) {
            open.add(12);
        }
        assertTrue(KaplanMeier.quantile(ended, open, 0.5).getAsDouble() > ended.quantile(0.5) + 1);
        // a fifth of the work is open past every decision: the p90 is past all of them, unknown
        assertEquals(OptionalDouble.empty(), KaplanMeier.quantile(ended, open, 0.9));
        // the same backlog open for only 2 hours could still end fast: it shifts the p50 less
        PercentileHistogram young = new PercentileHistogram(SECOND);
        for (int i = 0; i < 100; i++) {
            young.add(2);
        }
        double p50 = KaplanMeier.quantile(ended, young, 0.5).getAsDouble();
        assertTrue(p50 > ended.quantile(0.5) && p50 < KaplanMeier.quantile(ended, open, 0.5).getAsDouble(), "" + p50);
    }

    @Test
    void aPercentileBeyondTheLongestEndedDurationIsNotEstimable() {
        PercentileHistogram ended = of(1, 2, 3);
        assertEquals(OptionalDouble.empty(), KaplanMeier.quantile(ended, of(10), 0.99));
        assertEquals(2.5, KaplanMeier.quantile(ended, of(10), 0.5).getAsDouble(), 3 * PercentileHistogram.relativeError());
        assertEquals(OptionalDouble.empty(), KaplanMeier.quantile(of(), of(1, 2), 0.5));
    }

    /**
     * Times are whole minutes, so that equal times share a bucket and different ones do not
     * (below 17 hours a bucket is narrower than a minute): ties are then the same in the
     * histograms as in the exact reference, where an ended duration counts before an open one.
     */
    @Test
    void agreesWithAnExactProductLimitEstimate() {
        SplittableRandom random = new SplittableRandom(12);
        for (int trial = 0; trial < 40; trial++) {
            int n = 20 + random.nextInt(400);
            double[] times = new double[n];
            boolean[] censored = new boolean[n];
            PercentileHistogram ended = new PercentileHistogram(SECOND);
            PercentileHistogram open = new PercentileHistogram(SECOND);
            for (int i = 0; i < n; i++) {
                times[i] = Math.round(-Math.log(1 - random.nextDouble()) * 6 * 60) / 60.0;
                censored[i] = random.nextDouble() < 0.3;
                (censored[i] ? open : ended).add(times[i]);
            }
            for (double p : new double[] {0.1, 0.5, 0.9}) {
                OptionalDouble exact = exact(times, censored, p);
                OptionalDouble estimate = KaplanMeier.quantile(ended, open, p);
                assertEquals(exact.isPresent(), estimate.isPresent(), "trial " + trial + " p " + p);
                if (exact.isPresent()) {
                    double bound = 2 * PercentileHistogram.relativeError() * exact.getAsDouble() + SECOND;
                    assertTrue(Math.abs(exact.getAsDouble() - estimate.getAsDouble()) <= bound,
                            "trial " + trial + " p " + p + ": " + exact + " vs " + estimate);
                }
            }
        }
    }

    /** Redistribute-to-the-right on the sorted values themselves, then the type-7 rank. */
    private static OptionalDouble exact(double[] times, boolean[] censored, double p) {
        int n = times.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> times[a] != times[b] ? Double.compare(times[a], times[b])
                : Boolean.compare(censored[a], censored[b]));
        double[] weight = new double[n];
        Arrays.fill(weight, 1);
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (censored[i] && k < n - 1) {
                for (int j = k + 1; j < n; j++) {
                    weight[order[j]] += weight[i] / (n - 1 - k);
                }
                weight[i] = 0;
            } else if (censored[i]) {
                weight[i] = 0;
            }
        }
        double rank = p * (n - 1);
        double cumulative = 0;
        double previousValue = Double.NaN;
        double previousPosition = Double.NaN;
        for (Integer i : order) {
            if (!censored[i]) {
                cumulative += weight[i];
                double position = cumulative - 1;
                if (rank <= position + 1e-9) {
                    return Double.isNaN(previousValue) ? OptionalDouble.of(times[i]) : OptionalDouble.of(previousValue
                            + Math.min(1, (rank - previousPosition) / (position - previousPosition))
                            * (times[i] - previousValue));
                }
                previousValue = times[i];
                previousPosition = position;
            }
        }
        return OptionalDouble.empty();
    }
}

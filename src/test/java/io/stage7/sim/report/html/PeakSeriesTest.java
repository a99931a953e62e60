package io.stage7.sim.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.util.Random;

/** How the backlog is kept in a bounded number of points: peaks of pairs merged, first times kept. */
class PeakSeriesTest {

    @Test
    void aPointPerSampleWhileThereIsRoom() {
        PeakSeries series = new PeakSeries(1, 4);
        for (int i = 0; i < 4; i++) {
            series.add(100 * i, new int[]{i + 1});
        }
        assertEquals(1, series.samplesPerPoint());
        assertArrayEquals(new long[]{0, 100, 200, 300}, series.times());
        assertArrayEquals(new int[]{1, 2, 3, 4}, series.peaks(0));
    }

    @Test
    void whenFullPairsMergeKeepingTheFirstTimeAndTheLargestValueOfEachSeries() {
        PeakSeries series = new PeakSeries(2, 4);
        int[] first = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        int[] second = {0, 10, 0, 0, 0, 0, 0, 0, 0, 7};
        for (int i = 0; i < 5; i++) {
            series.add(10 * i, new int[]{first[i], second[i]});
        }
        // The fifth sample merged samples 0-1 and 2-3, then started a point of its own.
        assertEquals(2, series.samplesPerPoint());
        assertArrayEquals(new long[]{0, 20, 40}, series.times());
        assertArrayEquals(new int[]{3, 4, 5}, series.peaks(0));
        assertArrayEquals(new int[]{10, 0, 0}, series.peaks(1));
        for (int i = 5; i < 10; i++) {
            series.add(10 * i, new int[]{first[i], second[i]});
        }
        // Ten samples in at most four points: four samples a point, the last holding two.
        assertEquals(4, series.samplesPerPoint());
        assertArrayEquals(new long[]{0, 40, 80}, series.times());
        assertArrayEquals(new int[]{4, 9, 5}, series.peaks(0));
        assertArrayEquals(new int[]{10, 0, 7}, series.peaks(1));
    }

    @Test
    void thePointsDependOnlyOnHowManySamplesCame() {
        Random random = new Random(7);
        int max = 8;
        for (int n = 1; n <= 200; n++) {
            int[] values = new int[n];
            PeakSeries series = new PeakSeries(1, max);
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(1000);
                series.add(1000L + i, new int[]{values[i]});
            }
            // The smallest power of two that leaves at most max points, then groups of that many samples.
            int k = 1;
            while ((n + k - 1) / k > max) {
                k *= 2;
            }
            int points = (n + k - 1) / k;
            long[] times = new long[points];
            int[] peaks = new int[points];
            for (int p = 0; p < points; p++) {
                times[p] = 1000L + (long) p * k;
                peaks[p] = Integer.MIN_VALUE;
                for (int i = p * k; i < Math.min(n, (p + 1) * k); i++) {
                    peaks[p] = Math.max(peaks[p], values[i]);
                }
            }
            assertEquals(k, series.samplesPerPoint(), "samples per point after " + n);
            assertArrayEquals(times, series.times(), "times after " + n);
            assertArrayEquals(peaks, series.peaks(0), "peaks after " + n);
        }
    }

    @Test
    void theNumberOfPointsIsEvenAndAtLeastTwo() {
        assertThrows(IllegalArgumentException.class, () -> new PeakSeries(1, 3));
        assertThrows(IllegalArgumentException.class, () -> new PeakSeries(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new PeakSeries(2, 4).add(0, new int[]{1}));
    }
}

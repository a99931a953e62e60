package io.stage7.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void aSummaryHasTheSampleMeanAndStandardDeviation() {
        Summary summary = Summary.of(ONE_TO_TEN);
        assertEquals(10, summary.count());
        assertEquals(5.5, summary.mean(), 1e-15);
        assertEquals(55.0 / 6, summary.variance(), 1e-13);
        assertEquals(3.0276503540974917, summary.standardDeviation(), 1e-13);
        assertEquals(3.0276503540974917 / Math.sqrt(10), summary.standardError(), 1e-13);
    }

    @Test
    void theConfidenceIntervalUsesStudentTWithNMinusOneDegreesOfFreedom() {
        ConfidenceInterval interval = Summary.of(ONE_TO_TEN).confidenceInterval(0.95);
        double halfWidth = 2.262157162798205 * 3.0276503540974917 / Math.sqrt(10);
        assertEquals(5.5, interval.estimate(), 1e-15);
        assertEquals(halfWidth, interval.halfWidth(), 1e-12);
        assertEquals(5.5 - halfWidth, interval.low(), 1e-12);
        assertEquals(5.5 + halfWidth, interval.high(), 1e-12);
        assertTrue(interval.contains(4));
        assertFalse(interval.contains(8));
        assertTrue(interval.excludesZero());
    }

    @Test
    void pairedDifferencesFromCommonRandomNumbers() {
        double[] a = {10, 12, 11, 15};
        double[] b = {9, 11.5, 10, 14.5};
        Summary difference = Summary.ofDifferences(a, b);
        assertEquals(0.75, difference.mean(), 1e-15);
        assertTrue(difference.confidenceInterval(0.95).excludesZero());
        assertFalse(Summary.ofDifferences(a, a.clone()).confidenceInterval(0.95).excludesZero(),
                "a configuration compared with itself shows no difference");
    }

    @Test
    void oneReplicationIsNotASummary() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Summary.of(3.0));
        assertEquals("a summary needs at least two replications, got 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Summary.of(ONE_TO_TEN).confidenceInterval(95));
    }

    @Test
    void runningStatisticsAgreeWithTheTwoPassSummary() {
        RunningStatistics running = new RunningStatistics();
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            // A large offset: the naive sum of squares would lose every digit here.
            values[i] = 1e9 + (i % 7) * 0.1;
            running.add(values[i]);
        }
        Summary expected = Summary.of(values);
        assertEquals(expected.mean(), running.mean(), 1e-14 * expected.mean());
        assertEquals(expected.variance(), running.variance(), 1e-6 * expected.variance());
        assertEquals(1e9, running.min(), 0);
        assertEquals(1e9 + 0.6, running.max(), 1e-6);
        assertEquals(1000, running.summary().count());
        assertThrows(IllegalStateException.class, () -> new RunningStatistics().mean());
    }

    @Test
    void aTimeWeightedAverageIntegratesAPiecewiseConstantValue() {
        TimeWeightedAverage queue = new TimeWeightedAverage(0, 0);
        queue.add(10, 2);   // 0 from 0 to 10
        queue.add(20, -1);  // 2 from 10 to 20
        queue.set(25, 4);   // 1 from 20 to 25
        assertEquals(0 + 20 + 5 + 4 * 15, queue.integral(40), 1e-12);
        assertEquals(85.0 / 40, queue.average(40), 1e-12);
        queue.restart(40);
        assertEquals(4, queue.average(50), 1e-12, "a restart forgets the warm-up, keeps the value");
        assertThrows(IllegalArgumentException.class, () -> queue.set(30, 1));
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        Percentiles p = Percentiles.of(new double[] {4, 1, 3, 2});
        assertEquals(2.5, p.median(), 0);
        assertEquals(1, p.quantile(0), 0);
        assertEquals(4, p.quantile(1), 0);
        assertEquals(3.7, p.quantile(0.9), 1e-12);
        assertEquals(0.5, p.fractionAtMost(2), 0);
        assertEquals(0, p.fractionAtMost(0.5), 0);
        assertEquals(1, p.fractionAtMost(4), 0);
        Percentiles tens = Percentiles.of(ONE_TO_TEN);
        assertEquals(9.1, tens.quantile(0.9), 1e-12);
        assertEquals(10, tens.count());
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[0]));
    }
}

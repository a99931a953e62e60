package io.stage7.sim.report.html;

import java.util.Arrays;

/**
 * Series sampled at the same instants (the backlog of each region at each time step), kept in at
 * most {@code maxPoints} points however many samples come. While there is room each sample is a
 * point; when the points are full, adjacent pairs merge, so that each point covers twice as many
 * samples, keeps the time of its first sample and the largest value of each series in it (the peak:
 * what a planner looks for in a coarse backlog chart). Which samples a point covers depends only on
 * how many samples were added: point i covers samples [i·k, (i+1)·k) with k the smallest power of
 * two that leaves at most {@code maxPoints} points. So runs with the same number of samples, the
 * replications of one scenario, have their points at the same times and pool point by point.
 */
final class PeakSeries {

    /** The most points kept: over four per pixel of the report's 960-pixel-wide charts. */
    static final int MAX_POINTS = 4096;

    private static final int INITIAL_CAPACITY = 256;

    private final int maxPoints;
    private long[] times;
    private final int[][] peaks;
    private int points;
    private long samplesPerPoint = 1;
    private long samplesInLast;

    /** {@code series} series in at most {@value #MAX_POINTS} points. */
    PeakSeries(int series) {
        this(series, MAX_POINTS);
    }

    /** {@code series} series in at most {@code maxPoints} points, an even number (lower in tests). */
    PeakSeries(int series, int maxPoints) {
        if (maxPoints < 2 || maxPoints % 2 != 0) {
            throw new IllegalArgumentException("an even number of points, at least 2, not " + maxPoints);
        }
        this.maxPoints = maxPoints;
        int capacity = Math.min(INITIAL_CAPACITY, maxPoints);
        times = new long[capacity];
        peaks = new int[series][capacity];
    }

    /** Adds the sample at {@code time} (no earlier than the last), one value per series. */
    void add(long time, int[] values) {
        if (values.length != peaks.length) {
            throw new IllegalArgumentException(peaks.length + " series, " + values.length + " values");
        }
        if (points > 0 && samplesInLast < samplesPerPoint) {
            for (int s = 0; s < peaks.length; s++) {
                peaks[s][points - 1] = Math.max(peaks[s][points - 1], values[s]);
            }
            samplesInLast++;
            return;
        }
        if (points == maxPoints) {
            mergePairs();
        }
        if (points == times.length) {
            int capacity = Math.min(points * 2, maxPoints);
            times = Arrays.copyOf(times, capacity);
            for (int s = 0; s < peaks.length; s++) {
                peaks[s] = Arrays.copyOf(peaks[s], capacity);
            }
        }
        times[points] = time;
        for (int s = 0; s < peaks.length; s++) {
            peaks[s][points] = values[s];
        }
        points++;
        samplesInLast = 1;
    }

    /** Halves the (full) points: each pair becomes one point with the first's time and the larger value. */
    private void mergePairs() {
        for (int i = 0; i < points / 2; i++) {
            times[i] = times[2 * i];
            for (int[] series : peaks) {
                series[i] = Math.max(series[2 * i], series[2 * i + 1]);
            }
        }
        points /= 2;
        samplesPerPoint *= 2;
        samplesInLast = samplesPerPoint;
    }

    /** How many points are kept. */
    int points() {
        return points;
    }

    /** How many samples each point covers (the last may cover fewer): 1 until the points first fill up. */
    long samplesPerPoint() {
        return samplesPerPoint;
    }

    /** The time of each point's first sample. */
    long[] times() {
        return Arrays.copyOf(times, points);
    }

    /** The largest value of series {@code series} in each point. */
    int[] peaks(int series) {
        return Arrays.copyOf(peaks[series], points);
    }

    /** The capacity of the arrays held: what the series' memory grows with (tests only). */
    int capacity() {
        return times.length;
    }
}

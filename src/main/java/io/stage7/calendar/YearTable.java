package io.stage7.calendar;

import java.util.Arrays;

/**
 * The open periods of one calendar over one local year, precomputed as sorted epoch-second
 * intervals with a running total of open time, so that membership, open time up to an instant
 * and the instant at which an amount of open time has elapsed are binary searches.
 *
 * <p>The year covers the instants {@code [start, end)} from local midnight starting 1 January to
 * local midnight starting 1 January of the next year. Intervals that touch are merged within a
 * year, never across years: callers that need the continuous open period (nextClosing) follow on
 * into the next year.
 */
final class YearTable {

    final int year;
    /** Epoch second of local midnight starting 1 January. */
    final long start;
    /** Epoch second of local midnight starting 1 January of the next year. */
    final long end;
    final long[] opens;
    final long[] closes;
    /** Open seconds in this year before interval i. */
    final long[] openBefore;
    /** Open seconds in the whole year. */
    final long total;

    YearTable(int year, long start, long end, long[] opens, long[] closes) {
        this.year = year;
        this.start = start;
        this.end = end;
        this.opens = opens;
        this.closes = closes;
        this.openBefore = new long[opens.length];
        long sum = 0;
        for (int i = 0; i < opens.length; i++) {
            openBefore[i] = sum;
            sum += closes[i] - opens[i];
        }
        this.total = sum;
    }

    int size() {
        return opens.length;
    }

    /** The last interval that opens at or before {@code second}, or -1. */
    int lastOpeningAtOrBefore(long second) {
        int i = Arrays.binarySearch(opens, second);
        return i >= 0 ? i : -i - 2;
    }

    /** Open seconds of this year before the whole second {@code second}. */
    long openSecondsBefore(int index, long second) {
        if (index < 0) {
            return 0;
        }
        return openBefore[index] + Math.min(second, closes[index]) - opens[index];
    }

    /**
     * The interval in which the open-time position {@code (seconds, nanos)}, counted from the start
     * of the year and strictly positive, is reached: the last interval with less open time
     * before it than the position.
     */
    int intervalReaching(long seconds, int nanos) {
        // cum < position  <=>  cum < seconds, or cum == seconds and nanos > 0
        long key = nanos > 0 ? seconds : seconds - 1;
        int i = Arrays.binarySearch(openBefore, key);
        return i >= 0 ? i : -i - 2;
    }
}

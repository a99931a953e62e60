package io.stage7.sim.kernel;

/**
 * Converts between the kernel's time unit (milliseconds) and the hours in which service times,
 * delays and SLAs are expressed.
 *
 * <p>Milliseconds are far below anything an approval desk can observe, so rounding a sampled
 * duration to the nearest millisecond changes no reported number.
 */
public final class SimTime {

    /** Milliseconds in one hour. */
    public static final long MILLIS_PER_HOUR = 3_600_000L;

    /** The longest duration {@link #millisFromHours} accepts: about 285 million years. */
    private static final double MAX_HOURS = (double) (Long.MAX_VALUE / 2) / MILLIS_PER_HOUR;

    private SimTime() {
    }

    /**
     * The duration of {@code hours} hours in milliseconds, rounded to the nearest millisecond. A
     * duration longer than about 285 million years (the far tail of a heavy-tailed distribution,
     * or infinity) is that long: it ends after any horizon either way, and the clock cannot overflow.
     *
     * @throws IllegalArgumentException if hours is negative or NaN (a distribution that can produce
     *     such a duration should have been rejected when the scenario was read)
     */
    public static long millisFromHours(double hours) {
        if (hours > MAX_HOURS) {
            return Math.round(MAX_HOURS * MILLIS_PER_HOUR);
        }
        if (!(hours >= 0)) {
            throw new IllegalArgumentException(
                    "a duration must be a finite, non-negative number of hours, got " + hours);
        }
        return Math.round(hours * MILLIS_PER_HOUR);
    }

    /** The duration of {@code millis} milliseconds in hours. */
    public static double hoursFromMillis(long millis) {
        return millis / (double) MILLIS_PER_HOUR;
    }
}

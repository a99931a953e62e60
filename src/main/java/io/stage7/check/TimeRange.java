package io.stage7.check;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Open hours within one day, {@code [open, close)}. A {@code close} of {@link LocalTime#MIDNIGHT}
 * means midnight at the end of the day (written {@code 24:00}).
 */
public record TimeRange(LocalTime open, LocalTime close) {

    public TimeRange {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (!close.equals(LocalTime.MIDNIGHT) && !open.isBefore(close)) {
            throw new IllegalArgumentException("open " + open + " is not before close " + close);
        }
    }

    /** Whether the range runs to the end of the day (24:00). */
    public boolean endsAtMidnight() {
        return close.equals(LocalTime.MIDNIGHT);
    }

    public Duration length() {
        return endsAtMidnight() ? Duration.ofDays(1).minus(Duration.ofNanos(open.toNanoOfDay()))
                : Duration.between(open, close);
    }

    /** Whether {@code time} falls in {@code [open, close)}. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(open) && (endsAtMidnight() || time.isBefore(close));
    }

    /** Whether this range and {@code other} share any instant. */
    public boolean overlaps(TimeRange other) {
        return other.contains(open) || contains(other.open);
    }

    @Override
    public String toString() {
        return open + "-" + (endsAtMidnight() ? "24:00" : close.toString());
    }
}

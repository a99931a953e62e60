package io.stage7.calendar;

import java.time.LocalTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of local wall-clock time within one day, {@code [open, close)}, to whole seconds.
 *
 * <p>A {@code close} of {@link LocalTime#MIDNIGHT} means the end of the day (24:00), so
 * {@code 00:00-00:00} is the whole day. Ranges never cross midnight: a night shift is two ranges
 * on consecutive days ({@code FRI 20:00-24:00} and {@code SAT 00:00-04:00}), and the calendar
 * treats the two as one continuous open period.
 *
 * @param open  the local time the desk opens
 * @param close the local time it closes; {@code 00:00} means 24:00
 */
public record TimeRange(LocalTime open, LocalTime close) {

    private static final Pattern TEXT =
            Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*");

    /** Seconds in a day: the close second of a range ending at 24:00. */
    static final int DAY_SECONDS = 86_400;

    public TimeRange {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (open.getNano() != 0 || close.getNano() != 0) {
            throw new IllegalArgumentException("open hours are whole seconds: " + open + "-" + close);
        }
        if (!close.equals(LocalTime.MIDNIGHT) && !open.isBefore(close)) {
            throw new IllegalArgumentException("open hours must open before they close: " + open + "-" + close);
        }
    }

    /** The range {@code [open, close)}; a close of {@code 00:00} means 24:00. */
    public static TimeRange of(LocalTime open, LocalTime close) {
        return new TimeRange(open, close);
    }

    /** The whole day, {@code 00:00-24:00}. */
    public static TimeRange allDay() {
        return new TimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /**
     * Parses {@code HH:mm-HH:mm}, where the close may be written {@code 24:00}.
     *
     * @throws IllegalArgumentException if the text is not such a range
     */
    public static TimeRange parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected HH:mm-HH:mm, found '" + text + "'");
        }
        LocalTime open = time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), false, text);
        LocalTime close = time(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), true, text);
        return new TimeRange(open, close);
    }

    private static LocalTime time(int hour, int minute, boolean endOfDayAllowed, String text) {
        if (endOfDayAllowed && hour == 24 && minute == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("not a time of day in '" + text + "'");
        }
        return LocalTime.of(hour, minute);
    }

    /** True if the range closes at the end of the day (24:00). */
    public boolean closesAtEndOfDay() {
        return close.equals(LocalTime.MIDNIGHT);
    }

    /** The opening as seconds after local midnight. */
    public int openSecond() {
        return open.toSecondOfDay();
    }

    /** The closing as seconds after local midnight: 86,400 for 24:00. */
    public int closeSecond() {
        return closesAtEndOfDay() ? DAY_SECONDS : close.toSecondOfDay();
    }

    /** Nominal length on the wall clock; a DST switch inside the range makes the real one differ. */
    public java.time.Duration nominalLength() {
        return java.time.Duration.ofSeconds(closeSecond() - openSecond());
    }

    /** {@code HH:mm-HH:mm}, with 24:00 for the end of the day; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return open + "-" + (closesAtEndOfDay() ? "24:00" : close.toString());
    }
}

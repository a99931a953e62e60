package io.stage7.check;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the rules language reads dates, times and instants written as text. The checker validates
 * literals with these methods and the evaluator converts with them, so both agree.
 */
public final class Literals {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE
            .withResolverStyle(ResolverStyle.STRICT);

    private Literals() {
    }

    /** An ISO date, {@code 2026-03-31}; empty when malformed or not a real date. */
    public static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DATE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * An ISO-8601 instant with an offset or {@code Z}, {@code 2026-03-31T16:45:00-07:00}; empty
     * when malformed. A local date-time without an offset is rejected: an instant must say which
     * zone it was written in.
     */
    public static Optional<Instant> parseDateTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** An ISO time of day, {@code 16:45}, {@code 16:45:00} or {@code 16:45:00.250}. */
    public static Optional<LocalTime> parseTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A clock time in a declaration, {@code HH:MM}, as minutes after midnight; {@code 24:00}
     * (1440) is midnight at the end of the day. Empty when malformed or out of range.
     */
    public static OptionalInt parseClock(String text) {
        if (text.length() != 5 || text.charAt(2) != ':') {
            return OptionalInt.empty();
        }
        for (int i : new int[] {0, 1, 3, 4}) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return OptionalInt.empty();
            }
        }
        int hour = Integer.parseInt(text.substring(0, 2));
        int minute = Integer.parseInt(text.substring(3, 5));
        if (hour == 24 && minute == 0) {
            return OptionalInt.of(24 * 60);
        }
        if (hour > 23 || minute > 59) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(hour * 60 + minute);
    }

    /** The minutes after midnight of a clock time as a {@link LocalTime} (1440 is MIDNIGHT). */
    static LocalTime clockTime(int minutes) {
        return minutes >= 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(minutes / 60, minutes % 60);
    }

    /** A month by its English name, full or three letters, ignoring case. */
    public static Optional<Month> parseMonth(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(lower) || full.substring(0, 3).equals(lower)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    /** A day of the week by its English name, full or three letters, ignoring case. */
    public static Optional<java.time.DayOfWeek> parseDay(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            String full = day.name().toLowerCase(Locale.ROOT);
            if (full.equals(lower) || full.substring(0, 3).equals(lower)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}

package io.stage7.records;

import io.stage7.functions.DateFunctions;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms in which Salesforce's APIs and Data Loader write Checkbox, Date, DateTime and Time
 * values, read into runtime values. The forms come from Salesforce's documentation ("Valid Date
 * and DateTime Formats" of the REST and Bulk APIs, "Data Types Supported by Data Loader"), not
 * from what {@code java.time} parses by default; docs/language.md lists them.
 *
 * <p>The plain forms of dates and date-times are read by hand first ({@link IsoForms}), to the
 * same values; the patterns below decide every other text.
 *
 * <p>Every method takes text already stripped of surrounding spaces and answers empty when the
 * text is not one of the forms, or names a day that does not exist or lies outside the dates
 * Salesforce stores (1700-01-01 to 4000-12-31).
 */
final class SalesforceForms {
    private static final String DATE = "(\\d{4})-(\\d{2})-(\\d{2})";
    private static final String ZONE = "(Z|[+-]\\d{2}:?\\d{2})";
    /** A date, as the APIs write a Date field; the old Bulk API form may add a zone, which does not move the day. */
    private static final Pattern DATE_FORM = Pattern.compile(DATE + ZONE + "?");
    /**
     * A date and a time of day with a zone ({@code T} as the APIs write it, or a space as
     * {@code TEXT(datetime)} does); the seconds and up to three digits of milliseconds optional.
     */
    private static final Pattern DATE_TIME_FORM = Pattern.compile(DATE + "[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?"
            + ZONE + "?");
    private static final Pattern TIME_FORM = Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?Z?");
    /** Digits of a second's fraction java.time keeps; the API writes three (milliseconds). */
    private static final int MAX_FRACTION_DIGITS = 9;

    private SalesforceForms() {
    }

    /**
     * A Checkbox as Data Loader reads it, ignoring case: {@code true}, {@code yes}, {@code y},
     * {@code on}, {@code 1} are ticked; {@code false}, {@code no}, {@code n}, {@code off},
     * {@code 0} are not.
     */
    static Optional<Boolean> checkbox(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "on", "1":
                return Optional.of(Boolean.TRUE);
            case "false", "no", "n", "off", "0":
                return Optional.of(Boolean.FALSE);
            default:
                return Optional.empty();
        }
    }

    /** A Date: {@code 2026-02-28}, or with a zone as the old Bulk API wrote it ({@code 2026-02-28Z}). */
    static Optional<LocalDate> date(String text) {
        LocalDate plain = IsoForms.date(text);
        return plain != null ? Optional.of(plain) : dateByPattern(text);
    }

    /** {@link #date} read by the pattern alone, for every form: what {@link IsoForms} must agree with. */
    static Optional<LocalDate> dateByPattern(String text) {
        Matcher m = DATE_FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return day(m).filter(SalesforceForms::storable);
    }

    /**
     * A DateTime: an API date-time ({@code 2026-02-28T14:13:54.000+0000}, {@code ...Z},
     * {@code ...+00:00}; milliseconds optional, finer fractions kept), the same with a space for
     * the {@code T}, or a date alone, which is midnight GMT as {@code DATETIMEVALUE} reads it
     * (midnight at the offset, when one is given). A time of day without a zone is not accepted:
     * the instant it names depends on a zone it does not say.
     */
    static Optional<Instant> dateTime(String text) {
        Instant plain = IsoForms.dateTime(text);
        return plain != null ? Optional.of(plain) : dateTimeByPattern(text);
    }

    /** {@link #dateTime} read by the patterns alone, for every form: what {@link IsoForms} must agree with. */
    static Optional<Instant> dateTimeByPattern(String text) {
        Matcher dateOnly = DATE_FORM.matcher(text);
        if (dateOnly.matches()) {
            Optional<LocalDate> day = day(dateOnly);
            Optional<ZoneOffset> zone = dateOnly.group(4) == null ? Optional.of(ZoneOffset.UTC) : offset(dateOnly.group(4));
            if (day.isEmpty() || zone.isEmpty()) {
                return Optional.empty();
            }
            return storable(day.get().atStartOfDay(zone.get()).toInstant());
        }
        Matcher m = DATE_TIME_FORM.matcher(text);
        if (!m.matches() || m.group(8) == null || tooPrecise(m.group(7))) {
            return Optional.empty();
        }
        Optional<LocalDate> day = day(m);
        Optional<LocalTime> time = time(m.group(4), m.group(5), m.group(6), m.group(7));
        Optional<ZoneOffset> zone = offset(m.group(8));
        if (day.isEmpty() || time.isEmpty() || zone.isEmpty()) {
            return Optional.empty();
        }
        return storable(LocalDateTime.of(day.get(), time.get()).toInstant(zone.get()));
    }

    /**
     * What is wrong with {@code text}, which {@link #dateTime} did not accept, when it is nearly
     * right ({@code "; it has no time zone ..."}); empty when it is simply not a date-time.
     */
    static String dateTimeAdvice(String text) {
        Matcher m = DATE_TIME_FORM.matcher(text);
        if (!m.matches()) {
            return "";
        }
        if (m.group(8) == null) {
            return "; it has no time zone: add Z for GMT, or an offset such as -08:00";
        }
        return "";
    }

    /** A Time: {@code 16:45}, {@code 16:45:00}, {@code 16:45:00.250}, and the API's {@code 16:45:00.250Z}. */
    static Optional<LocalTime> time(String text) {
        Matcher m = TIME_FORM.matcher(text);
        if (!m.matches() || tooPrecise(m.group(4))) {
            return Optional.empty();
        }
        return time(m.group(1), m.group(2), m.group(3), m.group(4));
    }

    private static Optional<LocalDate> day(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(String hours, String minutes, String seconds, String fraction) {
        try {
            int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, MAX_FRACTION_DIGITS));
            return Optional.of(LocalTime.of(Integer.parseInt(hours), Integer.parseInt(minutes),
                    seconds == null ? 0 : Integer.parseInt(seconds), nanos));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code Z}, {@code +05:30} or {@code +0530}; empty beyond the ±18 hours an offset can be. */
    private static Optional<ZoneOffset> offset(String zone) {
        if (zone.equals("Z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        String digits = zone.replace(":", "");
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(Integer.parseInt(digits.substring(0, 3)),
                    (zone.charAt(0) == '-' ? -1 : 1) * Integer.parseInt(digits.substring(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean tooPrecise(String fraction) {
        return fraction != null && fraction.length() > MAX_FRACTION_DIGITS;
    }

    private static boolean storable(LocalDate day) {
        return !day.isBefore(DateFunctions.MIN_DATE) && !day.isAfter(DateFunctions.MAX_DATE);
    }

    /** The instant, when its GMT date is one Salesforce stores. */
    private static Optional<Instant> storable(Instant instant) {
        return storable(LocalDate.ofInstant(instant, ZoneOffset.UTC)) ? Optional.of(instant) : Optional.empty();
    }
}

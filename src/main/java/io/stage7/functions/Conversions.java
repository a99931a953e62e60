package io.stage7.functions;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Conversions between text and the other types: {@code TEXT}, {@code VALUE},
 * {@code DATEVALUE}, {@code DATETIMEVALUE} and {@code TIMEVALUE}. All text forms are
 * locale-independent and all date-times are GMT, as Salesforce's are.
 */
public final class Conversions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME_TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME_TEXT = DateTimeFormatter.ofPattern("HH:mm:ss.SSS'Z'");
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.MILLI_OF_SECOND, 1, 3, true)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private static final long SECONDS_PER_DAY = 86_400L;

    private Conversions() {
    }

    /**
     * {@code TEXT(number)} for Number, Currency and Percent: "not formatted with any currency,
     * percent symbols, or commas" and "not sensitive to locale"; "percents are returned in the
     * form of a decimal" ({@code TEXT(30%) = "0.3"}). Salesforce does not say how many decimals
     * appear; Stage7 writes the plain decimal without trailing zeros or exponent:
     * {@code TEXT(1.50) = "1.5"}, {@code TEXT(1.2E+3) = "1200"}. A number whose plain form is
     * longer than {@link TextFunctions#MAX_TEXT_LENGTH} ({@code 1E-200000}) is an error.
     */
    public static String text(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        // sign, digits, zeros before or after them, and the point: measured before it is written
        long digits = stripped.precision();
        long scale = stripped.scale();
        TextFunctions.requireLength(2 + (scale <= 0 ? digits - scale : Math.max(digits, scale) + 1));
        return stripped.toPlainString();
    }

    /** {@code TEXT(date)}: "YYYY-MM-DD", e.g. {@code "2015-03-17"}. */
    public static String text(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /**
     * {@code TEXT(datetime)}: "YYYY-MM-DD HH:MM:SSZ" in GMT ("TEXT() always returns Date/Time
     * values in GMT"), e.g. {@code "2015-03-17 17:00:00Z"}; milliseconds are dropped.
     */
    public static String text(Instant dateTime) {
        try {
            return dateTime == null ? null : DATE_TIME_TEXT.format(dateTime);
        } catch (DateTimeException beyondLocalDates) {
            throw DateFunctions.dateOutOfRange();
        }
    }

    /**
     * {@code TEXT(time)}: Salesforce does not document this form; Stage7 writes the form
     * Salesforce's API uses for Time values, "HH:MM:SS.MMMZ", e.g. {@code "07:00:00.000Z"}.
     */
    public static String text(LocalTime time) {
        return time == null ? null : TIME_TEXT.format(time);
    }

    /** {@code TEXT(picklist)}: the selected value. */
    public static String text(String picklistValue) {
        return TextFunctions.blankToNull(picklistValue);
    }

    /**
     * {@code VALUE(text)}: the number the text spells, ignoring surrounding spaces and tabs.
     * Accepted: what {@link TextFunctions#isNumber} accepts. Anything else is
     * {@code #Error! VALUE: "abc" is not a number}; a number of 19 or more digits before the
     * point ({@code "1e30"}), or an exponent beyond {@code BigDecimal}'s, is
     * {@code #Error! Number out of range}.
     */
    public static BigDecimal value(String text) {
        String trimmed = TextFunctions.trim(text);
        if (trimmed == null) {
            return null;
        }
        if (TextFunctions.matchesNumber(trimmed)) {
            try {
                return MathFunctions.inRange(new BigDecimal(trimmed));
            } catch (NumberFormatException exponentBeyondBigDecimal) {
                throw MathFunctions.outOfRange();
            }
        }
        throw new FormulaError("VALUE: \"" + text + "\" is not a number");
    }

    /**
     * {@code DATEVALUE(text)}: the date written "YYYY-MM-DD". Any other text, or a date that
     * does not exist ({@code "2026-02-30"}), is {@code #Error! Invalid date}; one outside
     * {@link DateFunctions#MIN_DATE} to {@link DateFunctions#MAX_DATE} is
     * {@code #Error! Date out of range}.
     */
    public static LocalDate dateValue(String text) {
        if (TextFunctions.isBlank(text)) {
            return null;
        }
        try {
            return DateFunctions.inRange(LocalDate.parse(text, DATE));
        } catch (DateTimeParseException e) {
            throw invalid("date", text);
        }
    }

    /**
     * {@code DATEVALUE(datetime)}: the date part in GMT, as Salesforce computes it (not in the
     * user's time zone): {@code DATEVALUE(2026-03-01T23:30:00Z) = 2026-03-01}.
     */
    public static LocalDate dateValue(Instant dateTime) {
        try {
            // LocalDate.ofInstant(dateTime, UTC) without ZoneOffset.getRules(), which makes a ZoneRules per call
            return dateTime == null ? null : LocalDate.ofEpochDay(dateValueEpochDay(dateTime));
        } catch (DateTimeException beyondLocalDates) {
            throw DateFunctions.dateOutOfRange();
        }
    }

    /** {@code DATEVALUE(datetime)} as an epoch day, the GMT day the instant falls on, without the objects. */
    public static long dateValueEpochDay(Instant dateTime) {
        return Math.floorDiv(dateTime.getEpochSecond(), SECONDS_PER_DAY);
    }

    /**
     * {@code DATETIMEVALUE(text)}: text "YYYY-MM-DD HH:MM:SS" read as GMT. Where the doc is
     * silent, a date alone ("YYYY-MM-DD") is midnight GMT. Anything else is an error, and so is
     * a date outside {@link DateFunctions#MIN_DATE} to {@link DateFunctions#MAX_DATE}.
     */
    public static Instant dateTimeValue(String text) {
        if (TextFunctions.isBlank(text)) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return DateFunctions.inRange(LocalDate.parse(text, DATE).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return DateFunctions.inRange(LocalDateTime.parse(text, DATE_TIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw invalid("date/time", text);
        }
    }

    /** {@code DATETIMEVALUE(date)}: midnight GMT at the start of the date. */
    public static Instant dateTimeValue(LocalDate date) {
        return date == null ? null : Instant.ofEpochSecond(date.toEpochDay() * SECONDS_PER_DAY);
    }

    /**
     * {@code TIMEVALUE(text)}: a time written "HH:MM:SS.MMM" on a 24-hour clock; the seconds and
     * milliseconds may be left out ("HH:MM", "HH:MM:SS"). Anything else is an error.
     */
    public static LocalTime timeValue(String text) {
        if (TextFunctions.isBlank(text)) {
            return null;
        }
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            throw invalid("time", text);
        }
    }

    /** {@code TIMEVALUE(datetime)}: the time of day in GMT, to the millisecond. */
    public static LocalTime timeValue(Instant dateTime) {
        if (dateTime == null) {
            return null;
        }
        // LocalTime.ofInstant(dateTime, UTC) truncated to the millisecond, without a ZoneRules per call
        long secondOfDay = Math.floorMod(dateTime.getEpochSecond(), SECONDS_PER_DAY);
        int millisOfSecond = dateTime.getNano() / 1_000_000;
        return LocalTime.ofNanoOfDay(secondOfDay * 1_000_000_000L + millisOfSecond * 1_000_000L);
    }

    static FormulaError invalid(String what, String text) {
        return new FormulaError("Invalid " + what + " \"" + text + "\"");
    }

    static FormulaError outOfRange(DateTimeException e) {
        return new FormulaError("Date out of range");
    }
}

package io.stage7.functions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * Date, DateTime and Time functions and their arithmetic. Nothing here reads the system clock:
 * {@code TODAY}, {@code NOW} and {@code TIMENOW} take the evaluation clock's instant (and zone)
 * from the caller. Blank arguments give blank results.
 *
 * <p>Dates and date-times that a function computes must lie in Salesforce's supported range,
 * {@link #MIN_DATE} to {@link #MAX_DATE} (GMT for date-times); outside it is
 * {@code #Error! Date out of range}, found without walking to the far date.
 */
public final class DateFunctions {

    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final BigDecimal MILLIS_PER_DAY_DECIMAL = BigDecimal.valueOf(MILLIS_PER_DAY);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigInteger MILLIS_PER_DAY_INTEGER = BigInteger.valueOf(MILLIS_PER_DAY);

    /** The earliest date a function computes: 1 January 1700, the start of Salesforce's date range. */
    public static final LocalDate MIN_DATE = LocalDate.of(1700, 1, 1);
    /** The latest date a function computes: 31 December 4000, the end of Salesforce's date range. */
    public static final LocalDate MAX_DATE = LocalDate.of(4000, 12, 31);
    private static final Instant MIN_INSTANT = MIN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT = MAX_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    /** More digits than any day, second or millisecond count within the range can have. */
    private static final int MAX_OFFSET_DIGITS = 15;
    /** The smallest count of {@link #MAX_OFFSET_DIGITS} + 1 digits. */
    private static final long MAX_OFFSET = 1_000_000_000_000_000L;
    /** {@link #MIN_DATE} as an epoch day. */
    public static final long MIN_EPOCH_DAY = MIN_DATE.toEpochDay();
    /** {@link #MAX_DATE} as an epoch day. */
    public static final long MAX_EPOCH_DAY = MAX_DATE.toEpochDay();

    private DateFunctions() {
    }

    /**
     * {@code DATE(year, month, day)}. A date that does not exist ({@code DATE(2026, 2, 29)}) is
     * an error, as Salesforce documents; so is one outside {@link #MIN_DATE} to {@link #MAX_DATE}.
     * Fractional arguments are truncated.
     */
    public static LocalDate date(BigDecimal year, BigDecimal month, BigDecimal day) {
        if (year == null || month == null || day == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(MathFunctions.clampToInt(year), MathFunctions.clampToInt(month),
                    MathFunctions.clampToInt(day));
        } catch (DateTimeException e) {
            throw new FormulaError("Invalid date: DATE(" + MathFunctions.describe(year) + ", "
                    + MathFunctions.describe(month) + ", " + MathFunctions.describe(day) + ")");
        }
        return inRange(date);
    }

    /** {@code TODAY()}: the current date in the evaluation clock's time zone (the user's, in Salesforce). */
    public static LocalDate today(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone);
    }

    /** {@code NOW()}: the evaluation clock's instant. */
    public static Instant now(Instant now) {
        return now;
    }

    /** {@code TIMENOW()}: the current time of day in GMT, as Salesforce documents it. */
    public static LocalTime timeNow(Instant now) {
        return Conversions.timeValue(now);
    }

    /** {@code YEAR(date)}. */
    public static BigDecimal year(LocalDate date) {
        return date == null ? null : BigDecimal.valueOf(date.getYear());
    }

    /** {@code MONTH(date)}: 1 to 12. */
    public static BigDecimal month(LocalDate date) {
        return date == null ? null : BigDecimal.valueOf(date.getMonthValue());
    }

    /** {@code DAY(date)}: the day of the month, 1 to 31. */
    public static BigDecimal day(LocalDate date) {
        return date == null ? null : BigDecimal.valueOf(date.getDayOfMonth());
    }

    /** {@code WEEKDAY(date)}: 1 for Sunday, 2 for Monday, through 7 for Saturday. */
    public static BigDecimal weekday(LocalDate date) {
        return date == null ? null : BigDecimal.valueOf(date.getDayOfWeek().getValue() % 7 + 1);
    }

    /** {@code DAYOFYEAR(date)}: 1 to 366. */
    public static BigDecimal dayOfYear(LocalDate date) {
        return date == null ? null : BigDecimal.valueOf(date.getDayOfYear());
    }

    /** {@code ISOWEEK(date)}: the ISO 8601 week number, 1 to 53 (weeks start on Monday). */
    public static BigDecimal isoWeek(LocalDate date) {
        return date == null ? null : BigDecimal.valueOf(isoField(date, IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** {@code ISOYEAR(date)}: the ISO 8601 week-numbering year ({@code ISOYEAR(2027-01-01) = 2026}). */
    public static BigDecimal isoYear(LocalDate date) {
        return date == null ? null : BigDecimal.valueOf(isoField(date, IsoFields.WEEK_BASED_YEAR));
    }

    /**
     * {@code ADDMONTHS(date, num)}: Salesforce: "if the specified date is the last day of the
     * month, the resulting date is the last day of the resulting month. Otherwise, the result
     * has the same date component" — clamped to the end of a shorter month, as its example
     * shows (September 30 + 5 months = February 28). So {@code ADDMONTHS(2026-01-31, 1) =
     * 2026-02-28}, {@code ADDMONTHS(2026-02-28, 1) = 2026-03-31}. {@code num} may be negative;
     * fractions are truncated.
     */
    public static LocalDate addMonths(LocalDate date, BigDecimal num) {
        if (date == null || num == null) {
            return null;
        }
        return addMonths(date, monthCount(num));
    }

    /** {@code ADDMONTHS(date, months)} of a present date, the months already {@link #monthCount counted}. */
    public static LocalDate addMonths(LocalDate date, int months) {
        try {
            LocalDate result = date.plusMonths(months);
            boolean lastDay = date.getDayOfMonth() == date.lengthOfMonth();
            return inRange(lastDay ? result.withDayOfMonth(result.lengthOfMonth()) : result);
        } catch (DateTimeException e) {
            throw Conversions.outOfRange(e);
        }
    }

    /**
     * The months {@code ADDMONTHS} moves by: the number truncated towards zero and clamped to the
     * {@code int} range; a small whole number without arithmetic.
     */
    public static int monthCount(BigDecimal num) {
        return num.scale() == 0 && num.precision() <= 9 ? num.intValue() : MathFunctions.clampToInt(num);
    }

    /**
     * {@code date + num}: {@code num} days later. "When calculating dates using fractions,
     * Salesforce ignores any numbers beyond the decimal": {@code TODAY() + 1.7} is
     * {@code TODAY() + 1}, so the days are truncated towards zero.
     */
    public static LocalDate addDays(LocalDate date, BigDecimal days) {
        if (date == null || days == null) {
            return null;
        }
        return LocalDate.ofEpochDay(addDays(date.toEpochDay(), dayCount(days)));
    }

    /**
     * {@code date + days} on epoch days ({@link LocalDate#toEpochDay()}): the epoch day
     * {@code days} later, or {@code #Error! Date out of range} outside {@link #MIN_DATE} to
     * {@link #MAX_DATE}. What {@link #addDays(LocalDate, BigDecimal)} computes, without the objects;
     * {@code days} is what {@link #dayCount} made of the number.
     */
    public static long addDays(long epochDay, long days) {
        long result = epochDay + days; // cannot overflow: |epochDay| < 2^39 for any LocalDate, |days| < 10^15
        if (result < MIN_EPOCH_DAY || result > MAX_EPOCH_DAY) {
            throw dateOutOfRange();
        }
        return result;
    }

    /**
     * The whole days {@code date + days} moves by: {@code days} truncated towards zero, or
     * {@code #Error! Date out of range} when it has more digits than any move within the range.
     */
    public static long dayCount(BigDecimal days) {
        if (days.scale() == 0 && days.precision() <= MAX_OFFSET_DIGITS) {
            return days.longValue(); // an integer-valued number: no rounding, no allocation
        }
        return wholeCount(days, RoundingMode.DOWN);
    }

    /**
     * The milliseconds {@code datetime + days} moves by: {@code days} days rounded half up to the
     * millisecond, or {@code #Error! Date out of range} when that has more digits than any move
     * within the range.
     */
    public static long dayMillis(BigDecimal days) {
        if (days.scale() == 0 && days.precision() <= 9) { // an integer-valued number: exact, no allocation
            long millis = days.longValue() * MILLIS_PER_DAY;
            if (millis >= MAX_OFFSET || millis <= -MAX_OFFSET) {
                throw dateOutOfRange(); // more than MAX_OFFSET_DIGITS digits, as wholeCount finds
            }
            return millis;
        }
        return wholeCount(days.multiply(MILLIS_PER_DAY_DECIMAL), RoundingMode.HALF_UP);
    }

    /** {@code date - num}: {@code num} days earlier, truncated like {@link #addDays(LocalDate, BigDecimal)}. */
    public static LocalDate subtractDays(LocalDate date, BigDecimal days) {
        return addDays(date, days == null ? null : days.negate());
    }

    /** {@code date1 - date2}: the number of days between them, a whole number (negative if earlier). */
    public static BigDecimal daysBetween(LocalDate date1, LocalDate date2) {
        return date1 == null || date2 == null ? null
                : BigDecimal.valueOf(date1.toEpochDay() - date2.toEpochDay());
    }

    /**
     * {@code datetime + num}: {@code num} days later, fractions included
     * ({@code + 0.5} is twelve hours), rounded half up to the millisecond.
     */
    public static Instant addDays(Instant dateTime, BigDecimal days) {
        if (dateTime == null || days == null) {
            return null;
        }
        return addMillis(dateTime, dayMillis(days));
    }

    /**
     * {@code datetime + days} with the days already made milliseconds by {@link #dayMillis}: the
     * instant that much later, or {@code #Error! Date out of range} outside the range.
     */
    public static Instant addMillis(Instant dateTime, long millis) {
        try {
            return inRange(dateTime.plusMillis(millis));
        } catch (DateTimeException | ArithmeticException e) {
            throw dateOutOfRange();
        }
    }

    /** {@code datetime - num}: {@code num} days earlier. */
    public static Instant subtractDays(Instant dateTime, BigDecimal days) {
        return addDays(dateTime, days == null ? null : days.negate());
    }

    /**
     * {@code datetime1 - datetime2}: the days between them as a decimal ("3.52 is 3 days, 12
     * hours and 29 minutes"), to 34 significant digits: twelve hours is exactly {@code 0.5}.
     */
    public static BigDecimal daysBetween(Instant dateTime1, Instant dateTime2) {
        if (dateTime1 == null || dateTime2 == null) {
            return null;
        }
        long seconds = dateTime1.getEpochSecond() - dateTime2.getEpochSecond(); // cannot overflow: |epoch second| < 2^55
        long millisOfSecond = dateTime1.getNano() / 1_000_000 - dateTime2.getNano() / 1_000_000;
        BigDecimal millis = Math.abs(seconds) < Long.MAX_VALUE / 1000 - 1
                ? BigDecimal.valueOf(seconds * 1000 + millisOfSecond) // ChronoUnit.MILLIS.between, without its overflow
                : BigDecimal.valueOf(seconds).multiply(THOUSAND).add(BigDecimal.valueOf(millisOfSecond));
        return millis.divide(MILLIS_PER_DAY_DECIMAL, MathFunctions.PRECISION);
    }

    /**
     * {@code time + num}: {@code num} milliseconds later (Salesforce: "the unit for adding or
     * subtracting a time value is milliseconds"), wrapping around midnight ("adding 25 hours
     * to a time value is the same as adding one hour"). Fractional milliseconds are truncated.
     */
    public static LocalTime addMilliseconds(LocalTime time, BigDecimal millis) {
        if (time == null || millis == null) {
            return null;
        }
        // Whole milliseconds modulo a day, without expanding a huge count: u * 10^e mod m.
        BigDecimal whole = MathFunctions.setScale(millis, 0, RoundingMode.DOWN);
        BigInteger power = BigInteger.TEN.modPow(BigInteger.valueOf(-(long) whole.scale()), MILLIS_PER_DAY_INTEGER);
        long delta = whole.unscaledValue().mod(MILLIS_PER_DAY_INTEGER).multiply(power).mod(MILLIS_PER_DAY_INTEGER).longValue();
        long ofDay = Math.floorMod(millisOfDay(time) + delta, MILLIS_PER_DAY);
        return LocalTime.ofNanoOfDay(ofDay * 1_000_000L);
    }

    /** {@code time - num}: {@code num} milliseconds earlier, wrapping around midnight. */
    public static LocalTime subtractMilliseconds(LocalTime time, BigDecimal millis) {
        return addMilliseconds(time, millis == null ? null : millis.negate());
    }

    /**
     * {@code time1 - time2}: the milliseconds between two times of day
     * ({@code 21:00 - 20:00 = 3600000}); negative when {@code time1} is earlier. No wrapping.
     */
    public static BigDecimal millisecondsBetween(LocalTime time1, LocalTime time2) {
        return time1 == null || time2 == null ? null
                : BigDecimal.valueOf(millisOfDay(time1) - millisOfDay(time2));
    }

    /** {@code HOUR(time)}: 0 to 23. */
    public static BigDecimal hour(LocalTime time) {
        return time == null ? null : BigDecimal.valueOf(time.getHour());
    }

    /** {@code MINUTE(time)}: 0 to 59. */
    public static BigDecimal minute(LocalTime time) {
        return time == null ? null : BigDecimal.valueOf(time.getMinute());
    }

    /** {@code SECOND(time)}: 0 to 59. */
    public static BigDecimal second(LocalTime time) {
        return time == null ? null : BigDecimal.valueOf(time.getSecond());
    }

    /** {@code MILLISECOND(time)}: 0 to 999. */
    public static BigDecimal millisecond(LocalTime time) {
        return time == null ? null : BigDecimal.valueOf(time.getNano() / 1_000_000);
    }

    /** {@code UNIXTIMESTAMP(date)}: seconds from 1970-01-01 00:00 GMT to midnight GMT of the date. */
    public static BigDecimal unixTimestamp(LocalDate date) {
        return date == null ? null : BigDecimal.valueOf(date.toEpochDay() * 86_400L);
    }

    /**
     * {@code UNIXTIMESTAMP(datetime)}: whole seconds since 1970-01-01 00:00 GMT (milliseconds
     * dropped, rounding down).
     */
    public static BigDecimal unixTimestamp(Instant dateTime) {
        return dateTime == null ? null : BigDecimal.valueOf(dateTime.getEpochSecond());
    }

    /** {@code UNIXTIMESTAMP(time)}: "the number of seconds in the day for a time", whole seconds. */
    public static BigDecimal unixTimestamp(LocalTime time) {
        return time == null ? null : BigDecimal.valueOf(time.toSecondOfDay());
    }

    /**
     * {@code FROMUNIXTIME(number)}: the date-time that many seconds after 1970-01-01 00:00 GMT;
     * fractional seconds are kept to the millisecond, rounding down. Outside {@link #MIN_DATE}
     * to {@link #MAX_DATE} is {@code #Error! Date out of range}.
     */
    public static Instant fromUnixTime(BigDecimal seconds) {
        if (seconds == null) {
            return null;
        }
        try {
            return inRange(Instant.ofEpochMilli(wholeCount(seconds.multiply(THOUSAND), RoundingMode.FLOOR)));
        } catch (DateTimeException e) {
            throw dateOutOfRange();
        }
    }

    /** The date itself, or {@code #Error! Date out of range} outside {@link #MIN_DATE} to {@link #MAX_DATE}. */
    static LocalDate inRange(LocalDate date) {
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw dateOutOfRange();
        }
        return date;
    }

    /** The instant itself, or {@code #Error! Date out of range} outside the range's days in GMT. */
    static Instant inRange(Instant instant) {
        if (instant.isBefore(MIN_INSTANT) || !instant.isBefore(END_INSTANT)) {
            throw dateOutOfRange();
        }
        return instant;
    }

    static FormulaError dateOutOfRange() {
        return new FormulaError("Date out of range");
    }

    /**
     * A count of days, seconds or milliseconds rounded to a whole number; one too large for any
     * date in range is {@code #Error! Date out of range} before it is expanded
     * ({@code 12345.678 ^ 1000000} days would be millions of digits).
     */
    private static long wholeCount(BigDecimal count, RoundingMode mode) {
        if (MathFunctions.integerDigits(count) > MAX_OFFSET_DIGITS) {
            throw dateOutOfRange();
        }
        return MathFunctions.setScale(count, 0, mode).longValue();
    }

    private static int isoField(LocalDate date, java.time.temporal.TemporalField field) {
        try {
            return date.get(field);
        } catch (DateTimeException atTheEndOfTime) {
            throw dateOutOfRange();
        }
    }

    private static long millisOfDay(LocalTime time) {
        return time.toNanoOfDay() / 1_000_000L;
    }
}

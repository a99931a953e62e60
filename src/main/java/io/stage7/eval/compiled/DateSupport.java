package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.functions.Conversions;
import io.stage7.functions.DateFunctions;
import io.stage7.functions.FormulaError;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The steps of {@link DateNodes}: Date arithmetic on epoch days ({@code long}, {@link #BLANK} for
 * a blank date) and DateTime arithmetic on milliseconds, with the range checks and errors of
 * {@link DateFunctions}, which they call for every count and edge. Static and tiny, so the JIT
 * inlines them into the generated methods and keeps the days in registers: a comparison such as
 * {@code CloseDate - 30 > TODAY()} makes no LocalDate and no BigDecimal.
 */
final class DateSupport {
    /** The epoch day of a blank date: no LocalDate has it (their epoch days lie within ±2^39). */
    static final long BLANK = Long.MIN_VALUE;
    private static final long FIRST_EPOCH_DAY = LocalDate.MIN.toEpochDay();
    private static final long LAST_EPOCH_DAY = LocalDate.MAX.toEpochDay();

    private DateSupport() {
    }

    static long epochDay(Object date) {
        return date == null ? BLANK : ((LocalDate) date).toEpochDay();
    }

    /** The date of an epoch day; blank stays blank. */
    static LocalDate date(long epochDay) {
        return epochDay == BLANK ? null : LocalDate.ofEpochDay(epochDay);
    }

    /** {@code date + n} for a constant n already made a whole count of days. */
    static long shiftDays(Object date, long days) {
        return date == null ? BLANK : DateFunctions.addDays(((LocalDate) date).toEpochDay(), days);
    }

    /** {@code date + n}: blank if either is blank. */
    static long plusDays(Object date, Object days) {
        if (date == null || days == null) {
            return BLANK;
        }
        return DateFunctions.addDays(((LocalDate) date).toEpochDay(), DateFunctions.dayCount((BigDecimal) days));
    }

    /** {@code n + date}: as {@link #plusDays}, the number evaluated first. */
    static long plusDaysNumberFirst(Object days, Object date) {
        return plusDays(date, days);
    }

    /** {@code date - n}: truncation is symmetric, so this is {@code date + (-n)}. */
    static long minusDays(Object date, Object days) {
        if (date == null || days == null) {
            return BLANK;
        }
        return DateFunctions.addDays(((LocalDate) date).toEpochDay(), -DateFunctions.dayCount((BigDecimal) days));
    }

    /** {@code ADDMONTHS(date, n)} for a constant n already made a count of months. */
    static long addMonths(Object date, int months) {
        return date == null ? BLANK : DateFunctions.addMonths((LocalDate) date, months).toEpochDay();
    }

    /** {@code ADDMONTHS(date, n)}: blank if either is blank. */
    static long addMonths(Object date, Object months) {
        if (date == null || months == null) {
            return BLANK;
        }
        return DateFunctions.addMonths((LocalDate) date, DateFunctions.monthCount((BigDecimal) months)).toEpochDay();
    }

    /** {@code ADDMONTHS(date, n)} with a whole n ({@link WholeSupport#BLANK} for blank), clamped as the library clamps. */
    static long addWholeMonths(Object date, long months) {
        if (date == null || months == BLANK) {
            return BLANK;
        }
        int count = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, months));
        return DateFunctions.addMonths((LocalDate) date, count).toEpochDay();
    }

    /** {@code DATEVALUE(datetime)} as an epoch day. */
    static long dateValue(Object dateTime) {
        if (dateTime == null) {
            return BLANK;
        }
        long day = Conversions.dateValueEpochDay((Instant) dateTime);
        if (day < FIRST_EPOCH_DAY || day > LAST_EPOCH_DAY) {
            throw new FormulaError("Date out of range"); // as Conversions.dateValue, beyond LocalDate's range
        }
        return day;
    }

    /** {@code date1 - date2} in days; blank if either is blank. */
    static long between(long day1, long day2) {
        return day1 == BLANK || day2 == BLANK ? BLANK : day1 - day2;
    }

    /** A count of days as the Number it is. */
    static BigDecimal decimal(long days) {
        return days == BLANK ? null : BigDecimal.valueOf(days);
    }

    /** Two dates compared by {@code op} (a {@link #code}); blank if either is blank. */
    static int compare(long day1, long day2, int op) {
        if (day1 == BLANK || day2 == BLANK) {
            return Truth.BLANK;
        }
        return holds(op, Long.compare(day1, day2));
    }

    /** Two dates as read compared by {@code op}: LocalDate's own comparison, no epoch day; blank if either is. */
    static int compareDates(Object date1, Object date2, int op) {
        if (date1 == null || date2 == null) {
            return Truth.BLANK;
        }
        return holds(op, ((LocalDate) date1).compareTo((LocalDate) date2));
    }

    /** A count of days compared with a Number: as BigDecimal's compareTo, without making one for whole numbers. */
    static int compareCount(long days, Object number, int op) {
        if (days == BLANK || number == null) {
            return Truth.BLANK;
        }
        return holds(op, compareToDecimal(days, (BigDecimal) number));
    }

    /** A Number compared with a count of days. */
    static int compareToCount(Object number, long days, int op) {
        if (days == BLANK || number == null) {
            return Truth.BLANK;
        }
        return holds(op, -compareToDecimal(days, (BigDecimal) number));
    }

    private static int compareToDecimal(long days, BigDecimal number) {
        if (number.scale() == 0 && number.precision() <= 18) {
            return Long.compare(days, number.longValue());
        }
        return BigDecimal.valueOf(days).compareTo(number);
    }

    /** {@code datetime + n} for a constant n already made milliseconds. */
    static Instant shiftMillis(Object dateTime, long millis) {
        return dateTime == null ? null : DateFunctions.addMillis((Instant) dateTime, millis);
    }

    /** {@code datetime + n}: blank if either is blank. */
    static Instant plusDayMillis(Object dateTime, Object days) {
        if (dateTime == null || days == null) {
            return null;
        }
        return DateFunctions.addMillis((Instant) dateTime, DateFunctions.dayMillis((BigDecimal) days));
    }

    static Instant plusDayMillisNumberFirst(Object days, Object dateTime) {
        return plusDayMillis(dateTime, days);
    }

    /** {@code datetime - n}: rounding half up is symmetric, so this is {@code datetime + (-n)}. */
    static Instant minusDayMillis(Object dateTime, Object days) {
        if (dateTime == null || days == null) {
            return null;
        }
        return DateFunctions.addMillis((Instant) dateTime, -DateFunctions.dayMillis((BigDecimal) days));
    }

    /** The comparison codes the steps take: constants in generated code, so a step's switch folds away. */
    static final int EQ = 0;
    static final int NE = 1;
    static final int LT = 2;
    static final int LE = 3;
    static final int GT = 4;
    static final int GE = 5;

    /** The code of a comparison operator. */
    static int code(Expr.BinaryOp op) {
        switch (op) {
            case EQ:
                return EQ;
            case NE:
                return NE;
            case LT:
                return LT;
            case LE:
                return LE;
            case GT:
                return GT;
            case GE:
                return GE;
            default:
                throw new IllegalArgumentException("not a comparison: " + op);
        }
    }

    /** Whether a comparison ({@link #code}) holds given a {@code compareTo} result, as {@link CompareNodes#holds}. */
    static int holds(int op, int comparison) {
        boolean holds;
        switch (op) {
            case EQ:
                holds = comparison == 0;
                break;
            case NE:
                holds = comparison != 0;
                break;
            case LT:
                holds = comparison < 0;
                break;
            case LE:
                holds = comparison <= 0;
                break;
            case GT:
                holds = comparison > 0;
                break;
            default:
                holds = comparison >= 0;
                break;
        }
        return holds ? Truth.TRUE : Truth.FALSE;
    }
}

package io.stage7.eval.compiled;

import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;
import io.stage7.functions.DateFunctions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Date and DateTime arithmetic specialized by {@link ExprCompiler}: {@code date ± n},
 * {@code DATEVALUE(datetime)} and {@code date - date} as epoch days, comparisons of such
 * expressions on the days themselves, and {@code datetime ± n} on milliseconds. A constant
 * {@code n} is made a whole count (days, or milliseconds of days) once, when the rule is
 * compiled; a field's {@code n} at run time, without a BigDecimal when it is a whole number. The
 * steps are {@link DateSupport}'s, which call {@link io.stage7.functions.DateFunctions} for every
 * count and range check, so the results, blanks and errors are the library's.
 */
final class DateNodes {
    private DateNodes() {
    }

    /** A Date expression that can be computed as an epoch day ({@link DateSupport#BLANK} for blank). */
    interface Days extends Val<LocalDate> {
        long epochDay(DataRecord record, EvalContext context);

        /** The call computing {@link #epochDay}. */
        StaticCall epochDayCode();
    }

    /** The epoch day of any Date node: a {@link Days} directly, any other through its LocalDate. */
    static long epochDay(Val<?> date, DataRecord record, EvalContext context) {
        return date instanceof Days days ? days.epochDay(record, context)
                : DateSupport.epochDay(date.eval(record, context));
    }

    static StaticCall epochDayCode(Val<?> date) {
        return date instanceof Days days ? days.epochDayCode()
                : StaticCall.of(DateSupport.class, "epochDay", long.class, date);
    }

    /**
     * {@code date + n}, {@code n + date} and {@code date - n}. With a constant n, {@code days} is
     * null and {@code constant} the signed whole count; otherwise n is evaluated (before the date
     * when {@code numberFirst}, as {@code n + date} is written).
     */
    static final class Shift implements Days, Emitted {
        final Val<?> date;
        final Val<?> days;
        final long constant;
        final boolean subtract;
        final boolean numberFirst;

        private Shift(Val<?> date, Val<?> days, long constant, boolean subtract, boolean numberFirst) {
            this.date = date;
            this.days = days;
            this.constant = constant;
            this.subtract = subtract;
            this.numberFirst = numberFirst;
        }

        /** By a constant whole count of days, signed. */
        static Shift byConstant(Val<?> date, long days) {
            return new Shift(date, null, days, false, false);
        }

        /** By a number evaluated at run time. */
        static Shift byNumber(Val<?> date, Val<?> days, boolean subtract, boolean numberFirst) {
            return new Shift(date, days, 0, subtract, numberFirst && !subtract);
        }

        @Override
        public long epochDay(DataRecord record, EvalContext context) {
            if (days == null) {
                return DateSupport.shiftDays(date.eval(record, context), constant);
            }
            if (numberFirst) {
                Object n = days.eval(record, context);
                return DateSupport.plusDaysNumberFirst(n, date.eval(record, context));
            }
            Object d = date.eval(record, context);
            Object n = days.eval(record, context);
            return subtract ? DateSupport.minusDays(d, n) : DateSupport.plusDays(d, n);
        }

        @Override
        public StaticCall epochDayCode() {
            if (days == null) {
                return StaticCall.of(DateSupport.class, "shiftDays", long.class, date, constant);
            }
            if (numberFirst) {
                return StaticCall.of(DateSupport.class, "plusDaysNumberFirst", long.class, days, date);
            }
            return StaticCall.of(DateSupport.class, subtract ? "minusDays" : "plusDays", long.class, date, days);
        }

        @Override
        public LocalDate eval(DataRecord record, EvalContext context) {
            return DateSupport.date(epochDay(record, context));
        }

        @Override
        public StaticCall code() {
            return StaticCall.of(DateSupport.class, "date", LocalDate.class, epochDayCode());
        }
    }

    /**
     * {@code ADDMONTHS(date, n)} as an epoch day: a constant n counted once ({@code months} null),
     * a whole n as a long, any other n counted at run time; the date is evaluated first.
     */
    static final class AddMonths implements Days, Emitted {
        final Val<?> date;
        final Val<?> months;
        final WholeNodes.Whole whole;
        final int constant;

        private AddMonths(Val<?> date, Val<?> months, WholeNodes.Whole whole, int constant) {
            this.date = date;
            this.months = months;
            this.whole = whole;
            this.constant = constant;
        }

        /** The node; with a blank constant n the library's call, which is blank. */
        static Val<?> of(Val<?> date, Val<?> months, java.util.function.Supplier<Val<?>> general) {
            Object n = ExprCompiler.constantOf(months);
            if (n == null) {
                return general.get();
            }
            if (n != ExprCompiler.NOT_CONSTANT) {
                return new AddMonths(date, null, null, DateFunctions.monthCount((BigDecimal) n));
            }
            return new AddMonths(date, months, WholeNodes.of(months), 0);
        }

        @Override
        public long epochDay(DataRecord record, EvalContext context) {
            if (months == null) {
                return DateSupport.addMonths(date.eval(record, context), constant);
            }
            Object d = date.eval(record, context);
            if (whole != null) {
                return DateSupport.addWholeMonths(d, whole.whole(record, context));
            }
            return DateSupport.addMonths(d, months.eval(record, context));
        }

        @Override
        public StaticCall epochDayCode() {
            if (months == null) {
                return StaticCall.of(DateSupport.class, "addMonths", long.class, date, constant);
            }
            if (whole != null) {
                return StaticCall.of(DateSupport.class, "addWholeMonths", long.class, date, whole.wholeCode());
            }
            return StaticCall.of(DateSupport.class, "addMonths", long.class, date, months);
        }

        @Override
        public LocalDate eval(DataRecord record, EvalContext context) {
            return DateSupport.date(epochDay(record, context));
        }

        @Override
        public StaticCall code() {
            return StaticCall.of(DateSupport.class, "date", LocalDate.class, epochDayCode());
        }
    }

    /** {@code DATEVALUE(datetime)}: the GMT day of the instant. */
    static final class DateValue implements Days, Emitted {
        final Val<?> dateTime;

        DateValue(Val<?> dateTime) {
            this.dateTime = dateTime;
        }

        @Override
        public long epochDay(DataRecord record, EvalContext context) {
            return DateSupport.dateValue(dateTime.eval(record, context));
        }

        @Override
        public StaticCall epochDayCode() {
            return StaticCall.of(DateSupport.class, "dateValue", long.class, dateTime);
        }

        @Override
        public LocalDate eval(DataRecord record, EvalContext context) {
            return DateSupport.date(epochDay(record, context));
        }

        @Override
        public StaticCall code() {
            return StaticCall.of(DateSupport.class, "date", LocalDate.class, epochDayCode());
        }
    }

    /** Two Date expressions compared on their epoch days: blank when either is blank. */
    static final class Compare implements Cond, Emitted {
        final Val<?> left;
        final Val<?> right;
        final int op;

        Compare(Val<?> left, Val<?> right, int op) {
            this.left = left;
            this.right = right;
            this.op = op;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            if (onDates()) {
                Object a = left.eval(record, context);
                return DateSupport.compareDates(a, right.eval(record, context), op);
            }
            long a = epochDay(left, record, context);
            return DateSupport.compare(a, epochDay(right, record, context), op);
        }

        /** Whether neither side is date arithmetic: the dates read are compared as they are, with no epoch day. */
        private boolean onDates() {
            return !(left instanceof Days) && !(right instanceof Days);
        }

        @Override
        public StaticCall code() {
            if (onDates()) {
                return StaticCall.of(DateSupport.class, "compareDates", int.class, left, right, op);
            }
            return StaticCall.of(DateSupport.class, "compare", int.class, epochDayCode(left), epochDayCode(right), op);
        }
    }

    /** {@code date1 - date2}: the days between, a whole Number. */
    static final class Between implements Val<BigDecimal>, Emitted {
        final Val<?> left;
        final Val<?> right;

        Between(Val<?> left, Val<?> right) {
            this.left = left;
            this.right = right;
        }

        long days(DataRecord record, EvalContext context) {
            long a = epochDay(left, record, context);
            return DateSupport.between(a, epochDay(right, record, context));
        }

        StaticCall daysCode() {
            return StaticCall.of(DateSupport.class, "between", long.class, epochDayCode(left), epochDayCode(right));
        }

        @Override
        public BigDecimal eval(DataRecord record, EvalContext context) {
            return DateSupport.decimal(days(record, context));
        }

        @Override
        public StaticCall code() {
            return StaticCall.of(DateSupport.class, "decimal", BigDecimal.class, daysCode());
        }
    }

    /**
     * {@code date1 - date2} compared with a Number ({@code TODAY() - CloseDate > 30}), the days
     * on the {@code between} side ({@code betweenFirst}: the left operand).
     */
    static final class CountCompare implements Cond, Emitted {
        final Between between;
        final Val<?> number;
        final boolean betweenFirst;
        final int op;

        CountCompare(Between between, Val<?> number, boolean betweenFirst, int op) {
            this.between = between;
            this.number = number;
            this.betweenFirst = betweenFirst;
            this.op = op;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            if (betweenFirst) {
                long days = between.days(record, context);
                return DateSupport.compareCount(days, number.eval(record, context), op);
            }
            Object n = number.eval(record, context);
            return DateSupport.compareToCount(n, between.days(record, context), op);
        }

        @Override
        public StaticCall code() {
            return betweenFirst ? StaticCall.of(DateSupport.class, "compareCount", int.class, between.daysCode(), number, op)
                    : StaticCall.of(DateSupport.class, "compareToCount", int.class, number, between.daysCode(), op);
        }
    }

    /**
     * {@code datetime ± n}: with a constant n, {@code days} is null and {@code millis} the signed
     * milliseconds; otherwise n is evaluated (first when {@code numberFirst}).
     */
    static final class InstantShift implements Val<Instant>, Emitted {
        final Val<?> dateTime;
        final Val<?> days;
        final long millis;
        final boolean subtract;
        final boolean numberFirst;

        private InstantShift(Val<?> dateTime, Val<?> days, long millis, boolean subtract, boolean numberFirst) {
            this.dateTime = dateTime;
            this.days = days;
            this.millis = millis;
            this.subtract = subtract;
            this.numberFirst = numberFirst;
        }

        static InstantShift byConstant(Val<?> dateTime, long millis) {
            return new InstantShift(dateTime, null, millis, false, false);
        }

        static InstantShift byNumber(Val<?> dateTime, Val<?> days, boolean subtract, boolean numberFirst) {
            return new InstantShift(dateTime, days, 0, subtract, numberFirst && !subtract);
        }

        @Override
        public Instant eval(DataRecord record, EvalContext context) {
            if (days == null) {
                return DateSupport.shiftMillis(dateTime.eval(record, context), millis);
            }
            if (numberFirst) {
                Object n = days.eval(record, context);
                return DateSupport.plusDayMillisNumberFirst(n, dateTime.eval(record, context));
            }
            Object d = dateTime.eval(record, context);
            Object n = days.eval(record, context);
            return subtract ? DateSupport.minusDayMillis(d, n) : DateSupport.plusDayMillis(d, n);
        }

        @Override
        public StaticCall code() {
            if (days == null) {
                return StaticCall.of(DateSupport.class, "shiftMillis", Instant.class, dateTime, millis);
            }
            if (numberFirst) {
                return StaticCall.of(DateSupport.class, "plusDayMillisNumberFirst", Instant.class, days, dateTime);
            }
            return StaticCall.of(DateSupport.class, subtract ? "minusDayMillis" : "plusDayMillis", Instant.class,
                    dateTime, days);
        }
    }
}

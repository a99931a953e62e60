package io.stage7.eval.compiled;

import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;

import java.math.BigDecimal;

/**
 * Whole-number arithmetic without BigDecimal: {@code YEAR}, {@code MONTH}, {@code DAY} and
 * {@code WEEKDAY} of a date, {@code date - date}, whole constants, and {@code +}, {@code -},
 * {@code *}, {@code MOD} and comparisons over them, computed on {@code long}s
 * ({@link WholeSupport}). Each node knows a bound on its magnitude when the rule is compiled; an
 * expression whose bound passes {@link #LIMIT} keeps the library's BigDecimal call, so a whole
 * node can neither overflow nor leave the Number range, and the value that escapes into a
 * Decision or a text is the library's own (a BigDecimal of scale zero), made only there.
 */
final class WholeNodes {
    /** The largest magnitude a whole node may reach: far inside both {@code long} and the 18-digit Number range. */
    static final long LIMIT = 100_000_000_000_000_000L / 1000;
    /** The largest constant taken as a whole operand. */
    private static final long CONSTANT_LIMIT = Integer.MAX_VALUE;
    /** A bound on {@code date - date}: LocalDate's epoch days lie within ±366 million years. */
    private static final long DAYS_BOUND = 2 * 366_000_000_000L;
    private static final long YEAR_BOUND = 1_000_000_000L;

    private WholeNodes() {
    }

    /** A Number expression computed as a bounded {@code long} ({@link WholeSupport#BLANK} for blank). */
    interface Whole extends Val<BigDecimal> {
        long whole(DataRecord record, EvalContext context);

        /** The call computing {@link #whole}, or a {@code Long} for a constant. */
        Object wholeCode();

        /** The largest magnitude the value can have. */
        long bound();
    }

    /** The node as a whole-number node, or null when it may not be whole or bounded. */
    static Whole of(Val<?> node) {
        if (node instanceof Whole whole) {
            return whole;
        }
        if (node instanceof DateNodes.Between between) {
            return new Days(between);
        }
        if (node instanceof ValueNodes.Daily<?> daily && daily.inner instanceof Whole inner) {
            return new Cached(daily, inner.bound());
        }
        Object value = ExprCompiler.constantOf(node);
        if (value instanceof BigDecimal number && number.scale() == 0 && number.unscaledValue().bitLength() < 63
                && Math.abs(number.longValue()) <= CONSTANT_LIMIT) {
            return new Constant(number);
        }
        return null;
    }

    /** Whether both are whole (see {@link #of}). */
    static boolean both(Val<?> a, Val<?> b) {
        return of(a) != null && of(b) != null;
    }

    private static long wholeOf(Whole node, DataRecord record, EvalContext context) {
        return node.whole(record, context);
    }

    /** The common part of every node: its value as the library's BigDecimal, and its generated call. */
    private abstract static class Node implements Whole, Emitted {
        @Override
        public BigDecimal eval(DataRecord record, EvalContext context) {
            return WholeSupport.decimal(whole(record, context));
        }

        @Override
        public StaticCall code() {
            return StaticCall.of(WholeSupport.class, "decimal", BigDecimal.class, wholeCode());
        }
    }

    /** A whole constant: its BigDecimal is the folded one, so an escaping constant keeps its identity. */
    static final class Constant extends Node {
        final BigDecimal value;
        final long whole;

        Constant(BigDecimal value) {
            this.value = value;
            this.whole = value.longValueExact();
        }

        @Override
        public long whole(DataRecord record, EvalContext context) {
            return whole;
        }

        @Override
        public Object wholeCode() {
            return whole;
        }

        @Override
        public long bound() {
            return Math.abs(whole);
        }

        @Override
        public BigDecimal eval(DataRecord record, EvalContext context) {
            return value;
        }
    }

    /** A whole expression of TODAY() alone, computed once a day ({@link ValueNodes.Daily}): its cached value as a long. */
    static final class Cached extends Node {
        final ValueNodes.Daily<?> daily;
        final long bound;

        Cached(ValueNodes.Daily<?> daily, long bound) {
            this.daily = daily;
            this.bound = bound;
        }

        @Override
        public long whole(DataRecord record, EvalContext context) {
            return WholeSupport.whole(daily.eval(record, context));
        }

        @Override
        public Object wholeCode() {
            return StaticCall.of(WholeSupport.class, "whole", long.class, daily);
        }

        @Override
        public long bound() {
            return bound;
        }

        @Override
        public BigDecimal eval(DataRecord record, EvalContext context) {
            return (BigDecimal) daily.eval(record, context);
        }
    }

    /** {@code date - date} as a count. */
    static final class Days extends Node {
        final DateNodes.Between between;

        Days(DateNodes.Between between) {
            this.between = between;
        }

        @Override
        public long whole(DataRecord record, EvalContext context) {
            return between.days(record, context);
        }

        @Override
        public Object wholeCode() {
            return between.daysCode();
        }

        @Override
        public long bound() {
            return DAYS_BOUND;
        }
    }

    /** The parts of a date that {@code YEAR}, {@code MONTH}, {@code DAY} and {@code WEEKDAY} read. */
    enum Part {
        YEAR("year", YEAR_BOUND), MONTH("month", 12), DAY("day", 31), WEEKDAY("weekday", 7);

        final String method;
        final long bound;

        Part(String method, long bound) {
            this.method = method;
            this.bound = bound;
        }

        long of(Object date) {
            switch (this) {
                case YEAR:
                    return WholeSupport.year(date);
                case MONTH:
                    return WholeSupport.month(date);
                case DAY:
                    return WholeSupport.day(date);
                default:
                    return WholeSupport.weekday(date);
            }
        }

        long ofDay(long epochDay) {
            switch (this) {
                case YEAR:
                    return WholeSupport.yearOfDay(epochDay);
                case MONTH:
                    return WholeSupport.monthOfDay(epochDay);
                case DAY:
                    return WholeSupport.dayOfDay(epochDay);
                default:
                    return WholeSupport.weekdayOfDay(epochDay);
            }
        }
    }

    /** {@code YEAR(date)} and its kin: from the epoch day of date arithmetic, or from the date read. */
    static final class DatePart extends Node {
        final Val<?> date;
        final Part part;

        DatePart(Val<?> date, Part part) {
            this.date = date;
            this.part = part;
        }

        @Override
        public long whole(DataRecord record, EvalContext context) {
            if (date instanceof DateNodes.Days days) {
                return part.ofDay(days.epochDay(record, context));
            }
            return part.of(date.eval(record, context));
        }

        @Override
        public Object wholeCode() {
            if (date instanceof DateNodes.Days days) {
                return StaticCall.of(WholeSupport.class, part.method + "OfDay", long.class, days.epochDayCode());
            }
            return StaticCall.of(WholeSupport.class, part.method, long.class, date);
        }

        @Override
        public long bound() {
            return part.bound;
        }
    }

    /** {@code a + b}, {@code a - b}, {@code a * b} and {@code MOD(a, b)}: both operands evaluated, a first. */
    static final class Arithmetic extends Node {
        enum Op { ADD, SUBTRACT, MULTIPLY, MOD }

        final Whole left;
        final Whole right;
        final Op op;
        final long bound;

        private Arithmetic(Whole left, Whole right, Op op, long bound) {
            this.left = left;
            this.right = right;
            this.op = op;
            this.bound = bound;
        }

        /** The node, or null when either operand is not whole or the result could pass {@link #LIMIT}. */
        static Arithmetic of(Val<?> a, Val<?> b, Op op) {
            Whole left = WholeNodes.of(a);
            Whole right = WholeNodes.of(b);
            if (left == null || right == null) {
                return null;
            }
            long x = left.bound();
            long y = right.bound();
            long bound;
            switch (op) {
                case ADD:
                case SUBTRACT:
                    bound = x + y; // each at most LIMIT: no overflow
                    break;
                case MULTIPLY:
                    bound = x != 0 && y > LIMIT / x ? LIMIT + 1 : x * y;
                    break;
                default:
                    bound = Math.min(x, y);
            }
            return bound > LIMIT ? null : new Arithmetic(left, right, op, bound);
        }

        @Override
        public long whole(DataRecord record, EvalContext context) {
            long a = wholeOf(left, record, context);
            long b = wholeOf(right, record, context);
            switch (op) {
                case ADD:
                    return WholeSupport.add(a, b);
                case SUBTRACT:
                    return WholeSupport.subtract(a, b);
                case MULTIPLY:
                    return WholeSupport.multiply(a, b);
                default:
                    return WholeSupport.mod(a, b);
            }
        }

        @Override
        public Object wholeCode() {
            return StaticCall.of(WholeSupport.class, op.name().toLowerCase(java.util.Locale.ROOT), long.class,
                    left.wholeCode(), right.wholeCode());
        }

        @Override
        public long bound() {
            return bound;
        }
    }

    /** Two whole numbers compared: blank when either is blank. */
    static final class Compare implements Cond, Emitted {
        final Whole left;
        final Whole right;
        final int op;

        Compare(Whole left, Whole right, int op) {
            this.left = left;
            this.right = right;
            this.op = op;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            long a = left.whole(record, context);
            return DateSupport.compare(a, right.whole(record, context), op);
        }

        @Override
        public StaticCall code() {
            return StaticCall.of(DateSupport.class, "compare", int.class, left.wholeCode(), right.wholeCode(), op);
        }
    }
}

package io.stage7.eval.compiled;

import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.functions.LogicalFunctions;

import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Value nodes of every non-Checkbox type: constants, field slots, {@code IF},
 * {@code BLANKVALUE}/{@code NULLVALUE}, {@code MIN}/{@code MAX}, the evaluation clock, and calls
 * of library functions. Arguments of a call are evaluated left to right before the call, as the
 * reference interpreter does, so the same runtime error wins.
 */
final class ValueNodes {
    private ValueNodes() {
    }

    /** A constant (a literal or a folded constant sub-expression); {@code null} is the blank of any type. */
    static final class Const<T> implements Val<T> {
        final T value;

        Const(T value) {
            this.value = value;
        }

        @Override
        public T eval(DataRecord record, EvalContext context) {
            return value;
        }
    }

    /** A field read from its slot, resolved at compile time. */
    static final class Field<T> implements Val<T> {
        final int slot;

        Field(int slot) {
            this.slot = slot;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T eval(DataRecord record, EvalContext context) {
            return (T) record.value(slot);
        }
    }

    /** {@code IF(test, a, b)}: only the branch taken is evaluated; a blank test takes the else branch. */
    static final class If<T> implements Val<T> {
        final Cond condition;
        final Val<? extends T> then;
        final Val<? extends T> otherwise;

        If(Cond condition, Val<? extends T> then, Val<? extends T> otherwise) {
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        public T eval(DataRecord record, EvalContext context) {
            return condition.test(record, context) == Truth.TRUE ? then.eval(record, context)
                    : otherwise.eval(record, context);
        }
    }

    /** {@code BLANKVALUE(a, b)}: b is evaluated only when a is blank. */
    static final class BlankValue<T> implements Val<T> {
        final Val<? extends T> value;
        final Val<? extends T> substitute;

        BlankValue(Val<? extends T> value, Val<? extends T> substitute) {
            this.value = value;
            this.substitute = substitute;
        }

        @Override
        public T eval(DataRecord record, EvalContext context) {
            T v = value.eval(record, context);
            if (!LogicalFunctions.isBlank(v)) {
                return v;
            }
            @SuppressWarnings("unchecked")
            T s = (T) GeneratedSupport.blankToNull(substitute.eval(record, context));
            return s;
        }
    }

    /**
     * {@code NULLVALUE(a, b)} for every type but Text: b is evaluated only when a is null. (Text is
     * never null in Salesforce, so NULLVALUE of Text compiles to its first argument alone.)
     */
    static final class NullValue<T> implements Val<T> {
        final Val<? extends T> value;
        final Val<? extends T> substitute;

        NullValue(Val<? extends T> value, Val<? extends T> substitute) {
            this.value = value;
            this.substitute = substitute;
        }

        @Override
        public T eval(DataRecord record, EvalContext context) {
            T v = value.eval(record, context);
            return v != null ? v : substitute.eval(record, context);
        }
    }

    /** {@code MIN(...)} / {@code MAX(...)}: every argument evaluated; blank if any is blank; ties keep the first. */
    static final class Extreme implements Val<BigDecimal> {
        final Val<BigDecimal>[] operands;
        final int sign;

        Extreme(Val<BigDecimal>[] operands, int sign) {
            this.operands = operands;
            this.sign = sign;
        }

        @Override
        public BigDecimal eval(DataRecord record, EvalContext context) {
            BigDecimal best = null;
            boolean blank = false;
            for (Val<BigDecimal> operand : operands) {
                BigDecimal n = operand.eval(record, context);
                if (n == null) {
                    blank = true;
                } else if (best == null || n.compareTo(best) * sign > 0) {
                    best = n;
                }
            }
            return blank ? null : best;
        }
    }

    /** TODAY(), NOW(), TIMENOW(): read the caller's clock; never folded. */
    static final class Clock<T> implements Val<T> {
        final Function<EvalContext, T> reading;

        Clock(Function<EvalContext, T> reading) {
            this.reading = reading;
        }

        @Override
        public T eval(DataRecord record, EvalContext context) {
            return reading.apply(context);
        }
    }

    /**
     * A sub-expression that reads the clock only through TODAY() (no field, no NOW): its value
     * depends on nothing but the calendar day in the clock's zone, so it is computed once per day
     * and zone and then reused, a runtime error included. The last day computed is kept in an
     * immutable holder, so threads share it without locking (at worst two compute the same day).
     */
    static final class Daily<T> implements Val<T> {
        final Val<T> inner;
        private volatile Day cached;

        Daily(Val<T> inner) {
            this.inner = inner;
        }

        @Override
        public T eval(DataRecord record, EvalContext context) {
            return value(context);
        }

        @SuppressWarnings("unchecked")
        T value(EvalContext context) {
            Day day = cached;
            long second = context.now().getEpochSecond();
            if (day == null || second < day.start || second >= day.end
                    || (day.zone != context.zone() && !day.zone.equals(context.zone()))) {
                day = compute(context);
                cached = day;
            }
            if (day.error != null) {
                throw day.error;
            }
            return (T) day.value;
        }

        private Day compute(EvalContext context) {
            java.time.LocalDate today = LibraryCalls.today(context);
            long start = today.atStartOfDay(context.zone()).toEpochSecond();
            long end = today.plusDays(1).atStartOfDay(context.zone()).toEpochSecond();
            try {
                return new Day(context.zone(), start, end, inner.eval(null, context), null);
            } catch (io.stage7.functions.FormulaError error) {
                return new Day(context.zone(), start, end, null, error);
            }
        }

        /** One day's value: valid for instants in [start, end) epoch seconds in {@code zone}. */
        private record Day(java.time.ZoneId zone, long start, long end, Object value,
                           io.stage7.functions.FormulaError error) {
        }
    }

    static final class Call1<A, R> implements Val<R> {
        final Val<? extends A> a;
        final Function<A, R> function;

        Call1(Val<? extends A> a, Function<A, R> function) {
            this.a = a;
            this.function = function;
        }

        @Override
        public R eval(DataRecord record, EvalContext context) {
            return function.apply(a.eval(record, context));
        }
    }

    static final class Call2<A, B, R> implements Val<R> {
        final Val<? extends A> a;
        final Val<? extends B> b;
        final BiFunction<A, B, R> function;

        Call2(Val<? extends A> a, Val<? extends B> b, BiFunction<A, B, R> function) {
            this.a = a;
            this.b = b;
            this.function = function;
        }

        @Override
        public R eval(DataRecord record, EvalContext context) {
            A first = a.eval(record, context);
            return function.apply(first, b.eval(record, context));
        }
    }

    static final class Call3<A, B, C, R> implements Val<R> {
        final Val<? extends A> a;
        final Val<? extends B> b;
        final Val<? extends C> c;
        final Fn3<A, B, C, R> function;

        Call3(Val<? extends A> a, Val<? extends B> b, Val<? extends C> c, Fn3<A, B, C, R> function) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.function = function;
        }

        @Override
        public R eval(DataRecord record, EvalContext context) {
            A first = a.eval(record, context);
            B second = b.eval(record, context);
            return function.apply(first, second, c.eval(record, context));
        }
    }
}

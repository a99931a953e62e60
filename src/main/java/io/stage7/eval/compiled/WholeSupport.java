package io.stage7.eval.compiled;

import io.stage7.functions.MathFunctions;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * The steps of {@link WholeNodes}: whole-number arithmetic on {@code long}s, {@link #BLANK} for a
 * blank number. Every operand is bounded when the rule is compiled ({@link WholeNodes#LIMIT}), so
 * no step can overflow and every result lies within the Number range where the library's
 * BigDecimal arithmetic is exact: the results are the library's, with its scale of zero.
 */
final class WholeSupport {
    /** A blank number: no bounded whole number is it. */
    static final long BLANK = DateSupport.BLANK;

    private WholeSupport() {
    }

    static long year(Object date) {
        return date == null ? BLANK : ((LocalDate) date).getYear();
    }

    static long month(Object date) {
        return date == null ? BLANK : ((LocalDate) date).getMonthValue();
    }

    static long day(Object date) {
        return date == null ? BLANK : ((LocalDate) date).getDayOfMonth();
    }

    static long weekday(Object date) {
        return date == null ? BLANK : ((LocalDate) date).getDayOfWeek().getValue() % 7 + 1;
    }

    /** {@code YEAR} of an epoch day ({@link DateSupport#BLANK} for blank). */
    static long yearOfDay(long epochDay) {
        return epochDay == BLANK ? BLANK : LocalDate.ofEpochDay(epochDay).getYear();
    }

    static long monthOfDay(long epochDay) {
        return epochDay == BLANK ? BLANK : LocalDate.ofEpochDay(epochDay).getMonthValue();
    }

    static long dayOfDay(long epochDay) {
        return epochDay == BLANK ? BLANK : LocalDate.ofEpochDay(epochDay).getDayOfMonth();
    }

    /** 1 for Sunday through 7 for Saturday: 1970-01-01, epoch day 0, was a Thursday (5). */
    static long weekdayOfDay(long epochDay) {
        return epochDay == BLANK ? BLANK : Math.floorMod(epochDay + 4, 7L) + 1;
    }

    static long add(long a, long b) {
        return a == BLANK || b == BLANK ? BLANK : a + b;
    }

    static long subtract(long a, long b) {
        return a == BLANK || b == BLANK ? BLANK : a - b;
    }

    static long multiply(long a, long b) {
        return a == BLANK || b == BLANK ? BLANK : a * b;
    }

    /** {@code MOD(a, b)}: the sign of {@code a}, as BigDecimal's remainder; b = 0 is the library's error. */
    static long mod(long a, long b) {
        if (a == BLANK || b == BLANK) {
            return BLANK;
        }
        if (b == 0) {
            MathFunctions.mod(BigDecimal.ONE, BigDecimal.ZERO); // the library's division-by-zero error
            throw new IllegalStateException("MOD by zero returned");
        }
        return a % b;
    }

    /** A whole node's value as its BigDecimal holds it (a cached one): null is blank. */
    static long whole(Object number) {
        return number == null ? BLANK : ((BigDecimal) number).longValue();
    }

    /** The number the library would hold: scale zero, as its arithmetic on whole numbers leaves it. */
    static BigDecimal decimal(long value) {
        return DateSupport.decimal(value);
    }
}

package io.stage7.functions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Arithmetic operators and math functions over Number, Currency and Percent values
 * ({@link BigDecimal}). Every method returns blank ({@code null}) when any argument is blank.
 */
public final class MathFunctions {

    /**
     * The precision of every operation: 34 significant digits, rounding half-even beyond them.
     * Exact for all values Salesforce can store (18 digits).
     */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    /**
     * The most digits a computed number may have before the decimal point: Salesforce's Number
     * fields hold at most 18 digits. A sum, difference, product, quotient, power, {@code EXP} or
     * {@code VALUE} of 10^18 or more in magnitude is {@code #Error! Number out of range}: such a
     * result could not be stored, and bounding it keeps every later step (rounding, dates,
     * {@code TEXT}) fast.
     */
    public static final int MAX_INTEGER_DIGITS = 18;

    private MathFunctions() {
    }

    /** {@code a + b}; beyond {@link #MAX_INTEGER_DIGITS} digits, {@code #Error! Number out of range}. */
    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        try {
            return inRange(a.add(b, PRECISION));
        } catch (ArithmeticException exponentOverflow) {
            throw outOfRange();
        }
    }

    /** {@code a - b}; out of range as {@link #add}. */
    public static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        try {
            return inRange(a.subtract(b, PRECISION));
        } catch (ArithmeticException exponentOverflow) {
            throw outOfRange();
        }
    }

    /** {@code a * b}; out of range as {@link #add}. */
    public static BigDecimal multiply(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        try {
            return inRange(a.multiply(b, PRECISION));
        } catch (ArithmeticException exponentOverflow) {
            throw outOfRange();
        }
    }

    /**
     * {@code a / b} to 34 significant digits. Throws {@code #Error! Division by zero} when
     * {@code b} is zero, as Salesforce does; out of range as {@link #add}.
     */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        if (b.signum() == 0) {
            throw FormulaError.divisionByZero();
        }
        try {
            return inRange(a.divide(b, PRECISION));
        } catch (ArithmeticException exponentOverflow) {
            throw outOfRange();
        }
    }

    /** Unary minus, {@code -a}. */
    public static BigDecimal negate(BigDecimal a) {
        return a == null ? null : a.negate();
    }

    /**
     * {@code base ^ exponent}. Salesforce documents the exponent as an integer; an integer
     * exponent is computed in decimal to 34 digits ({@code 2 ^ -2 = 0.25}). Where the docs are
     * silent, Stage7 also accepts a fractional exponent and computes it in double precision
     * ({@code 4 ^ 0.5 = 2}); a negative base with a fractional exponent, zero to a negative
     * power, and results of {@link #MAX_INTEGER_DIGITS 19 or more digits} are errors. Exponents
     * are bounded by the result: {@code 0.5 ^ 999999999} is a tiny number and
     * {@code 12345.678 ^ 1000000} is {@code #Error! Number out of range}, both computed in
     * microseconds (34-digit repeated squaring); beyond ±999,999,999 (BigDecimal's limit) the
     * exponent itself is out of range.
     */
    public static BigDecimal power(BigDecimal base, BigDecimal exponent) {
        if (base == null || exponent == null) {
            return null;
        }
        if (isInteger(exponent)) {
            int n;
            try {
                n = exponent.intValueExact();
            } catch (ArithmeticException tooBig) {
                throw new FormulaError("Exponent out of range");
            }
            if (base.signum() == 0 && n < 0) {
                throw FormulaError.divisionByZero();
            }
            try {
                return inRange(base.pow(n, PRECISION));
            } catch (ArithmeticException overflow) {
                throw outOfRange();
            }
        }
        return fromDouble(Math.pow(base.doubleValue(), exponent.doubleValue()), "^");
    }

    /** {@code ABS(number)}: the number without its sign. */
    public static BigDecimal abs(BigDecimal number) {
        return number == null ? null : number.abs();
    }

    /**
     * {@code ROUND(number, num_digits)}: rounds half away from zero, as Salesforce's examples
     * show ({@code ROUND(1.5, 0) = 2}, {@code ROUND(-1.5, 0) = -2},
     * {@code ROUND(225.49823, 2) = 225.50}). Negative digits round to the left of the decimal
     * point ({@code ROUND(1250, -2) = 1300}). Salesforce is silent on fractional digits;
     * Stage7 truncates them ({@code ROUND(x, 1.9)} is {@code ROUND(x, 1)}). Any number of digits
     * is accepted: {@code ROUND(1250, -1000000000) = 0}.
     */
    public static BigDecimal round(BigDecimal number, BigDecimal numDigits) {
        return number == null || numDigits == null ? null
                : setScale(number, clampToInt(numDigits), RoundingMode.HALF_UP);
    }

    /**
     * {@code FLOOR(number)}: "rounds a number down to the nearest integer, towards zero if
     * negative" (Salesforce): {@code FLOOR(2.5) = 2}, {@code FLOOR(-2.5) = -2}. This is
     * truncation, not the mathematical floor; that is {@link #mfloor}.
     */
    public static BigDecimal floor(BigDecimal number) {
        return number == null ? null : setScale(number, 0, RoundingMode.DOWN);
    }

    /**
     * {@code CEILING(number)}: "rounds a number up to the nearest integer, away from zero if
     * negative" (Salesforce): {@code CEILING(2.5) = 3}, {@code CEILING(-2.5) = -3}. The
     * mathematical ceiling is {@link #mceiling}.
     */
    public static BigDecimal ceiling(BigDecimal number) {
        return number == null ? null : setScale(number, 0, RoundingMode.UP);
    }

    /**
     * {@code MFLOOR(number)}: the mathematical floor, "rounds down, away from zero if
     * negative": {@code MFLOOR(-2.5) = -3}.
     */
    public static BigDecimal mfloor(BigDecimal number) {
        return number == null ? null : setScale(number, 0, RoundingMode.FLOOR);
    }

    /**
     * {@code MCEILING(number)}: the mathematical ceiling, "rounds up, towards zero if
     * negative": {@code MCEILING(-2.5) = -2}.
     */
    public static BigDecimal mceiling(BigDecimal number) {
        return number == null ? null : setScale(number, 0, RoundingMode.CEILING);
    }

    /** {@code TRUNC(number)}: drops the fractional part, {@code TRUNC(-1.9) = -1}. */
    public static BigDecimal trunc(BigDecimal number) {
        return floor(number);
    }

    /**
     * {@code TRUNC(number, num_digits)}: truncates towards zero to {@code num_digits} decimal
     * places; negative digits truncate to the left of the point ({@code TRUNC(1299, -2) = 1200}).
     * Fractional digits are truncated.
     */
    public static BigDecimal trunc(BigDecimal number, BigDecimal numDigits) {
        return number == null || numDigits == null ? null
                : setScale(number, clampToInt(numDigits), RoundingMode.DOWN);
    }

    /**
     * {@code MOD(number, divisor)}: the remainder of the division. Salesforce does not document
     * the sign for negative arguments; Stage7 gives the remainder the sign of {@code number}
     * (truncated division, as Java and Apex do): {@code MOD(-5, 3) = -2},
     * {@code MOD(5, -3) = 2}. A zero divisor is {@code #Error! Division by zero}.
     */
    public static BigDecimal mod(BigDecimal number, BigDecimal divisor) {
        if (number == null || divisor == null) {
            return null;
        }
        if (divisor.signum() == 0) {
            throw FormulaError.divisionByZero();
        }
        try {
            return number.remainder(divisor, PRECISION);
        } catch (ArithmeticException quotientTooLarge) {
            throw new FormulaError("Number out of range in MOD");
        }
    }

    /** {@code MIN(number, number, ...)}: the smallest argument; blank if any is blank. */
    public static BigDecimal min(BigDecimal... numbers) {
        return extreme(numbers, -1);
    }

    /** {@code MAX(number, number, ...)}: the largest argument; blank if any is blank. */
    public static BigDecimal max(BigDecimal... numbers) {
        return extreme(numbers, 1);
    }

    /**
     * {@code EXP(number)}: e raised to the power {@code number}, in double precision; a result of
     * 19 or more digits ({@code EXP(42)}) is {@code #Error! EXP result out of range}.
     */
    public static BigDecimal exp(BigDecimal number) {
        return number == null ? null : fromDouble(Math.exp(number.doubleValue()), "EXP");
    }

    /**
     * {@code LN(number)}: the natural logarithm. Zero or a negative number is an error
     * ({@code #Error! LN of a number that is not positive}).
     */
    public static BigDecimal ln(BigDecimal number) {
        if (number == null) {
            return null;
        }
        requirePositive(number, "LN");
        double value = number.doubleValue();
        return fromDouble(value > 0 && !Double.isInfinite(value) ? Math.log(value) : log10(number) * LN_10, "LN");
    }

    /**
     * {@code LOG(number)}: the base-10 logarithm; exact for powers of ten
     * ({@code LOG(1000) = 3}), and defined for numbers beyond double range
     * ({@code LOG(1E-400) = -400}). Zero or a negative number is an error.
     */
    public static BigDecimal log(BigDecimal number) {
        if (number == null) {
            return null;
        }
        requirePositive(number, "LOG");
        return fromDouble(log10(number), "LOG");
    }

    /**
     * {@code SQRT(number)}: the positive square root, to 34 digits ({@code SQRT(2.25) = 1.5}).
     * Salesforce: "calculating the square root of a negative number results in an error".
     */
    public static BigDecimal sqrt(BigDecimal number) {
        if (number == null) {
            return null;
        }
        if (number.signum() < 0) {
            throw new FormulaError("Square root of a negative number");
        }
        return number.sqrt(PRECISION);
    }

    /**
     * The integer value of a numeric argument that counts something (digits, characters,
     * months): truncated towards zero and clamped to the {@code int} range, so that absurdly
     * large arguments behave like large ones instead of failing.
     */
    static int clampToInt(BigDecimal value) {
        long digits = integerDigits(value);
        if (digits <= 0) {
            return 0; // |value| < 1; also avoids dividing by 10^scale for a tiny value
        }
        if (digits > 10) {
            return value.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        }
        BigDecimal truncated = value.setScale(0, RoundingMode.DOWN);
        if (truncated.compareTo(INT_MAX) > 0) {
            return Integer.MAX_VALUE;
        }
        if (truncated.compareTo(INT_MIN) < 0) {
            return Integer.MIN_VALUE;
        }
        return truncated.intValue();
    }

    // Constants, not BigDecimal.valueOf per call: clampToInt is on the evaluators' hot path (DATE, LEFT, ...).
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);

    static boolean isInteger(BigDecimal value) {
        return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /**
     * The number of digits before the decimal point ({@code 0} when {@code |value| < 1}), from the
     * precision and scale: no digits are expanded, whatever the exponent.
     */
    static long integerDigits(BigDecimal value) {
        return value.signum() == 0 ? 0 : Math.max(0, (long) value.precision() - value.scale());
    }

    /**
     * The result itself, or {@code #Error! Number out of range} beyond {@link #MAX_INTEGER_DIGITS}.
     * (Callers also map BigDecimal's own exponent overflow, {@code 1E-1999999998 * 1E-1999999998},
     * to that error.)
     */
    static BigDecimal inRange(BigDecimal result) {
        if (integerDigits(result) > MAX_INTEGER_DIGITS) {
            throw outOfRange();
        }
        return result;
    }

    static FormulaError outOfRange() {
        return new FormulaError("Number out of range");
    }

    /**
     * A number for an error message: plain for ordinary numbers, in E notation when the plain
     * form would be long ({@code 1E+1000000000} would be a billion characters).
     */
    public static String describe(BigDecimal value) {
        return value.scale() > 40 || value.scale() < -40 ? value.toString() : value.toPlainString();
    }

    /**
     * {@code number.setScale(scale, mode)} for any operands in bounded time (a negative scale
     * then back to scale 0). A tiny number is not divided by a huge power of ten: its result
     * only depends on its sign.
     */
    static BigDecimal setScale(BigDecimal number, int scale, RoundingMode mode) {
        if (scale >= number.scale()) {
            return number; // nothing to round; also avoids padding to a huge scale
        }
        BigDecimal operand = number;
        // The leading digit's exponent is precision - scale - 1. When it is two or more places below
        // the rounding position, only the sign matters (|number| < a tenth of the unit rounded to);
        // round a stand-in of the same sign, 10^-(scale + 2), instead of dividing by 10^(drop).
        if ((long) number.precision() - number.scale() - 1 < -(long) scale - 2 && scale < Integer.MAX_VALUE - 2) {
            operand = BigDecimal.valueOf(number.signum(), scale + 2);
        }
        BigDecimal rounded = operand.setScale(scale, mode);
        return scale < 0 && rounded.signum() != 0 ? inRange(rounded).setScale(0)
                : scale < 0 ? BigDecimal.ZERO : rounded;
    }

    private static BigDecimal extreme(BigDecimal[] numbers, int sign) {
        if (numbers.length == 0) {
            return null;
        }
        BigDecimal best = numbers[0];
        for (BigDecimal n : numbers) {
            if (n == null) {
                return null;
            }
            if (n.compareTo(best) * sign > 0) {
                best = n;
            }
        }
        return best;
    }

    private static void requirePositive(BigDecimal number, String function) {
        if (number.signum() <= 0) {
            throw new FormulaError(function + " of a number that is not positive");
        }
    }

    private static final double LN_10 = Math.log(10);
    private static final double OUT_OF_RANGE = 1e18;

    /**
     * {@code log10} of a positive number, also beyond double range: {@code m × 10^e} with
     * {@code 1 <= m < 10} gives {@code log10(m) + e}.
     */
    private static double log10(BigDecimal number) {
        double value = number.doubleValue();
        if (value > 0 && !Double.isInfinite(value)) {
            return Math.log10(value);
        }
        int digits = number.precision();
        double mantissa = new BigDecimal(number.unscaledValue(), digits - 1).doubleValue();
        return Math.log10(mantissa) + ((long) digits - 1 - number.scale());
    }

    private static BigDecimal fromDouble(double value, String function) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= OUT_OF_RANGE) {
            throw new FormulaError(function + " result out of range");
        }
        return BigDecimal.valueOf(value);
    }
}

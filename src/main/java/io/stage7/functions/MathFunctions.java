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

    private MathFunctions() {
    }

    /** {@code a + b}. */
    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b, PRECISION);
    }

    /** {@code a - b}. */
    public static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b, PRECISION);
    }

    /** {@code a * b}. */
    public static BigDecimal multiply(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.multiply(b, PRECISION);
    }

    /**
     * {@code a / b} to 34 significant digits. Throws {@code #Error! Division by zero} when
     * {@code b} is zero, as Salesforce does.
     */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        if (b.signum() == 0) {
            throw FormulaError.divisionByZero();
        }
        return a.divide(b, PRECISION);
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
     * power, and results beyond the decimal range are errors.
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
                return base.pow(n, PRECISION);
            } catch (ArithmeticException overflow) {
                throw new FormulaError("Number out of range");
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
     * Stage7 truncates them ({@code ROUND(x, 1.9)} is {@code ROUND(x, 1)}).
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

    /** {@code EXP(number)}: e raised to the power {@code number}, in double precision. */
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
        return fromDouble(Math.log(number.doubleValue()), "LN");
    }

    /**
     * {@code LOG(number)}: the base-10 logarithm; exact for powers of ten
     * ({@code LOG(1000) = 3}). Zero or a negative number is an error.
     */
    public static BigDecimal log(BigDecimal number) {
        if (number == null) {
            return null;
        }
        requirePositive(number, "LOG");
        return fromDouble(Math.log10(number.doubleValue()), "LOG");
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

    private static BigDecimal setScale(BigDecimal number, int scale, RoundingMode mode) {
        if (scale >= number.scale()) {
            return number; // nothing to round; also avoids padding to a huge scale
        }
        BigDecimal rounded = number.setScale(scale, mode);
        return scale < 0 ? rounded.setScale(0) : rounded;
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

    private static BigDecimal fromDouble(double value, String function) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new FormulaError(function + " result out of range");
        }
        return BigDecimal.valueOf(value);
    }
}

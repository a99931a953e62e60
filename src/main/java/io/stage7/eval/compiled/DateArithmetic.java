package io.stage7.eval.compiled;

import io.stage7.functions.DateFunctions;
import io.stage7.functions.FormulaError;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * Picks the {@link DateNodes} for {@code date ± n} and {@code datetime ± n}: a constant n is made
 * a whole count once, here; a computed n is counted at run time. A blank constant n, or one too
 * large for any date ({@code #Error! Date out of range} when evaluated), keeps the general call,
 * which raises the error where the interpreter does.
 */
final class DateArithmetic {
    private DateArithmetic() {
    }

    /** {@code date + days} ({@code date - days} when {@code subtract}); {@code numberFirst} for {@code days + date}. */
    static Val<?> shiftDate(Val<?> date, Val<?> days, boolean subtract, boolean numberFirst, Supplier<Val<?>> general) {
        Object n = ExprCompiler.constantOf(days);
        if (n == ExprCompiler.NOT_CONSTANT) {
            return DateNodes.Shift.byNumber(date, days, subtract, numberFirst);
        }
        if (n == null) {
            return general.get();
        }
        try {
            long count = DateFunctions.dayCount((BigDecimal) n);
            return DateNodes.Shift.byConstant(date, subtract ? -count : count);
        } catch (FormulaError tooLarge) {
            return general.get();
        }
    }

    /** {@code datetime + days} ({@code - days} when {@code subtract}); {@code numberFirst} for {@code days + datetime}. */
    static Val<?> shiftDateTime(Val<?> dateTime, Val<?> days, boolean subtract, boolean numberFirst,
                                Supplier<Val<?>> general) {
        Object n = ExprCompiler.constantOf(days);
        if (n == ExprCompiler.NOT_CONSTANT) {
            return DateNodes.InstantShift.byNumber(dateTime, days, subtract, numberFirst);
        }
        if (n == null) {
            return general.get();
        }
        try {
            BigDecimal signed = subtract ? ((BigDecimal) n).negate() : (BigDecimal) n;
            return DateNodes.InstantShift.byConstant(dateTime, DateFunctions.dayMillis(signed));
        } catch (FormulaError tooLarge) {
            return general.get();
        }
    }
}

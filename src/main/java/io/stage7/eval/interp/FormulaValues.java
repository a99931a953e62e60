package io.stage7.eval.interp;

import io.stage7.ast.Formulas;
import io.stage7.functions.MathFunctions;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Locale;

/** Runtime values written the way a formula would write them, for explanations. */
final class FormulaValues {

    private FormulaValues() {
    }

    /**
     * {@code "EMEA"}, {@code 0.25} (no trailing zeros, no exponent), {@code TRUE},
     * {@code 2026-04-29}, {@code 2026-04-29T10:00:00Z}, {@code 16:30:00} (with {@code .mmm} when
     * there are milliseconds), {@code "SaaS;Services"} for a multi-select, {@code BLANK}.
     */
    static String literal(Object value) {
        if (value == null) {
            return "BLANK";
        } else if (value instanceof String text) {
            return Formulas.quote(text);
        } else if (value instanceof BigDecimal number) {
            return MathFunctions.describe(number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros());
        } else if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        } else if (value instanceof LocalTime time) {
            int millis = time.getNano() / 1_000_000;
            String seconds = String.format(Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
            return millis == 0 ? seconds : seconds + String.format(Locale.ROOT, ".%03d", millis);
        } else if (value instanceof Collection<?> selections) {
            StringBuilder joined = new StringBuilder();
            for (Object selection : selections) {
                joined.append(joined.length() == 0 ? "" : ";").append(selection);
            }
            return Formulas.quote(joined.toString());
        }
        return value.toString(); // LocalDate and Instant print ISO-8601, the Instant in GMT
    }
}

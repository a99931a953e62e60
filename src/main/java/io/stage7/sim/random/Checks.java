package io.stage7.sim.random;

import java.math.BigDecimal;
import java.util.List;

/** Parameter checks shared by {@link Distributions} and the distributions' constructors. */
final class Checks {

    private Checks() {
    }

    static void finite(List<ParameterProblem> problems, String parameter, double value) {
        if (!Double.isFinite(value)) {
            problems.add(ParameterProblem.of(parameter, parameter + " must be a finite number, got " + format(value)));
        }
    }

    static void positive(List<ParameterProblem> problems, String parameter, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            problems.add(ParameterProblem.of(parameter, parameter + " must be positive, got " + format(value)));
        }
    }

    static void probability(List<ParameterProblem> problems, String parameter, double value) {
        if (!(value >= 0 && value <= 1)) {
            problems.add(ParameterProblem.of(parameter, parameter + " must be between 0 and 1, got " + format(value)));
        }
    }

    /** Throws the problems as a programming error; for constructors. */
    static void throwIfAny(List<ParameterProblem> problems) {
        if (!problems.isEmpty()) {
            new Validated.Invalid<Object>(problems).orElseThrow();
        }
    }

    /** A number as a user would write it: {@code -2}, {@code 0.25}, {@code 1.0E-9}, {@code NaN}. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "infinity" : "-infinity";
        }
        double magnitude = Math.abs(value);
        if (value == 0 || (magnitude >= 1e-6 && magnitude < 1e15)) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return Double.toString(value);
    }
}

package io.stage7.eval.compiled;

/**
 * The three truth values of a Checkbox expression as plain {@code int}s, so conditions are
 * evaluated without boxing: {@link #FALSE}, {@link #TRUE} and {@link #BLANK} (a comparison with a
 * blank operand, Kleene's unknown).
 */
final class Truth {
    static final int FALSE = 0;
    static final int TRUE = 1;
    static final int BLANK = 2;

    private Truth() {
    }

    static int of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** The truth of a library result where {@code null} is blank. */
    static int of(Boolean value) {
        return value == null ? BLANK : value ? TRUE : FALSE;
    }

    /** The runtime value of a truth, as the function library represents it (shared constants, no allocation). */
    static Boolean box(int truth) {
        return truth == TRUE ? Boolean.TRUE : truth == FALSE ? Boolean.FALSE : null;
    }

    static int not(int truth) {
        return truth == BLANK ? BLANK : 1 - truth;
    }
}

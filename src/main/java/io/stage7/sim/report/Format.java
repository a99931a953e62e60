package io.stage7.sim.report;

import io.stage7.sim.model.AttemptRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** The fixed formats of the output files: UTC times to the second, decimals to four places. */
public final class Format {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    static final int DECIMALS = 4;

    private Format() {
    }

    /** {@code 2026-03-10T10:00:00Z}; empty for {@link AttemptRow#NEVER}. */
    static String time(long millis) {
        if (millis == AttemptRow.NEVER) {
            return "";
        }
        return TIME.format(Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.SECONDS));
    }

    /** A decimal rounded half-up to four places, trailing zeros dropped; empty if not finite. */
    static String decimal(double value) {
        BigDecimal rounded = rounded(value);
        return rounded == null ? "" : rounded.toPlainString();
    }

    /** The value rounded half-up to four places with trailing zeros dropped, or null if not finite. */
    public static BigDecimal rounded(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /**
     * A CSV text cell, quoted when it holds a comma, a quote or a line break. A cell that a
     * spreadsheet would run as a formula (it starts with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return) is neutralised as OWASP advises against CSV injection:
     * prefixed with a single quote and quoted. A cell that is a plain decimal number such as
     * {@code -3.5} is data, not a formula, and stays as written; numeric columns are written by
     * {@link #decimal} and never pass here.
     */
    static String csv(String text) {
        if (!text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches()) {
            return '"' + "'" + text.replace("\"", "\"\"") + '"';
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }

    /** The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
}

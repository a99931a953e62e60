package io.stage7.sim.report;

import io.stage7.sim.model.AttemptRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

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

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    public static String csv(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }
}

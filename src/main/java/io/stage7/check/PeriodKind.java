package io.stage7.check;

import java.util.Locale;
import java.util.Optional;

/** The period ends the team extends its reach at: month, quarter and fiscal-year end. */
public enum PeriodKind {
    EOM("EoM", "month"),
    EOQ("EoQ", "quarter"),
    EOY("EoY", "year");

    private final String label;
    private final String period;

    PeriodKind(String label, String period) {
        this.label = label;
        this.period = period;
    }

    /** The name used in rules: {@code EoM}, {@code EoQ}, {@code EoY}. */
    public String label() {
        return label;
    }

    /** The period the window closes: {@code month}, {@code quarter} or {@code year}. */
    public String period() {
        return period;
    }

    /** The kind labelled {@code name}, ignoring case. */
    public static Optional<PeriodKind> byLabel(String name) {
        for (PeriodKind kind : values()) {
            if (kind.label.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

package io.stage7.calendar;

import java.util.Locale;
import java.util.Optional;

/** The period-end windows, in increasing significance: month, fiscal quarter, fiscal year. */
public enum PeriodKind {
    /** End of month: the last business days of a calendar month. */
    EOM("month"),
    /** End of quarter: the last business days of a fiscal quarter. */
    EOQ("quarter"),
    /** End of year: the last business days of a fiscal year. */
    EOY("year");

    private final String period;

    PeriodKind(String period) {
        this.period = period;
    }

    /** The period whose end this is, as written in a {@code period_end} declaration: month, quarter, year. */
    public String period() {
        return period;
    }

    /** The kind ending the named period ({@code month}, {@code quarter}, {@code year}; any case). */
    public static Optional<PeriodKind> ofPeriod(String period) {
        String key = period.toLowerCase(Locale.ROOT);
        for (PeriodKind kind : values()) {
            if (kind.period.equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** True if this kind outranks {@code other} (EoY over EoQ over EoM). */
    public boolean moreSignificantThan(PeriodKind other) {
        return compareTo(other) > 0;
    }
}

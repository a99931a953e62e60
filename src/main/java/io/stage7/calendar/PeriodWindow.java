package io.stage7.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One period-end window on one business calendar: the local dates from the first of the period's
 * last N business days through the period's last day, and the instants they span.
 *
 * @param kind          EOM, EOQ or EOY
 * @param fiscalYear    the fiscal year the period belongs to
 * @param fiscalQuarter the fiscal quarter (1 to 4) the window's month belongs to
 * @param month         the month the window lies in (for EOQ and EOY, the period's last month)
 * @param firstDay      the first local date of the window: the earliest of its business days
 * @param lastDay       the last local date of the window: the period's last calendar day
 * @param start         local midnight starting {@code firstDay}
 * @param end           local midnight ending {@code lastDay} (exclusive)
 * @param businessDays  the window's business days, in order (at most N)
 */
public record PeriodWindow(PeriodKind kind, int fiscalYear, int fiscalQuarter, YearMonth month,
                           LocalDate firstDay, LocalDate lastDay, Instant start, Instant end,
                           List<LocalDate> businessDays) {

    public PeriodWindow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        businessDays = List.copyOf(businessDays);
    }

    /** The period's name: {@code 2026-03} for EOM, {@code FY2027-Q1} for EOQ, {@code FY2027} for EOY. */
    public String label() {
        switch (kind) {
            case EOM:
                return month.toString();
            case EOQ:
                return "FY" + fiscalYear + "-Q" + fiscalQuarter;
            default:
                return "FY" + fiscalYear;
        }
    }

    /** True if the instant lies in {@code [start, end)}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** True if the date lies in {@code [firstDay, lastDay]}. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}

package io.stage7.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A fiscal year that starts on the first day of a given month, its four quarters of three months
 * each and its twelve months.
 *
 * <p><b>Naming convention:</b> a fiscal year is named after the calendar year in which it
 * <em>ends</em>, as most companies with a February start do. With a February start, FY2027 runs
 * from 1 February 2026 to 31 January 2027, and its Q1 is February to April 2026. With a January
 * start, fiscal and calendar years coincide.
 *
 * @param firstMonth the month the fiscal year starts in
 */
public record FiscalCalendar(Month firstMonth) {

    public FiscalCalendar {
        Objects.requireNonNull(firstMonth, "firstMonth");
    }

    /** The fiscal calendar whose years start in {@code firstMonth}. */
    public static FiscalCalendar startingIn(Month firstMonth) {
        return new FiscalCalendar(firstMonth);
    }

    /** The fiscal year a date belongs to, named after the calendar year in which it ends. */
    public int fiscalYear(LocalDate date) {
        return fiscalYear(YearMonth.from(date));
    }

    /** The fiscal year a month belongs to. */
    public int fiscalYear(YearMonth month) {
        if (firstMonth == Month.JANUARY || month.getMonthValue() < firstMonth.getValue()) {
            return month.getYear();
        }
        return month.getYear() + 1;
    }

    /** The month's position in its fiscal year, 1 to 12. */
    public int fiscalMonth(YearMonth month) {
        return Math.floorMod(month.getMonthValue() - firstMonth.getValue(), 12) + 1;
    }

    /** The fiscal quarter, 1 to 4, of a month. */
    public int fiscalQuarter(YearMonth month) {
        return (fiscalMonth(month) - 1) / 3 + 1;
    }

    /** The fiscal quarter, 1 to 4, of a date. */
    public int fiscalQuarter(LocalDate date) {
        return fiscalQuarter(YearMonth.from(date));
    }

    /** The first month of a fiscal year. */
    public YearMonth firstMonthOf(int fiscalYear) {
        int calendarYear = firstMonth == Month.JANUARY ? fiscalYear : fiscalYear - 1;
        return YearMonth.of(calendarYear, firstMonth);
    }

    /** The first month of a fiscal quarter (1 to 4). */
    public YearMonth firstMonthOf(int fiscalYear, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
        return firstMonthOf(fiscalYear).plusMonths(3L * (quarter - 1));
    }

    /** The first day of a fiscal year. */
    public LocalDate startOf(int fiscalYear) {
        return firstMonthOf(fiscalYear).atDay(1);
    }

    /** The last day of a fiscal year. */
    public LocalDate endOf(int fiscalYear) {
        return firstMonthOf(fiscalYear).plusMonths(11).atEndOfMonth();
    }

    /** The first day of a fiscal quarter. */
    public LocalDate startOf(int fiscalYear, int quarter) {
        return firstMonthOf(fiscalYear, quarter).atDay(1);
    }

    /** The last day of a fiscal quarter. */
    public LocalDate endOf(int fiscalYear, int quarter) {
        return firstMonthOf(fiscalYear, quarter).plusMonths(2).atEndOfMonth();
    }

    /** True if the month closes its fiscal quarter. */
    public boolean endsQuarter(YearMonth month) {
        return fiscalMonth(month) % 3 == 0;
    }

    /** True if the month closes its fiscal year. */
    public boolean endsYear(YearMonth month) {
        return fiscalMonth(month) == 12;
    }
}

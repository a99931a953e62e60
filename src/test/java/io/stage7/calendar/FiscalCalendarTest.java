package io.stage7.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fiscal years are named after the calendar year they end in; quarters are three months from the start. */
class FiscalCalendarTest {

    @ParameterizedTest(name = "starting {0}: {1} is FY{2} Q{3} month {4}")
    @CsvSource({
        "FEBRUARY, 2026-01-31, 2026, 4, 12",
        "FEBRUARY, 2026-02-01, 2027, 1, 1",
        "FEBRUARY, 2026-04-30, 2027, 1, 3",
        "FEBRUARY, 2026-05-01, 2027, 2, 4",
        "FEBRUARY, 2026-10-31, 2027, 3, 9",
        "FEBRUARY, 2026-11-01, 2027, 4, 10",
        "FEBRUARY, 2027-01-31, 2027, 4, 12",
        "JANUARY,  2026-01-01, 2026, 1, 1",
        "JANUARY,  2026-12-31, 2026, 4, 12",
        "JULY,     2026-06-30, 2026, 4, 12",
        "JULY,     2026-07-01, 2027, 1, 1",
        "DECEMBER, 2026-12-01, 2027, 1, 1",
    })
    void placesDatesInFiscalPeriods(Month start, LocalDate date, int year, int quarter, int month) {
        FiscalCalendar fiscal = FiscalCalendar.startingIn(start);
        assertEquals(year, fiscal.fiscalYear(date));
        assertEquals(quarter, fiscal.fiscalQuarter(date));
        assertEquals(month, fiscal.fiscalMonth(YearMonth.from(date)));
        assertTrue(!date.isBefore(fiscal.startOf(year)) && !date.isAfter(fiscal.endOf(year)));
        assertTrue(!date.isBefore(fiscal.startOf(year, quarter)) && !date.isAfter(fiscal.endOf(year, quarter)));
    }

    @Test
    void fiscalYear2027StartingInFebruaryRunsFromFebruary2026ToJanuary2027() {
        FiscalCalendar fiscal = FiscalCalendar.startingIn(Month.FEBRUARY);
        assertEquals(LocalDate.of(2026, 2, 1), fiscal.startOf(2027));
        assertEquals(LocalDate.of(2027, 1, 31), fiscal.endOf(2027));
        assertEquals(LocalDate.of(2026, 11, 1), fiscal.startOf(2027, 4));
        assertEquals(LocalDate.of(2027, 1, 31), fiscal.endOf(2027, 4));
        assertEquals(LocalDate.of(2026, 4, 30), fiscal.endOf(2027, 1));
        assertTrue(fiscal.endsQuarter(YearMonth.of(2026, 4)));
        assertFalse(fiscal.endsQuarter(YearMonth.of(2026, 3)));
        assertTrue(fiscal.endsYear(YearMonth.of(2027, 1)));
        assertFalse(fiscal.endsYear(YearMonth.of(2026, 12)));
        assertThrows(IllegalArgumentException.class, () -> fiscal.startOf(2027, 5));
    }
}

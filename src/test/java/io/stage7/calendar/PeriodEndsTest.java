package io.stage7.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.stage7.calendar.PeriodKind.EOM;
import static io.stage7.calendar.PeriodKind.EOQ;
import static io.stage7.calendar.PeriodKind.EOY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * EoM/EoQ/EoY windows of a February-start fiscal year on each regional calendar, pinned by
 * {@code calendar/period-end-windows.txt} and {@code calendar/period-end-instants.txt}.
 */
class PeriodEndsTest {

    private static final FiscalCalendar FEBRUARY = FiscalCalendar.startingIn(Month.FEBRUARY);
    private static final Map<PeriodKind, Integer> DAYS = Map.of(EOM, 3, EOQ, 5, EOY, 10);

    private static PeriodEnds periodEnds(String calendar) {
        return PeriodEnds.of(TestCalendars.named(calendar), FEBRUARY, DAYS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"AMER", "EMEA", "APAC"})
    void listsTheWindowsOfFiscalYear2027(String calendar) {
        PeriodEnds ends = periodEnds(calendar);
        List<String> expected = TestCalendars.rows("period-end-windows.txt").stream()
                .filter(row -> row[0].equals(calendar))
                .map(row -> String.join(" ", row[1], row[2], row[3], row[4]))
                .collect(Collectors.toList());
        BusinessCalendar cal = ends.calendar();
        List<String> actual = new ArrayList<>();
        for (PeriodWindow w : ends.windows(cal.startOfDay(LocalDate.of(2026, 2, 1)), cal.startOfDay(LocalDate.of(2027, 2, 1)))) {
            actual.add(String.join(" ", w.kind().name(), w.label(), w.firstDay().toString(), w.lastDay().toString()));
            assertEquals(cal.startOfDay(w.firstDay()), w.start());
            assertEquals(cal.startOfDay(w.lastDay().plusDays(1)), w.end());
            assertEquals(DAYS.get(w.kind()), w.businessDays().size());
            assertEquals(w.firstDay(), w.businessDays().get(0));
            assertTrue(w.businessDays().stream().allMatch(cal::isBusinessDay));
        }
        assertEquals(expected, actual);
    }

    static Stream<Arguments> instants() {
        return TestCalendars.rows("period-end-instants.txt").stream()
                .map(row -> Arguments.of(row[0], row[1], row[2]));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("instants")
    void placesInstantsInWindowsByTheirLocalDate(String calendar, String instant, String windows) {
        PeriodEnds ends = periodEnds(calendar);
        Instant t = OffsetDateTime.parse(instant).toInstant();
        Set<PeriodKind> expected = EnumSet.noneOf(PeriodKind.class);
        if (!windows.equals("-")) {
            for (String kind : windows.split(",")) {
                expected.add(PeriodKind.valueOf(kind));
            }
        }
        assertEquals(expected, ends.windowsAt(t));
        assertEquals(!expected.isEmpty(), ends.isPeriodEnd(t));
        for (PeriodKind kind : PeriodKind.values()) {
            assertEquals(expected.contains(kind), ends.isPeriodEnd(t, kind), kind.name());
            ends.window(kind, t).ifPresent(w -> assertTrue(w.contains(t) && w.contains(ends.calendar().localDate(t))));
            assertEquals(expected.contains(kind), ends.window(kind, t).isPresent());
        }
        Optional<PeriodKind> most = expected.isEmpty()
                ? Optional.empty() : Optional.of(((EnumSet<PeriodKind>) expected).stream().max(Enum::compareTo).get());
        assertEquals(most, ends.mostSignificant(t));
    }

    @Test
    void aWindowLongerThanItsLastMonthReachesBack() {
        PeriodEnds ends = PeriodEnds.of(TestCalendars.named("AMER"), FEBRUARY, Map.of(EOQ, 30));
        BusinessCalendar cal = ends.calendar();
        PeriodWindow q1 = ends.window(EOQ, at("2026-04-30T12:00-07:00")).orElseThrow();
        assertEquals(30, q1.businessDays().size());
        // April 2026 has 22 weekdays; eight more from March: the window starts Friday 20 March.
        assertEquals(LocalDate.of(2026, 3, 20), q1.firstDay());
        assertTrue(ends.isPeriodEnd(cal.startOfDay(LocalDate.of(2026, 3, 20)), EOQ));
        assertFalse(ends.isPeriodEnd(cal.startOfDay(LocalDate.of(2026, 3, 20)).minusNanos(1)));
        assertEquals(List.of(q1), ends.windows(at("2026-03-01T00:00Z"), at("2026-03-21T00:00Z")));
    }

    @Test
    void aWindowCannotHoldMoreBusinessDaysThanItsPeriod() {
        PeriodEnds ends = PeriodEnds.of(TestCalendars.named("AMER"), FEBRUARY, Map.of(EOM, 40));
        PeriodWindow february = ends.window(EOM, at("2026-02-10T12:00-08:00")).orElseThrow();
        assertEquals(LocalDate.of(2026, 2, 2), february.firstDay(), "the month's first business day");
        assertEquals(19, february.businessDays().size(), "20 weekdays less Presidents' Day");
        assertFalse(ends.isPeriodEnd(at("2026-02-01T12:00-08:00")), "Sunday the 1st is before it");
    }

    @Test
    void kindsWithoutADeclarationHaveNoWindows() {
        PeriodEnds ends = PeriodEnds.of(TestCalendars.named("AMER"), FEBRUARY, Map.of(EOQ, 5));
        Instant yearEnd = at("2027-01-29T12:00-08:00");
        assertEquals(Set.of(EOQ), ends.windowsAt(yearEnd));
        assertEquals(Optional.of(EOQ), ends.mostSignificant(yearEnd));
        assertEquals(Optional.empty(), ends.lastBusinessDays(EOY));
        assertEquals(Optional.of(5), ends.lastBusinessDays(EOQ));
        assertThrows(IllegalArgumentException.class,
                () -> PeriodEnds.of(TestCalendars.named("AMER"), FEBRUARY, Map.of(EOM, 0)));
    }

    @Test
    void windowsAreListedOnlyWhereTheyOverlapTheRange() {
        PeriodEnds ends = periodEnds("AMER");
        List<PeriodWindow> april = ends.windows(at("2026-04-27T00:00-07:00"), at("2026-04-28T00:00-07:00"));
        assertEquals(List.of("FY2027-Q1"), april.stream().map(PeriodWindow::label).collect(Collectors.toList()));
        assertEquals(List.of(), ends.windows(at("2026-05-01T00:00-07:00"), at("2026-05-27T00:00-07:00")));
        assertEquals(List.of(), ends.windows(at("2026-05-10T00:00-07:00"), at("2026-05-01T00:00-07:00")));
    }

    @Test
    void periodKindsNameTheirPeriods() {
        assertEquals(Optional.of(EOQ), PeriodKind.ofPeriod("Quarter"));
        assertEquals(Optional.empty(), PeriodKind.ofPeriod("week"));
        assertTrue(EOY.moreSignificantThan(EOQ) && EOQ.moreSignificantThan(EOM));
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    void theMonthOfAnEpochDayIsLocalDatesMonth() {
        long[] starts = {LocalDate.of(-999_999, 1, 1).toEpochDay(), -800_000, -1_000, 0, 11_000, 20_400,
            LocalDate.of(999_999, 1, 1).toEpochDay()};
        for (long start : starts) {
            for (long day = start; day < start + 3_000; day++) {
                LocalDate date = LocalDate.ofEpochDay(day);
                assertEquals(date.getYear() * 12L + date.getMonthValue() - 1, PeriodEnds.monthIndexOf(day), date.toString());
            }
        }
        for (long day : new long[] {LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()}) {
            LocalDate date = LocalDate.ofEpochDay(day);
            assertEquals(date.getYear() * 12L + date.getMonthValue() - 1, PeriodEnds.monthIndexOf(day), date.toString());
        }
    }
}

package io.stage7.calendar;

import io.stage7.testing.Fixtures;
import io.stage7.Rules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped calendars (rules/policy.rules) close on the right weekdays from 2026 to 2030: public
 * holidays by rule plus the team's company days, pinned by
 * {@code src/test/resources/calendar/shipped-closed-weekdays.txt}.
 */
class ShippedCalendarsTest {

    private static final Rules RULES = Rules.load(Fixtures.RULES).rules().orElseThrow();
    private static final List<String> REGIONS = List.of("AMER", "EMEA", "APAC");

    private static BusinessCalendar calendar(String region) {
        return RULES.checked().calendar(region).orElseThrow();
    }

    @Test
    void closedWeekdaysFrom2026To2030AreExactlyTheTable() throws IOException {
        Map<String, TreeSet<LocalDate>> expected = new TreeMap<>();
        for (String line : Files.readAllLines(TestCalendars.DATA.resolve("shipped-closed-weekdays.txt"))) {
            String content = line.replaceFirst("#.*", "").strip();
            if (!content.isEmpty()) {
                String[] parts = content.split("\\s+");
                expected.computeIfAbsent(parts[0], r -> new TreeSet<>()).add(LocalDate.parse(parts[1]));
            }
        }
        assertEquals(REGIONS.stream().sorted().toList(), new ArrayList<>(expected.keySet()));
        for (String region : REGIONS) {
            TreeSet<LocalDate> closed = new TreeSet<>();
            for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
                if (d.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0 && !calendar(region).isBusinessDay(d)) {
                    closed.add(d);
                }
            }
            assertEquals(expected.get(region), closed, region);
        }
    }

    @Test
    void christmasIsNeverABusinessDayAgain() {
        for (String region : REGIONS) {
            for (int year = 2026; year <= 2060; year++) {
                LocalDate christmas = LocalDate.of(year, 12, 25);
                assertTrue(calendar(region).isHoliday(christmas) || !calendar(region).isBusinessDay(christmas),
                        region + " " + christmas);
            }
        }
    }

    @Test
    void regionalHolidaysFallOnTheirOwnDesksOnly() {
        LocalDate thanksgiving2029 = LocalDate.of(2029, 11, 22);
        assertFalse(calendar("AMER").isBusinessDay(thanksgiving2029));
        assertTrue(calendar("EMEA").isBusinessDay(thanksgiving2029));
        assertTrue(calendar("APAC").isBusinessDay(thanksgiving2029));
        LocalDate stPatricks2028 = LocalDate.of(2028, 3, 17);
        assertFalse(calendar("EMEA").isBusinessDay(stPatricks2028));
        assertTrue(calendar("AMER").isBusinessDay(stPatricks2028));
        LocalDate anzac2030 = LocalDate.of(2030, 4, 25);
        assertFalse(calendar("APAC").isBusinessDay(anzac2030));
        assertTrue(calendar("EMEA").isBusinessDay(anzac2030));
    }

    @Test
    void exceptedHolidaysAreBusinessDays() {
        assertTrue(calendar("AMER").isBusinessDay(LocalDate.of(2029, 11, 12)), "Veterans Day (observed) 2029");
        assertTrue(calendar("APAC").isBusinessDay(LocalDate.of(2028, 8, 7)), "NSW Bank Holiday 2028");
    }

    @Test
    void calendarsWithPublicHolidaysNeverRunOutOfData() {
        for (String region : REGIONS) {
            assertEquals(OptionalInt.empty(), calendar(region).listedHolidaysEnd(), region);
        }
        assertEquals(List.of(), RULES.checked().holidayGaps(2031, 2040));
    }

    @Test
    void aYearsHolidaysAreComputedOnceAndShared() {
        PublicHolidays us = calendar("AMER").publicHolidays().get(0);
        long[] first = us.epochDays(2029);
        for (int year = 2030; year < 2050; year++) {
            us.epochDays(year); // pushes 2029 out of the small per-year slots
        }
        assertSame(first, us.epochDays(2029));
        BusinessCalendar extended = calendar("AMER").withExtendedHours(List.of(LocalDate.of(2029, 3, 30)),
                java.time.LocalTime.of(7, 0), java.time.LocalTime.of(20, 0));
        assertSame(us, extended.publicHolidays().get(0));
    }
}

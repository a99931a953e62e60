package io.stage7.check;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LiteralsTest {

    @Test
    void datesAreStrictIso() {
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), Literals.parseDate("2028-02-29"));
        assertEquals(Optional.empty(), Literals.parseDate("2026-02-29"));
        assertEquals(Optional.empty(), Literals.parseDate("2026-2-1"));
    }

    @Test
    void dateTimesNeedAnOffset() {
        assertEquals(Optional.of(Instant.parse("2026-03-31T23:45:00Z")),
                Literals.parseDateTime("2026-03-31T16:45:00-07:00"));
        assertEquals(Optional.empty(), Literals.parseDateTime("2026-03-31T16:45:00"));
    }

    @Test
    void clockTimesAllowMidnightAtTheEndOfTheDay() {
        assertEquals(OptionalInt.of(16 * 60 + 30), Literals.parseClock("16:30"));
        assertEquals(OptionalInt.of(24 * 60), Literals.parseClock("24:00"));
        assertEquals(OptionalInt.empty(), Literals.parseClock("24:01"));
        assertEquals(OptionalInt.empty(), Literals.parseClock("12:60"));
        assertEquals(Optional.of(LocalTime.of(16, 45)), Literals.parseTime("16:45:00"));
    }

    @Test
    void monthsAndDaysByFullOrShortNameInAnyCase() {
        assertEquals(Optional.of(Month.FEBRUARY), Literals.parseMonth("feb"));
        assertEquals(Optional.of(Month.SEPTEMBER), Literals.parseMonth("SEPTEMBER"));
        assertEquals(Optional.empty(), Literals.parseMonth("Sept"));
        assertEquals(Optional.of(DayOfWeek.THURSDAY), Literals.parseDay("Thursday"));
        assertEquals(Optional.of(DayOfWeek.MONDAY), Literals.parseDay("mon"));
    }
}

package io.stage7.calendar;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Public holidays by region code: lookup, days off across year ends, exceptions. */
class PublicHolidaysTest {

    private static PublicHolidays found(String region) {
        return assertInstanceOf(PublicHolidays.Lookup.Found.class, PublicHolidays.of(region)).holidays();
    }

    private static String unknown(String region) {
        return assertInstanceOf(PublicHolidays.Lookup.Unknown.class, PublicHolidays.of(region)).message();
    }

    @Test
    void regionCodesAreCountryThenSubdivisionInAnyCase() {
        assertEquals("US-CA", found("us-ca").code());
        assertEquals("AU-NSW", found("AU-NSW").code());
        assertEquals("IE", found("IE").code());
    }

    @Test
    void unknownCountriesAndSubdivisionsSayWhatIsKnown() {
        assertTrue(unknown("XX").contains("no public holidays are known for country 'XX'"), unknown("XX"));
        String message = unknown("AU-SYD");
        assertTrue(message.startsWith("'AU' has no subdivision 'SYD'; known: AU-ACT, AU-NSW, AU-NT"), message);
        assertTrue(unknown("IE-D").contains("it has no subdivisions"), unknown("IE-D"));
    }

    @Test
    void aHolidayMovedOffAWeekendCountsOnItsDayOffEvenInTheYearBefore() {
        PublicHolidays us = found("US");
        // 1 January 2028 is a Saturday: observed on Friday 31 December 2027
        assertTrue(us.contains(LocalDate.of(2027, 12, 31)));
        assertFalse(us.contains(LocalDate.of(2028, 1, 1)));
        assertTrue(us.holidaysIn(2027).stream().anyMatch(h -> h.date().equals(LocalDate.of(2027, 12, 31))));
        assertTrue(us.holidaysIn(2028).stream().noneMatch(h -> h.date().getYear() != 2028));
    }

    @Test
    void exceptionsMatchNamesIgnoringCaseAccentsAndPunctuation() {
        PublicHolidays ca = found("US-CA");
        assertTrue(ca.hasHolidayNamed("cesar chavez's birthday"));
        assertTrue(ca.contains(LocalDate.of(2028, 3, 31)));
        assertFalse(ca.except(List.of("CESAR CHAVEZS BIRTHDAY")).contains(LocalDate.of(2028, 3, 31)));
        assertFalse(ca.hasHolidayNamed("Columbus Day (observed)"));
        assertFalse(ca.exceptsEverything());
        assertTrue(found("IE").except(found("IE").names()).exceptsEverything());
    }

    @Test
    void aCalendarWithPublicHolidaysClosesOnThemInAnyYear() {
        BusinessCalendar calendar = BusinessCalendar.builder("IE", ZoneId.of("Europe/Dublin"))
                .hours(MONDAY, FRIDAY, TimeRange.parse("09:00-17:00"))
                .publicHolidays(found("IE"))
                .build();
        assertFalse(calendar.isBusinessDay(LocalDate.of(2092, 3, 17)), "St Patrick's Day 2092, a Monday");
        assertFalse(calendar.isBusinessDay(LocalDate.of(2030, 12, 26)));
        // business time skips the holiday: from Good Friday's close (17:00 Irish summer time, a
        // business day in Ireland) one hour ends on Tuesday at 10:00, after Easter Monday
        Instant goodFriday = Instant.parse("2030-04-19T16:00:00Z");
        Instant tuesday = calendar.addBusinessHours(goodFriday, Duration.ofHours(1));
        assertEquals(Instant.parse("2030-04-23T09:00:00Z"), tuesday, "Good Friday is worked, Easter Monday is not");
    }
}

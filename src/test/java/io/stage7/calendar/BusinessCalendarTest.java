package io.stage7.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The behaviours of {@link BusinessCalendar} that a single example pins best. */
class BusinessCalendarTest {

    private static final BusinessCalendar AMER = TestCalendars.named("AMER");
    private static final BusinessCalendar EMEA = TestCalendars.named("EMEA");
    private static final BusinessCalendar APAC = TestCalendars.named("APAC");

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void isOpenFromTheOpeningUpToButNotAtTheClosing() {
        assertFalse(AMER.isOpen(at("2026-03-09T06:59:59.999-07:00")));
        assertTrue(AMER.isOpen(at("2026-03-09T07:00-07:00")));
        assertTrue(AMER.isOpen(at("2026-03-09T16:59:59.999999999-07:00")));
        assertFalse(AMER.isOpen(at("2026-03-09T17:00-07:00")));
        assertFalse(AMER.isOpen(at("2026-03-07T12:00-08:00")), "Saturday");
        assertFalse(AMER.isOpen(at("2026-07-03T12:00-07:00")), "holiday");
    }

    @Test
    void switchDaysKeepTheirWallClockHours() {
        LocalDate springForward = LocalDate.of(2026, 3, 8);
        LocalDate fallBack = LocalDate.of(2026, 11, 1);
        BusinessCalendar everyDay = TestCalendars.named("AMER7");
        BusinessCalendar always = TestCalendars.named("ALWAYS");
        assertEquals(Duration.ofHours(10), openTimeOn(everyDay, springForward));
        assertEquals(Duration.ofHours(10), openTimeOn(everyDay, fallBack));
        assertEquals(Duration.ofHours(23), openTimeOn(always, springForward));
        assertEquals(Duration.ofHours(25), openTimeOn(always, fallBack));
    }

    @Test
    void hoursThatStartOrEndInsideASwitchUseTheFirstInstantTheClockReadsThem() {
        BusinessCalendar owl = BusinessCalendar.builder("OWL", ZoneId.of("America/Los_Angeles"))
                .hours(DayOfWeek.SUNDAY, TimeRange.parse("01:30-02:30")).build();
        // 8 March: 02:30 never shows on the clock; it closes at the switch, 03:00 PDT.
        assertEquals(Duration.ofMinutes(30), openTimeOn(owl, LocalDate.of(2026, 3, 8)));
        assertEquals(Optional.of(at("2026-03-08T03:00-07:00")), owl.nextClosing(at("2026-03-08T01:45-08:00")));
        // 1 November: it opens at the first 01:30 (PDT) and closes at 02:30 PST, two hours later.
        assertEquals(at("2026-11-01T01:30-07:00"), owl.openingOn(LocalDate.of(2026, 11, 1)).orElseThrow());
        assertEquals(Duration.ofHours(2), openTimeOn(owl, LocalDate.of(2026, 11, 1)));
        assertEquals(Duration.ofHours(1), openTimeOn(owl, LocalDate.of(2026, 11, 8)));
    }

    @Test
    void oneCalendarServesManyThreadsAlike() throws Exception {
        BusinessCalendar shared = TestCalendars.named("EMEA");
        Instant start = at("2026-01-05T09:00Z");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Instant>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> shared.addBusinessHours(start, Duration.ofHours(20_000))));
            }
            Instant expected = TestCalendars.named("EMEA").addBusinessHours(start, Duration.ofHours(20_000));
            for (java.util.concurrent.Future<Instant> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachRegionSwitchesOnItsOwnDate() {
        // Dublin: GMT until Sunday 29 March, then IST (+01:00).
        assertEquals(at("2026-03-27T08:00Z"), EMEA.openingOn(LocalDate.of(2026, 3, 27)).orElseThrow());
        assertEquals(at("2026-03-30T07:00Z"), EMEA.openingOn(LocalDate.of(2026, 3, 30)).orElseThrow());
        // Sydney, southern hemisphere: summer time ends 5 April and starts again 4 October.
        assertEquals(at("2026-04-01T21:00Z"), APAC.openingOn(LocalDate.of(2026, 4, 2)).orElseThrow());
        assertEquals(at("2026-04-06T22:00Z"), APAC.openingOn(LocalDate.of(2026, 4, 7)).orElseThrow());
        assertEquals(at("2026-10-01T22:00Z"), APAC.openingOn(LocalDate.of(2026, 10, 2)).orElseThrow());
        assertEquals(at("2026-10-05T21:00Z"), APAC.openingOn(LocalDate.of(2026, 10, 6)).orElseThrow());
        // Los Angeles: 8 March and 1 November.
        assertEquals(at("2026-03-06T15:00Z"), AMER.openingOn(LocalDate.of(2026, 3, 6)).orElseThrow());
        assertEquals(at("2026-03-09T14:00Z"), AMER.openingOn(LocalDate.of(2026, 3, 9)).orElseThrow());
    }

    @Test
    void aYearOfOpenTimeIsTenHoursPerBusinessDay() {
        int businessDays = 0;
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            businessDays += AMER.isBusinessDay(d) ? 1 : 0;
        }
        assertEquals(261 - 10, businessDays, "2026 has 261 weekdays; ten AMER holidays fall on them");
        assertEquals(Duration.ofHours(10L * businessDays),
                AMER.businessTimeBetween(AMER.startOfDay(LocalDate.of(2026, 1, 1)),
                        AMER.startOfDay(LocalDate.of(2027, 1, 1))));
    }

    @Test
    void nextOpeningIsTheInstantItselfWhenOpen() {
        Instant open = at("2026-03-09T10:15:30.5-07:00");
        assertEquals(open, AMER.nextOpening(open));
        assertEquals(at("2026-07-06T07:00-07:00"), AMER.nextOpening(at("2026-07-02T17:00-07:00")));
        assertEquals(at("2027-01-04T07:00-08:00"), AMER.nextOpening(at("2026-12-31T17:30-08:00")));
    }

    @Test
    void nextClosingIsTheInstantItselfWhenClosed() {
        Instant closed = at("2026-03-07T12:00-08:00");
        assertEquals(Optional.of(closed), AMER.nextClosing(closed));
        assertEquals(Optional.of(at("2026-03-09T17:00-07:00")), AMER.nextClosing(at("2026-03-09T07:00-07:00")));
    }

    @Test
    void nextClosingFollowsANightShiftPastMidnight() {
        BusinessCalendar split = TestCalendars.named("SPLIT");
        assertEquals(Optional.of(at("2026-03-07T04:00-08:00")), split.nextClosing(at("2026-03-06T21:00-08:00")));
        assertEquals(Optional.of(at("2026-03-06T12:00-08:00")), split.nextClosing(at("2026-03-06T09:00-08:00")));
    }

    @Test
    void nextClosingFollowsAnOpenPeriodAcrossTheYearEnd() {
        BusinessCalendar nights = BusinessCalendar.builder("NIGHTS", ZoneId.of("Australia/Sydney"))
                .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, TimeRange.parse("00:00-04:00"), TimeRange.parse("20:00-24:00"))
                .build();
        assertEquals(Optional.of(at("2027-01-01T04:00+11:00")), nights.nextClosing(at("2026-12-31T23:00+11:00")));

        BusinessCalendar always = TestCalendars.named("ALWAYS");
        assertEquals(Optional.empty(), always.nextClosing(at("2026-12-31T23:00-08:00")));
        BusinessCalendar alwaysButOneDay = BusinessCalendar.builder("ALMOST", ZoneId.of("America/Los_Angeles"))
                .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, TimeRange.allDay())
                .holiday(LocalDate.of(2028, 12, 25))
                .build();
        assertEquals(Optional.of(at("2028-12-25T00:00-08:00")), alwaysButOneDay.nextClosing(at("2026-06-01T12:00-07:00")));
        assertEquals(Optional.empty(), alwaysButOneDay.nextClosing(at("2028-12-26T12:00-08:00")));
    }

    @Test
    void businessDaysSkipWeekendsAndHolidays() {
        assertFalse(AMER.isBusinessDay(LocalDate.of(2026, 7, 3)));
        assertFalse(AMER.isBusinessDay(LocalDate.of(2026, 7, 4)));
        assertTrue(AMER.isBusinessDay(LocalDate.of(2026, 7, 2)));
        assertEquals(LocalDate.of(2026, 7, 6), AMER.nextBusinessDay(LocalDate.of(2026, 7, 2)));
        assertEquals(LocalDate.of(2026, 7, 2), AMER.previousBusinessDay(LocalDate.of(2026, 7, 6)));
        assertEquals(Optional.empty(), AMER.openingOn(LocalDate.of(2026, 7, 3)));
    }

    @Test
    void startOfNextBusinessDayGoesByTheLocalDate() {
        // 16:45 Thursday 2 July in Los Angeles is already Friday in UTC; Friday is a holiday.
        assertEquals(at("2026-07-06T07:00-07:00"), AMER.startOfNextBusinessDay(at("2026-07-02T16:45-07:00")));
        // 00:30 Tuesday in Sydney is still Monday in UTC: the next business day is Wednesday.
        assertEquals(at("2026-03-11T08:00+11:00"), APAC.startOfNextBusinessDay(at("2026-03-10T00:30+11:00")));
        assertEquals(LocalDate.of(2026, 3, 10), APAC.localDate(at("2026-03-09T13:30Z")));
        assertEquals(LocalTime.of(0, 30), APAC.localTime(at("2026-03-09T13:30Z")));
    }

    @Test
    void extendedHoursApplyOnTheGivenBusinessDaysOnly() {
        Set<LocalDate> window = Set.of(LocalDate.of(2026, 4, 28), LocalDate.of(2026, 4, 29),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 2));
        BusinessCalendar extended = AMER.withExtendedHours(window, LocalTime.of(7, 0), LocalTime.of(20, 0));

        assertTrue(extended.isOpen(at("2026-04-28T19:30-07:00")));
        assertFalse(extended.isOpen(at("2026-04-27T19:30-07:00")), "outside the window");
        assertFalse(AMER.isOpen(at("2026-04-28T19:30-07:00")), "the original is unchanged");
        assertFalse(extended.isBusinessDay(LocalDate.of(2026, 5, 2)), "a Saturday stays closed");
        assertEquals(Duration.ofHours(13), openTimeOn(extended, LocalDate.of(2026, 4, 30)));
        assertEquals(at("2026-04-29T09:00-07:00"), extended.addBusinessHours(at("2026-04-28T18:00-07:00"), Duration.ofHours(4)));

        BusinessCalendar split = TestCalendars.named("SPLIT");
        LocalDate monday = LocalDate.of(2026, 3, 9);
        assertEquals(List.of(TimeRange.parse("07:00-20:00")),
                split.withExtendedHours(Set.of(monday), LocalTime.of(7, 0), LocalTime.of(20, 0)).hoursOn(monday),
                "the extension covers the lunch break too");
    }

    @Test
    void datedHoursReplaceTheUsualOnes() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        LocalDate holiday = LocalDate.of(2026, 7, 3);
        BusinessCalendar changed = AMER
                .withHoursOn(List.of(saturday), List.of(TimeRange.parse("09:00-13:00")))
                .withHoursOn(List.of(LocalDate.of(2026, 3, 9)), List.of())
                .withHoursOn(List.of(holiday), List.of(TimeRange.parse("07:00-12:00")));
        assertEquals(Duration.ofHours(4), openTimeOn(changed, saturday));
        assertFalse(changed.isBusinessDay(LocalDate.of(2026, 3, 9)));
        assertEquals(Duration.ofHours(5), openTimeOn(changed, holiday));
        assertEquals(at("2026-03-10T08:00-07:00"), changed.addBusinessHours(at("2026-03-07T12:00-08:00"), Duration.ofHours(2)));
    }

    @Test
    void yearsOutsideTheCacheAgreeWithTheSameWeekdays() {
        // Years before 1900 and after 2299 are computed on each use rather than cached; ten days
        // across a year end must still hold nine hours per weekday.
        BusinessCalendar plain = BusinessCalendar.builder("PLAIN", ZoneId.of("Europe/Dublin"))
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, TimeRange.parse("08:00-17:00")).build();
        for (int year : new int[] {1850, 2450}) {
            LocalDate first = LocalDate.of(year, 12, 28);
            Instant start = plain.startOfDay(first);
            Instant end = plain.startOfDay(first.plusDays(10));
            long weekdays = first.datesUntil(first.plusDays(10))
                    .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
            assertEquals(Duration.ofHours(9 * weekdays), plain.businessTimeBetween(start, end), "year " + year);
            Instant after = plain.addBusinessHours(start, Duration.ofHours(9 * weekdays));
            assertEquals(plain.businessTimeBetween(start, after), Duration.ofHours(9 * weekdays));
        }
    }

    @Test
    void negativeAmountsAreRejected() {
        Instant t = at("2026-03-09T10:00-07:00");
        assertThrows(IllegalArgumentException.class, () -> AMER.addBusinessHours(t, Duration.ofHours(-1)));
        assertThrows(IllegalArgumentException.class, () -> AMER.addBusinessHours(t, -0.5));
        assertThrows(IllegalArgumentException.class, () -> AMER.addBusinessHours(t, Double.NaN));
        assertEquals(Duration.ZERO, AMER.businessTimeBetween(t, t.minusSeconds(3600)));
    }

    @Test
    void aCalendarNeedsOpenHours() {
        assertThrows(IllegalArgumentException.class,
                () -> BusinessCalendar.builder("NONE", ZoneId.of("UTC")).build());
    }

    @Test
    void weeklyRangesAreSortedAndMerged() {
        BusinessCalendar cal = BusinessCalendar.builder("MERGE", ZoneId.of("UTC"))
                .hours(DayOfWeek.SATURDAY, DayOfWeek.MONDAY, TimeRange.parse("13:00-17:00"))
                .hours(DayOfWeek.MONDAY, TimeRange.parse("08:00-12:00"), TimeRange.parse("11:00-13:00"))
                .build();
        assertEquals(List.of(TimeRange.parse("08:00-17:00")), cal.weeklyHours(DayOfWeek.MONDAY));
        assertEquals(List.of(TimeRange.parse("13:00-17:00")), cal.weeklyHours(DayOfWeek.SUNDAY), "SAT-MON wraps");
        assertEquals(List.of(), cal.weeklyHours(DayOfWeek.TUESDAY));
    }

    @Test
    void timeRangesReadAndPrintTwentyFourHundred() {
        assertEquals("20:00-24:00", TimeRange.parse("20:00-24:00").toString());
        assertTrue(TimeRange.parse("20:00 - 24:00").closesAtEndOfDay());
        assertEquals(86_400, TimeRange.allDay().closeSecond());
        assertThrows(IllegalArgumentException.class, () -> TimeRange.parse("17:00-07:00"));
        assertThrows(IllegalArgumentException.class, () -> TimeRange.parse("07:00-24:30"));
        assertThrows(IllegalArgumentException.class, () -> TimeRange.parse("7-17"));
        assertThrows(IllegalArgumentException.class, () -> TimeRange.of(LocalTime.of(9, 0), LocalTime.of(9, 0)));
    }

    @Test
    void utcYearAgreesWithJavaTime() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            long second = random.nextLong() % (400L * 366 * 86_400 * 20);
            assertEquals(java.time.LocalDateTime.ofEpochSecond(second, 0, java.time.ZoneOffset.UTC).getYear(),
                    BusinessCalendar.utcYear(second), "second " + second);
        }
    }

    private static Duration openTimeOn(BusinessCalendar calendar, LocalDate date) {
        return calendar.businessTimeBetween(calendar.startOfDay(date), calendar.startOfDay(date.plusDays(1)));
    }

    /**
     * Spans of centuries reuse the year totals of 400 years earlier once holidays and the zone's
     * historical transitions are over; a dated exception in 9999 turns that reuse off, so both
     * calendars must agree on every span.
     */
    @Test
    void centuriesOfBusinessTimeMatchYearByYearTotals() {
        for (String zone : List.of("Europe/Dublin", "America/Los_Angeles", "Australia/Sydney", "Asia/Kolkata", "UTC")) {
            BusinessCalendar periodic = BusinessCalendar.builder("X", ZoneId.of(zone))
                    .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, TimeRange.of(LocalTime.of(8, 0), LocalTime.of(17, 0)))
                    .hours(DayOfWeek.SATURDAY, TimeRange.allDay())
                    .holiday(LocalDate.of(2026, 3, 17)).build();
            BusinessCalendar yearByYear = periodic.withHoursOn(List.of(LocalDate.of(9999, 1, 4)), List.of());
            Instant from = Instant.parse("1700-01-01T00:00:00Z");
            Instant to = Instant.parse("4000-12-31T00:00:00Z");
            assertEquals(yearByYear.businessTimeBetween(from, to), periodic.businessTimeBetween(from, to), zone);
            Instant start = Instant.parse("2026-03-10T10:00:00Z");
            for (long hours : new long[] {1_000, 1_000_000, 3_000_000}) {
                assertEquals(yearByYear.addBusinessHours(start, Duration.ofHours(hours)),
                        periodic.addBusinessHours(start, Duration.ofHours(hours)), zone + " + " + hours + " h");
            }
        }
    }

    @Test
    void addingBusinessHoursBeforeALimitStopsThere() {
        BusinessCalendar calendar = BusinessCalendar.builder("X", ZoneId.of("UTC"))
                .hours(DayOfWeek.MONDAY, TimeRange.of(LocalTime.of(9, 0), LocalTime.of(9, 1))).build();
        Instant start = Instant.parse("2026-03-09T09:00:00Z"); // a Monday: one open minute a week
        Instant limit = Instant.parse("4001-01-01T00:00:00Z");
        assertEquals(Optional.of(Instant.parse("2026-03-16T09:01:00Z")),
                calendar.addBusinessHoursBefore(start, Duration.ofMinutes(2), limit));
        assertEquals(Optional.empty(), calendar.addBusinessHoursBefore(start, Duration.ofHours(1_000_000), limit));
    }

    @Test
    void localDatesAndTimesAreJavaTimesInEveryZoneIncludingAtOffsetChanges() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261126L);
        for (String id : new String[] {"Europe/Dublin", "Australia/Sydney", "America/Los_Angeles", "Asia/Kolkata", "UTC",
            "Pacific/Apia", "America/Sao_Paulo"}) {
            ZoneId zone = ZoneId.of(id);
            BusinessCalendar calendar = BusinessCalendar.builder(id, zone).hours(DayOfWeek.MONDAY, TimeRange.parse("09:00-17:00")).build();
            java.util.List<Instant> instants = new java.util.ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                instants.add(Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 8_000_000_000L), random.nextInt(1_000_000_000)));
            }
            java.time.zone.ZoneOffsetTransition transition = zone.getRules().nextTransition(Instant.parse("1899-06-01T00:00:00Z"));
            for (int i = 0; transition != null && i < 600; i++) {
                Instant change = transition.getInstant();
                instants.add(change.minusSeconds(1));
                instants.add(change.minusNanos(1));
                instants.add(change);
                instants.add(change.plusSeconds(1));
                transition = zone.getRules().nextTransition(change);
            }
            for (Instant instant : instants) {
                java.time.LocalDateTime expected = java.time.LocalDateTime.ofInstant(instant, zone);
                assertEquals(expected.toLocalDate(), calendar.localDate(instant), id + " " + instant);
                assertEquals(expected.toLocalTime(), calendar.localTime(instant), id + " " + instant);
                assertEquals(expected.toLocalDate().toEpochDay(), calendar.localEpochDay(instant), id + " " + instant);
            }
        }
    }

    @Test
    void aCalendarKeepsTheTablesOfAFewYearsHoweverLongTheRun() {
        BusinessCalendar fresh = TestCalendars.named("EMEA");
        BusinessCalendar reference = TestCalendars.named("EMEA");
        List<Instant> answers = new java.util.ArrayList<>();
        Instant at = at("2026-01-05T10:00:00+00:00");
        for (int week = 0; week < 52 * 30; week++) { // thirty years, a week at a time, as a long run goes
            Instant now = at.plus(Duration.ofDays(7L * week));
            answers.add(fresh.nextOpening(now));
            answers.add(fresh.addBusinessHours(now, Duration.ofHours(12)));
            assertTrue(fresh.cachedYears().size() <= BusinessCalendar.CACHED_YEARS, fresh.cachedYears().toString());
        }
        assertEquals(List.of(2052, 2053, 2054, 2055),
                fresh.cachedYears().stream().sorted().toList(), "the latest years");
        // Years evicted long ago are built again when asked, with the same answers.
        for (int week = 0; week < 52 * 30; week += 97) {
            Instant now = at.plus(Duration.ofDays(7L * week));
            assertEquals(answers.get(2 * week), reference.nextOpening(now));
            assertEquals(answers.get(2 * week), fresh.nextOpening(now));
            assertEquals(answers.get(2 * week + 1), fresh.addBusinessHours(now, Duration.ofHours(12)));
        }
        Instant from = at("2027-03-01T00:00:00+00:00");
        Instant to = at("2052-03-01T00:00:00+00:00");
        assertEquals(TestCalendars.named("EMEA").businessTimeBetween(from, to), fresh.businessTimeBetween(from, to),
                "a span of 25 years, with the cache full of other years");
    }
}

package io.stage7.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties that must hold for every calendar at thousands of seeded random instants, and the
 * agreement of {@link BusinessCalendar#isOpen} with a naive wall-clock reference, minute by minute
 * through the weeks around each DST switch.
 */
class BusinessCalendarPropertiesTest {

    private static final long SEED = 20_260_308L;
    private static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2028-06-01T00:00:00Z");

    static List<BusinessCalendar> calendars() {
        return TestCalendars.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void isOpenAgreesWithTheWallClockMinuteByMinuteAroundEverySwitch(BusinessCalendar calendar) {
        String[][] spans = {
            {"2026-03-01T00:00Z", "2026-04-12T00:00Z"},   // US and EU spring forward, Sydney back
            {"2026-09-27T00:00Z", "2026-11-08T00:00Z"},   // Sydney forward, EU and US fall back
            {"2026-12-20T00:00Z", "2027-01-06T00:00Z"},   // holidays and the year end
        };
        for (String[] span : spans) {
            Instant end = at(span[1]);
            for (Instant t = at(span[0]); t.isBefore(end); t = t.plusSeconds(60)) {
                if (naiveIsOpen(calendar, t) != calendar.isOpen(t)) {
                    assertEquals(naiveIsOpen(calendar, t), calendar.isOpen(t), "at " + t.atZone(calendar.zone()));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void addingThenMeasuringGivesBackTheAmount(BusinessCalendar calendar) {
        Random random = new Random(SEED);
        for (int i = 0; i < 3_000; i++) {
            Instant start = randomInstant(random);
            Duration amount = randomAmount(random);
            Instant end = calendar.addBusinessHours(start, amount);
            assertEquals(amount, calendar.businessTimeBetween(start, end), () -> start + " + " + amount);
            if (!amount.isZero()) {
                assertTrue(calendar.isOpen(end.minusNanos(1)), () -> "earliest: " + start + " + " + amount);
            } else {
                assertEquals(calendar.nextOpening(start), end);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void nextOpeningIsOpenAndNothingBeforeItIs(BusinessCalendar calendar) {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 3_000; i++) {
            Instant t = randomInstant(random);
            Instant opening = calendar.nextOpening(t);
            assertTrue(calendar.isOpen(opening), () -> "at " + t);
            assertFalse(opening.isBefore(t));
            assertEquals(Duration.ZERO, calendar.businessTimeBetween(t, opening), () -> "at " + t);
            if (opening.isAfter(t)) {
                assertFalse(calendar.isOpen(opening.minusNanos(1)));
                long gap = Duration.between(t, opening).getSeconds();
                for (int k = 0; k < 50; k++) {
                    Instant probe = t.plusSeconds((long) (random.nextDouble() * gap));
                    assertFalse(calendar.isOpen(probe), () -> probe + " is before " + opening);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void nextClosingIsClosedAndEverythingBeforeItIsOpen(BusinessCalendar calendar) {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 3_000; i++) {
            Instant t = randomInstant(random);
            Optional<Instant> closing = calendar.nextClosing(t);
            if (closing.isEmpty()) {
                assertEquals("ALWAYS", calendar.name());
                continue;
            }
            Instant c = closing.get();
            assertFalse(calendar.isOpen(c), () -> "at " + t);
            assertEquals(Duration.between(t, c), calendar.businessTimeBetween(t, c), () -> "at " + t);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void businessTimeIsAdditiveAndMatchesWalkingTheOpenPeriods(BusinessCalendar calendar) {
        Random random = new Random(SEED + 3);
        for (int i = 0; i < 2_000; i++) {
            Instant a = randomInstant(random);
            Instant b = a.plusSeconds(random.nextInt(40 * 86_400)).plusNanos(random.nextInt(1_000_000_000));
            Instant c = b.plusSeconds(random.nextInt(40 * 86_400));
            assertEquals(calendar.businessTimeBetween(a, c),
                    calendar.businessTimeBetween(a, b).plus(calendar.businessTimeBetween(b, c)));
            assertEquals(walk(calendar, a, b), calendar.businessTimeBetween(a, b), () -> a + " to " + b);
        }
    }

    /** Open time in [a, b) by stepping from opening to closing. */
    private static Duration walk(BusinessCalendar calendar, Instant a, Instant b) {
        Duration sum = Duration.ZERO;
        Instant t = a;
        while (true) {
            Instant open = calendar.nextOpening(t);
            if (!open.isBefore(b)) {
                return sum;
            }
            Instant close = calendar.nextClosing(open).orElse(b);
            if (close.isAfter(b)) {
                close = b;
            }
            sum = sum.plus(Duration.between(open, close));
            t = close;
        }
    }

    /** Open if the local time on the local date lies in one of that date's ranges. */
    private static boolean naiveIsOpen(BusinessCalendar calendar, Instant t) {
        ZonedDateTime local = t.atZone(calendar.zone());
        int second = local.toLocalTime().toSecondOfDay();
        LocalDate date = local.toLocalDate();
        for (TimeRange range : calendar.hoursOn(date)) {
            if (range.openSecond() <= second && second < range.closeSecond()) {
                return true;
            }
        }
        return false;
    }

    private static Instant randomInstant(Random random) {
        long span = TO.getEpochSecond() - FROM.getEpochSecond();
        long second = FROM.getEpochSecond() + (long) (random.nextDouble() * span);
        // Whole hours and minutes often, to land on openings and closings exactly.
        switch (random.nextInt(3)) {
            case 0:
                return Instant.ofEpochSecond(second - second % 3600);
            case 1:
                return Instant.ofEpochSecond(second - second % 60);
            default:
                return Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
        }
    }

    private static Duration randomAmount(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return Duration.ofHours(random.nextInt(13));
            case 1:
                return Duration.ofSeconds(random.nextInt(60 * 3600), random.nextInt(1_000_000_000));
            case 2:
                return Duration.ofMinutes(random.nextInt(600_000));
            default:
                return Duration.ofHours(random.nextInt(12_000));
        }
    }

    static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}

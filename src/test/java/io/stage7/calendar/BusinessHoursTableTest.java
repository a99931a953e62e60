package io.stage7.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Business-hours arithmetic across DST switches, holidays and weekends in the three regions, pinned
 * by {@code calendar/business-hours.txt}.
 */
class BusinessHoursTableTest {

    static Stream<Arguments> table() {
        return TestCalendars.rows("business-hours.txt").stream()
                .map(row -> Arguments.of(row[0], row[1], row[2], row[3]));
    }

    @ParameterizedTest(name = "{0} {1} + {2}h = {3}")
    @MethodSource("table")
    void addsBusinessHoursAsTheTableSays(String calendar, String start, String hours, String expected) {
        BusinessCalendar cal = TestCalendars.named(calendar);
        Instant from = OffsetDateTime.parse(start).toInstant();
        Duration amount = Duration.ofNanos(new BigDecimal(hours).multiply(BigDecimal.valueOf(3_600_000_000_000L))
                .longValueExact());
        Instant want = OffsetDateTime.parse(expected).toInstant();

        assertEquals(want, cal.addBusinessHours(from, amount), "addBusinessHours(Duration)");
        assertEquals(want, cal.addBusinessHours(from, Double.parseDouble(hours)), "addBusinessHours(double)");
        assertEquals(amount, cal.businessTimeBetween(from, want), "businessTimeBetween");
        assertEquals(Double.parseDouble(hours), cal.businessHoursBetween(from, want), 1e-9, "businessHoursBetween");
    }
}

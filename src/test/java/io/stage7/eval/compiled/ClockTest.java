package io.stage7.eval.compiled;

import io.stage7.eval.EvalContext;
import io.stage7.functions.DateFunctions;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** TODAY() computed for fixed offsets without ZoneRules is the library's TODAY(). */
class ClockTest {
    @Test
    void todayAtAFixedOffsetIsTheLibrarysToday() {
        String[] instants = {"2026-03-31T23:59:59.999Z", "2026-04-01T00:00:00Z", "1969-12-31T23:59:59Z",
            "1900-01-01T12:00:00Z", "2026-03-10T10:00:00.500Z"};
        ZoneId[] zones = {ZoneOffset.UTC, ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12), ZoneOffset.ofHoursMinutes(5, 30),
            ZoneId.of("America/Los_Angeles")};
        for (String text : instants) {
            Instant now = Instant.parse(text);
            for (ZoneId zone : zones) {
                assertEquals(DateFunctions.today(now, zone), LibraryCalls.today(new EvalContext(now, zone)),
                        text + " " + zone);
            }
        }
    }
}

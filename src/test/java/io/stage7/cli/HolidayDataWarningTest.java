package io.stage7.cli;

import io.stage7.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check} and {@code eval} warn, at the clause that lists a calendar's holidays, when the
 * clock's year is past its last listed holiday; calendars with public holidays never warn.
 */
class HolidayDataWarningTest {
    private static final String LISTED = "src/test/resources/scenarios/listed-holidays";
    private static final String WARNING = "desk.rules:32:3: warning: calendar 'AMER' lists holidays only until 2027: "
            + "in 2028 every weekday is a business day, Christmas included";

    @Test
    void checkWarnsWhenTheClockIsPastTheListedHolidays() {
        Cli past = Cli.run("check", "--at", "2028-01-03T09:00:00Z", LISTED);
        assertEquals(Main.OK, past.exitCode(), past.err());
        assertTrue(past.out().contains(WARNING), past.out());
        assertTrue(past.out().contains("checked 1 file: 0 errors, 1 warning"), past.out());
        Cli covered = Cli.run("check", "--at", "2027-12-31T09:00:00Z", LISTED);
        assertFalse(covered.out().contains("warning"), covered.out());
    }

    @Test
    void theShippedCalendarsHaveHolidayDataForAnyYear() {
        Cli result = Cli.run("check", "--at", "2099-06-01T00:00:00Z", Fixtures.RULES.toString());
        assertEquals("checked 7 files: no problems\n", result.out());
    }

    @Test
    void evalWarnsOnStderrAndStillEvaluates(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("deals.jsonl");
        Files.writeString(data, "{\"Id\": \"OPP-1\", \"Name\": \"Deal\"}\n");
        Cli result = Cli.run("eval", "--rules", LISTED, "--at", "2028-12-25T17:00:00Z", data.toString());
        assertEquals(Main.OK, result.exitCode(), result.err());
        assertTrue(result.err().contains(WARNING), result.err());
        assertTrue(result.out().contains("\"OPP-1\""), result.out());
        Cli covered = Cli.run("eval", "--rules", LISTED, "--at", "2027-06-01T17:00:00Z", data.toString());
        assertEquals("", covered.err());
    }
}

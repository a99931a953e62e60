package io.stage7.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Holiday files: good lines give holidays, bad ones give located problems, nothing throws. */
class HolidayFileTest {

    @Test
    void readsDatesNamesAndComments() {
        HolidayFile.Result result = HolidayFile.parse(String.join("\n",
                "# AMER holidays",
                "",
                "2026-12-25 Christmas Day",
                "   2026-07-03\tIndependence Day (observed)   # July 4th is a Saturday",
                "2026-01-01# no name, comment straight after",
                "  ",
                "2026-11-26"));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(
                new HolidayFile.Holiday(LocalDate.of(2026, 12, 25), "Christmas Day", 3),
                new HolidayFile.Holiday(LocalDate.of(2026, 7, 3), "Independence Day (observed)", 4),
                new HolidayFile.Holiday(LocalDate.of(2026, 1, 1), "", 5),
                new HolidayFile.Holiday(LocalDate.of(2026, 11, 26), "", 7)), result.holidays());
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 3), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 25)), List.copyOf(result.dates()));
        assertTrue(result.ok());
    }

    @Test
    void reportsEachBadLineWhereItGoesWrong() {
        HolidayFile.Result result = HolidayFile.parse(String.join("\n",
                "2026-12-25 Christmas Day",
                "25/12/2026",
                "  2026-13-01 Smarch",
                "2027-02-29",
                "2028-02-29 leap day is fine",
                "2026-12-25 again",
                "2026-1-5",
                "Christmas 2026-12-25",
                "2026-04-31",
                "2026-12-26"));
        assertEquals(List.of(
                "2:1: expected a date as yyyy-MM-dd, found '25/12/2026'",
                "3:8: there is no month 13 in 2026-13-01 (months are 01 to 12)",
                "4:9: 2027-02-29 does not exist: February 2027 has 28 days",
                "6:1: 2026-12-25 is already listed on line 1",
                "7:1: expected a date as yyyy-MM-dd, found '2026-1-5'",
                "8:1: expected a date as yyyy-MM-dd, found 'Christmas'",
                "9:9: 2026-04-31 does not exist: April 2026 has 30 days"),
                result.problems().stream().map(HolidayFile.Problem::toString).collect(java.util.stream.Collectors.toList()));
        assertEquals(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2028, 2, 29), LocalDate.of(2026, 12, 26)),
                result.holidays().stream().map(HolidayFile.Holiday::date).collect(java.util.stream.Collectors.toList()),
                "good lines still count");
    }

    @Test
    void acceptsWindowsLineEndingsAndAByteOrderMark() {
        HolidayFile.Result result = HolidayFile.parse("\uFEFF2026-01-01 New Year\r\n\r\nnope\r\n2026-12-25\r");
        assertEquals(List.of(new HolidayFile.Problem(3, 1, "expected a date as yyyy-MM-dd, found 'nope'")),
                result.problems());
        assertEquals(2, result.holidays().size());
        assertEquals("New Year", result.holidays().get(0).name());
        assertEquals(4, result.holidays().get(1).line());
    }

    @Test
    void anEmptyFileHasNoHolidaysAndNoProblems() {
        assertEquals(new HolidayFile.Result(List.of(), List.of()), HolidayFile.parse(""));
        assertEquals(new HolidayFile.Result(List.of(), List.of()), HolidayFile.parse("# nothing yet\n\n"));
    }

    @Test
    void theShippedTestFilesParseCleanly() {
        for (String file : List.of("holidays-amer.txt", "holidays-emea.txt", "holidays-apac.txt")) {
            HolidayFile.Result result = HolidayFile.parse(TestCalendars.read(file));
            assertEquals(List.of(), result.problems(), file);
            assertTrue(result.holidays().size() >= 10, file);
        }
    }
}

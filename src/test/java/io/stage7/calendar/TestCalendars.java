package io.stage7.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

/** The calendars the test tables name, and helpers for the tables themselves. */
final class TestCalendars {

    static final Path DATA = Path.of("src/test/resources/calendar");

    private TestCalendars() {
    }

    /** A calendar by the name the tables use. */
    static BusinessCalendar named(String name) {
        switch (name) {
            case "AMER":
                return weekdays(name, "America/Los_Angeles", "07:00-17:00", "holidays-amer.txt");
            case "EMEA":
                return weekdays(name, "Europe/Dublin", "08:00-17:00", "holidays-emea.txt");
            case "APAC":
                return weekdays(name, "Australia/Sydney", "08:00-17:00", "holidays-apac.txt");
            case "AMER7":
                return BusinessCalendar.builder(name, ZoneId.of("America/Los_Angeles"))
                        .hours(MONDAY, SUNDAY, TimeRange.parse("07:00-17:00")).build();
            case "ALWAYS":
                return BusinessCalendar.builder(name, ZoneId.of("America/Los_Angeles"))
                        .hours(MONDAY, SUNDAY, TimeRange.allDay()).build();
            case "SPLIT":
                return BusinessCalendar.builder(name, ZoneId.of("America/Los_Angeles"))
                        .hours(MONDAY, FRIDAY, TimeRange.parse("08:00-12:00"), TimeRange.parse("13:00-17:00"))
                        .hours(FRIDAY, TimeRange.parse("20:00-24:00"))
                        .hours(SATURDAY, TimeRange.parse("00:00-04:00"))
                        .build();
            default:
                throw new IllegalArgumentException("no test calendar " + name);
        }
    }

    static List<BusinessCalendar> all() {
        List<BusinessCalendar> calendars = new ArrayList<>();
        for (String name : List.of("AMER", "EMEA", "APAC", "AMER7", "ALWAYS", "SPLIT")) {
            calendars.add(named(name));
        }
        return calendars;
    }

    private static BusinessCalendar weekdays(String name, String zone, String hours, String holidayFile) {
        return BusinessCalendar.builder(name, ZoneId.of(zone))
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, TimeRange.parse(hours))
                .holidays(holidays(holidayFile))
                .build();
    }

    static Set<LocalDate> holidays(String file) {
        HolidayFile.Result result = HolidayFile.parse(read(file));
        if (!result.ok()) {
            throw new IllegalStateException(file + ": " + result.problems());
        }
        return result.dates();
    }

    static String read(String file) {
        try {
            return Files.readString(DATA.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's rows: comments (from {@code #}) and blank lines dropped, fields split on whitespace. */
    static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : read(file).split("\n")) {
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!content.isEmpty()) {
                rows.add(content.split("\\s+"));
            }
        }
        return rows;
    }
}

package io.stage7.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a holiday file: one holiday per line.
 *
 * <pre>
 * # AMER holidays 2026          a comment line
 * 2026-01-01 New Year's Day     a date, then optionally the holiday's name
 * 2026-07-03 Independence Day (observed)   # a trailing comment
 *                               blank lines are ignored
 * </pre>
 *
 * <p>The format: {@code #} starts a comment that runs to the end of the line, wherever it
 * appears. What is left, trimmed, is either empty (the line is skipped) or an ISO date
 * {@code yyyy-MM-dd} (four-digit year, two-digit month and day), then optionally whitespace and
 * a free-text name. A byte-order mark at the start is ignored; lines may end in LF, CRLF or CR.
 *
 * <p>Problems are returned as values with their 1-based line and column, never thrown: a
 * malformed date, a month or day that does not exist, a date listed twice. A line with a problem
 * contributes no holiday; the other lines still do.
 */
public final class HolidayFile {

    private HolidayFile() {
    }

    /** One holiday read from the file. */
    public record Holiday(LocalDate date, String name, int line) {
        public Holiday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A problem on one line, at a 1-based line and column. */
    public record Problem(int line, int column, String message) {
        public Problem {
            Objects.requireNonNull(message, "message");
        }

        /** {@code line:column: message}. */
        @Override
        public String toString() {
            return line + ":" + column + ": " + message;
        }
    }

    /** What a file held: its holidays in file order and its problems in line order. */
    public record Result(List<Holiday> holidays, List<Problem> problems) {
        public Result {
            holidays = List.copyOf(holidays);
            problems = List.copyOf(problems);
        }

        /** The dates of the holidays, sorted. */
        public Set<LocalDate> dates() {
            Set<LocalDate> dates = new TreeSet<>();
            holidays.forEach(h -> dates.add(h.date()));
            return Collections.unmodifiableSet(dates);
        }

        /** True if there were no problems. */
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Parses the text of a holiday file. Never throws for bad content. */
    public static Result parse(String text) {
        List<Holiday> holidays = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<LocalDate, Integer> firstLine = new HashMap<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            int hash = line.indexOf('#');
            String content = hash >= 0 ? line.substring(0, hash) : line;
            int start = 0;
            while (start < content.length() && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
            if (start == content.length()) {
                continue;
            }
            int tokenEnd = start;
            while (tokenEnd < content.length() && !Character.isWhitespace(content.charAt(tokenEnd))) {
                tokenEnd++;
            }
            String token = content.substring(start, tokenEnd);
            int column = start + 1;
            if (!token.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                problems.add(new Problem(lineNumber, column,
                        "expected a date as yyyy-MM-dd, found '" + token + "'"));
                continue;
            }
            int year = Integer.parseInt(token.substring(0, 4));
            int month = Integer.parseInt(token.substring(5, 7));
            int day = Integer.parseInt(token.substring(8, 10));
            if (month < 1 || month > 12) {
                problems.add(new Problem(lineNumber, column + 5,
                        "there is no month " + token.substring(5, 7) + " in " + token + " (months are 01 to 12)"));
                continue;
            }
            YearMonth yearMonth = YearMonth.of(year, month);
            if (day < 1 || day > yearMonth.lengthOfMonth()) {
                problems.add(new Problem(lineNumber, column + 8,
                        token + " does not exist: " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                                + " " + year + " has " + yearMonth.lengthOfMonth() + " days"));
                continue;
            }
            LocalDate date = yearMonth.atDay(day);
            Integer earlier = firstLine.putIfAbsent(date, lineNumber);
            if (earlier != null) {
                problems.add(new Problem(lineNumber, column,
                        token + " is already listed on line " + earlier));
                continue;
            }
            holidays.add(new Holiday(date, content.substring(tokenEnd).strip(), lineNumber));
        }
        return new Result(holidays, problems);
    }
}

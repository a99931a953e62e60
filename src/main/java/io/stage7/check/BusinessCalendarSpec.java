package io.stage7.check;

import io.stage7.diag.SourceSpan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resolved business calendar: its time zone, its open hours for each day of the week (sorted,
 * non-overlapping; a day with no hours is closed) and its holidays (sorted, distinct).
 */
public record BusinessCalendarSpec(String name, ZoneId zone, Map<DayOfWeek, List<TimeRange>> weeklyHours,
                                   List<LocalDate> holidays, SourceSpan span) {

    public BusinessCalendarSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        EnumMap<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, List.copyOf(weeklyHours.getOrDefault(day, List.of())));
        }
        weeklyHours = Collections.unmodifiableMap(hours);
        holidays = holidays.stream().distinct().sorted().toList();
        Objects.requireNonNull(span, "span");
    }

    /** The open hours on {@code day}, empty when closed. */
    public List<TimeRange> hours(DayOfWeek day) {
        return weeklyHours.get(day);
    }

    public boolean isHoliday(LocalDate date) {
        return Collections.binarySearch(holidays, date) >= 0;
    }
}

package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.ast.Located;
import io.stage7.ast.Name;
import io.stage7.ast.RulesFile;
import io.stage7.calendar.BusinessCalendar;
import io.stage7.calendar.PublicHolidays;
import io.stage7.calendar.TimeRange;
import io.stage7.diag.Diagnostics;
import io.stage7.diag.SourceSpan;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Checks calendar declarations: a valid time zone, weekly hours with known days, valid times,
 * opening before closing and no overlaps on a day, holidays that are real dates, listed
 * inline or read from a file next to the rules file, and public holidays of a known country or
 * subdivision, excepting only holidays it has.
 */
final class CalendarChecker {

    private static final List<String> DAY_NAMES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN",
            "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    private final Diagnostics diagnostics;
    private final Symbols symbols;
    private final HolidayFiles holidayFiles;
    /** Per calendar (by declared name) that lists holidays, the clause that first lists them. */
    private final Map<String, SourceSpan> listedHolidays = new LinkedHashMap<>();

    CalendarChecker(Diagnostics diagnostics, Symbols symbols) {
        this.diagnostics = diagnostics;
        this.symbols = symbols;
        this.holidayFiles = new HolidayFiles(diagnostics);
    }

    /** Resolves every declared calendar; one without a valid zone or any valid hours maps to null. */
    NameTable<BusinessCalendar> check() {
        return symbols.calendarDecls().map(this::calendar);
    }

    /** Open hours on a run of days, as declared: {@code MON-FRI 07:00-17:00}. */
    private record WeeklyHours(DayOfWeek first, DayOfWeek last, TimeRange range) { }

    private BusinessCalendar calendar(Decl.CalendarDecl decl) {
        if (decl.zone().isEmpty()) {
            diagnostics.error("missing-zone", decl.name().span(), "calendar '" + decl.name().text() + "' has no time "
                    + "zone: add 'zone \"Area/City\"', e.g. zone \"America/Los_Angeles\"");
        }
        if (decl.hours().isEmpty()) {
            diagnostics.error("missing-hours", decl.name().span(), "calendar '" + decl.name().text() + "' has no "
                    + "hours, so it is never open: add e.g. 'hours MON-FRI 08:00-17:00'");
        }
        Optional<ZoneId> zone = decl.zone().flatMap(this::zone);
        List<WeeklyHours> hours = hours(decl.hours());
        List<LocalDate> holidays = holidays(decl, symbols.fileOf(decl));
        List<PublicHolidays> publicHolidays = publicHolidays(decl);
        if (zone.isEmpty() || hours.isEmpty()) {
            return null;
        }
        BusinessCalendar.Builder calendar = BusinessCalendar.builder(decl.name().text(), zone.get());
        hours.forEach(h -> calendar.hours(h.first(), h.last(), h.range()));
        publicHolidays.forEach(calendar::publicHolidays);
        decl.holidays().stream().filter(s -> !(s instanceof Decl.HolidaySource.PublicHolidays)).findFirst()
                .ifPresent(s -> listedHolidays.put(decl.name().text(), s.span()));
        return calendar.holidays(holidays).build();
    }

    /** Where each calendar that lists holidays first lists them, by calendar name: for {@link HolidayCoverage}. */
    Map<String, SourceSpan> listedHolidays() {
        return listedHolidays;
    }

    /** The public holidays a calendar names; an unknown region or holiday name is an error at it. */
    private List<PublicHolidays> publicHolidays(Decl.CalendarDecl decl) {
        List<PublicHolidays> found = new ArrayList<>();
        for (Decl.HolidaySource source : decl.holidays()) {
            if (!(source instanceof Decl.HolidaySource.PublicHolidays clause)) {
                continue;
            }
            PublicHolidays.Lookup lookup = PublicHolidays.of(clause.region().value());
            if (lookup instanceof PublicHolidays.Lookup.Unknown unknown) {
                diagnostics.error("unknown-holiday-region", clause.region().span(), unknown.message());
                continue;
            }
            PublicHolidays region = ((PublicHolidays.Lookup.Found) lookup).holidays();
            List<String> except = new ArrayList<>();
            for (Located<String> name : clause.except()) {
                if (region.hasHolidayNamed(name.value())) {
                    except.add(name.value());
                } else {
                    String suggestion = Suggestions.didYouMean(name.value(), region.names());
                    diagnostics.error("unknown-holiday-name", name.span(), "'" + name.value() + "' is not a public "
                            + "holiday of " + region.code() + (suggestion.isEmpty()
                            ? "; its holidays are " + String.join(", ", region.names()) : suggestion));
                }
            }
            PublicHolidays kept = region.except(except);
            if (kept.exceptsEverything()) {
                diagnostics.error("no-public-holidays-left", clause.span(), "this excepts every public holiday of "
                        + region.code() + "; drop the clause instead");
                continue;
            }
            found.add(kept);
        }
        return found;
    }

    private Optional<ZoneId> zone(Located<String> zone) {
        String id = zone.value();
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            Optional<String> suggestion = ZoneId.SHORT_IDS.entrySet().stream()
                    .filter(s -> s.getKey().equalsIgnoreCase(id)).map(Map.Entry::getValue).findFirst()
                    .or(() -> Suggestions.closest(id, new TreeSet<>(ZoneId.getAvailableZoneIds())));
            diagnostics.error("unknown-time-zone", zone.span(), "unknown time zone '" + id + "'"
                    + suggestion.map(s -> "; did you mean '" + s + "'?")
                    .orElse("; use a region ID such as 'America/Los_Angeles' or 'Europe/Dublin'"));
            return Optional.empty();
        }
    }

    /** The valid hours specs; overlapping ones are reported (and still kept: the calendar merges them). */
    private List<WeeklyHours> hours(List<Decl.HoursSpec> specs) {
        List<WeeklyHours> valid = new ArrayList<>();
        Map<DayOfWeek, List<TimeRange>> byDay = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<Decl.HoursSpec>> declaredBy = new EnumMap<>(DayOfWeek.class);
        for (Decl.HoursSpec spec : specs) {
            Optional<DayOfWeek> first = day(spec.firstDay());
            Optional<DayOfWeek> last = spec.lastDay().isPresent() ? day(spec.lastDay().get()) : first;
            Optional<TimeRange> range = openHours(spec.open(), spec.close());
            if (first.isEmpty() || last.isEmpty() || range.isEmpty()) {
                continue;
            }
            valid.add(new WeeklyHours(first.get(), last.get(), range.get()));
            List<DayOfWeek> overlapping = new ArrayList<>();
            Decl.HoursSpec other = null;
            for (DayOfWeek day : daysFrom(first.get(), last.get())) {
                List<TimeRange> ranges = byDay.computeIfAbsent(day, d -> new ArrayList<>());
                List<Decl.HoursSpec> owners = declaredBy.computeIfAbsent(day, d -> new ArrayList<>());
                for (int i = 0; i < ranges.size(); i++) {
                    if (overlap(ranges.get(i), range.get())) {
                        overlapping.add(day);
                        other = owners.get(i);
                    }
                }
                ranges.add(range.get());
                owners.add(spec);
            }
            if (other != null) {
                diagnostics.error("overlapping-hours", spec.open().span(), "these hours overlap the hours declared at "
                        + other.open().span().location() + " on " + dayList(overlapping));
            }
        }
        return valid;
    }

    private static boolean overlap(TimeRange a, TimeRange b) {
        return a.openSecond() < b.closeSecond() && b.openSecond() < a.closeSecond();
    }

    /** The days from {@code first} to {@code last} inclusive, wrapping past Sunday (SUN-THU). */
    private static List<DayOfWeek> daysFrom(DayOfWeek first, DayOfWeek last) {
        List<DayOfWeek> days = new ArrayList<>();
        DayOfWeek day = first;
        while (true) {
            days.add(day);
            if (day == last) {
                return days;
            }
            day = day.plus(1);
        }
    }

    private static String dayList(List<DayOfWeek> days) {
        return String.join(", ", days.stream().distinct()
                .map(d -> d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT)).toList());
    }

    private Optional<DayOfWeek> day(Name name) {
        Optional<DayOfWeek> day = Literals.parseDay(name.text());
        if (day.isEmpty()) {
            String suggestion = Suggestions.didYouMean(name.text(), DAY_NAMES);
            diagnostics.error("unknown-day", name.span(), "unknown day '" + name.text() + "'"
                    + (suggestion.isEmpty() ? "; use MON, TUE, WED, THU, FRI, SAT or SUN" : suggestion));
        }
        return day;
    }

    /** Opening and closing clock times, opening before closing; errors at the offending time. */
    Optional<TimeRange> openHours(Located<String> open, Located<String> close) {
        OptionalInt from = clock(open, false);
        OptionalInt to = clock(close, true);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (from.getAsInt() >= to.getAsInt()) {
            diagnostics.error("invalid-hours", close.span(), "closing time " + close.value()
                    + " must be after opening time " + open.value());
            return Optional.empty();
        }
        return Optional.of(TimeRange.of(Literals.clockTime(from.getAsInt()), Literals.clockTime(to.getAsInt())));
    }

    /** A clock time HH:MM; 24:00 only where {@code endOfDay} allows it. */
    OptionalInt clock(Located<String> time, boolean endOfDay) {
        OptionalInt minutes = Literals.parseClock(time.value());
        if (minutes.isEmpty()) {
            diagnostics.error("invalid-time", time.span(), "'" + time.value() + "' is not a valid time of day; write "
                    + "HH:MM from 00:00 to 23:59" + (endOfDay ? ", or 24:00 for midnight at the end of the day" : ""));
            return OptionalInt.empty();
        }
        if (minutes.getAsInt() == 24 * 60 && !endOfDay) {
            diagnostics.error("invalid-time", time.span(), "24:00 can only close a range of hours; write 00:00 for "
                    + "midnight at the start of the day");
            return OptionalInt.empty();
        }
        return minutes;
    }

    private List<LocalDate> holidays(Decl.CalendarDecl decl, RulesFile file) {
        Map<LocalDate, SourceSpan> seen = new LinkedHashMap<>();
        for (Decl.HolidaySource source : decl.holidays()) {
            if (source instanceof Decl.HolidaySource.HolidayList list) {
                for (Located<String> date : list.dates()) {
                    Optional<LocalDate> parsed = Literals.parseDate(date.value());
                    if (parsed.isEmpty()) {
                        diagnostics.error("invalid-date", date.span(), "'" + date.value() + "' is not a valid date; "
                                + "write YYYY-MM-DD, e.g. 2026-12-25");
                    } else {
                        holiday(parsed.get(), date.span(), seen);
                    }
                }
            } else if (source instanceof Decl.HolidaySource.HolidayFile holidayFile) {
                String rulesPath = file == null ? "" : file.path();
                holidayFiles.read(holidayFile.path(), rulesPath)
                        .forEach((date, span) -> holiday(date, span, seen));
            }
        }
        return List.copyOf(seen.keySet());
    }

    private void holiday(LocalDate date, SourceSpan span, Map<LocalDate, SourceSpan> seen) {
        SourceSpan first = seen.putIfAbsent(date, span);
        if (first != null) {
            diagnostics.warning("duplicate-holiday", span, "holiday " + date + " is already listed at "
                    + first.location());
        }
    }
}

package io.stage7.calendar;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The public holidays of a country or one of its subdivisions ({@code "US"}, {@code "AU-NSW"}),
 * computed by rule for any year from the Jollyday holiday library, less the holidays a team
 * works through ({@code except "Veterans Day"}).
 *
 * <p>A date is a holiday when it is the day off: a holiday the law moves off a weekend counts on
 * the day it moves to (US Independence Day 2027 on Monday 5 July), and where the law adds a day
 * (Christmas on a Saturday in New South Wales) both count. Only Jollyday's public holidays count,
 * not its observances or bank holidays.
 *
 * <p>Each year's dates are computed once, on first use, and kept (a year is a dozen or so
 * {@code long}s); lookups then read a small per-year slot without allocating. Immutable in what
 * it answers and thread-safe.
 */
public final class PublicHolidays {

    /** Years whose dates are kept in the allocation-free slots, by year modulo this. */
    private static final int SLOTS = 8;
    /** The years over which {@link #names} are collected for a check. */
    private static final int NAMES_FROM = 2000;
    private static final int NAMES_UNTIL = 2060;
    /**
     * Every call into Jollyday holds this lock: its thread-safety is not documented, and the calls
     * are rare (once per region and year), while replications on several threads share calendars.
     */
    private static final Object JOLLYDAY = new Object();

    private final String code;
    private final String country;
    private final String[] subdivisions;
    private final Set<String> excepted;
    /** Jollyday's answer per year, before exceptions; shared by the copies {@link #except} makes. */
    private final Map<Integer, List<Holiday>> rawYears;
    private final Map<Integer, long[]> computed = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<YearDays> slots = new AtomicReferenceArray<>(SLOTS);

    /** One year's holidays as sorted epoch days. */
    private record YearDays(int year, long[] epochDays) { }

    /** One holiday: the day off and its English name. */
    public record Holiday(LocalDate date, String name) {
        public Holiday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
        }
    }

    /** What looking a region code up found: the holidays, or why there are none. */
    public sealed interface Lookup {
        /** The region is known. */
        record Found(PublicHolidays holidays) implements Lookup { }

        /** The region is unknown; the message says what is known. */
        record Unknown(String message) implements Lookup { }
    }

    private PublicHolidays(String code, String country, String[] subdivisions, Set<String> excepted,
                           Map<Integer, List<Holiday>> rawYears) {
        this.code = code;
        this.rawYears = rawYears;
        this.country = country;
        this.subdivisions = subdivisions;
        this.excepted = excepted;
    }

    /**
     * The public holidays of a region written as an ISO 3166 country code, optionally followed by
     * subdivision codes, separated by hyphens ({@code "IE"}, {@code "US-CA"}, {@code "AU-NSW"}),
     * in any case.
     */
    public static Lookup of(String region) {
        String[] parts = region.strip().toLowerCase(Locale.ROOT).split("-", -1);
        String country = parts[0];
        Optional<String> known;
        synchronized (JOLLYDAY) {
            known = HolidayManager.getSupportedCalendarCodes().stream()
                    .filter(c -> c.equalsIgnoreCase(country) && c.length() == 2).findFirst();
        }
        if (known.isEmpty()) {
            return new Lookup.Unknown("no public holidays are known for country '" + parts[0].toUpperCase(Locale.ROOT)
                    + "'; write an ISO 3166 country code such as \"US\", \"IE\" or \"AU\"");
        }
        CalendarHierarchy level = manager(country).getCalendarHierarchy();
        StringBuilder path = new StringBuilder(country.toUpperCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            CalendarHierarchy child = level.getChildren().get(parts[i]);
            if (child == null) {
                List<String> choices = level.getChildren().keySet().stream().sorted()
                        .map(c -> path + "-" + c.toUpperCase(Locale.ROOT)).toList();
                return new Lookup.Unknown("'" + path + "' has no subdivision '" + parts[i].toUpperCase(Locale.ROOT)
                        + "'" + (choices.isEmpty() ? "; it has no subdivisions with their own holidays"
                        : "; known: " + String.join(", ", choices)));
            }
            level = child;
            path.append('-').append(parts[i].toUpperCase(Locale.ROOT));
        }
        return new Lookup.Found(new PublicHolidays(path.toString(), country,
                Arrays.copyOfRange(parts, 1, parts.length), Set.of(), new ConcurrentHashMap<>()));
    }

    private static HolidayManager manager(String country) {
        synchronized (JOLLYDAY) {
            return HolidayManager.getInstance(ManagerParameters.create(country));
        }
    }

    /** The region, as {@code COUNTRY[-SUBDIVISION...]} in upper case. */
    public String code() {
        return code;
    }

    /** The holidays excepted, as written, sorted. */
    public Set<String> excepted() {
        return excepted;
    }

    /**
     * These holidays without the named ones: the days the team works although the law makes
     * them holidays. Names match {@link #names()} ignoring case, accents and punctuation.
     */
    public PublicHolidays except(Collection<String> names) {
        Set<String> all = new TreeSet<>(excepted);
        all.addAll(names);
        return new PublicHolidays(code, country, subdivisions, java.util.Collections.unmodifiableSet(all),
                rawYears);
    }

    /** True if {@code name} is the name of one of {@link #names()}, as {@link #except} matches it. */
    public boolean hasHolidayNamed(String name) {
        String key = key(name);
        return names().stream().anyMatch(n -> key(n).equals(key));
    }

    /** True if the exceptions name every holiday in {@link #names()}: the calendar would get none. */
    public boolean exceptsEverything() {
        return names().stream().allMatch(this::excepted);
    }

    /**
     * The names of this region's public holidays in any year from 2000 to 2060, sorted, before
     * exceptions: what {@link #except} can name.
     */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (int year = NAMES_FROM; year <= NAMES_UNTIL; year++) {
            raw(year).forEach(h -> names.add(h.name()));
        }
        return java.util.Collections.unmodifiableSet(names);
    }

    /** The holidays falling in a calendar year, by date (a date may carry two names). */
    public List<Holiday> holidaysIn(int year) {
        Map<LocalDate, Holiday> byDate = new TreeMap<>();
        for (int y = year - 1; y <= year + 1; y++) {
            for (Holiday holiday : raw(y)) {
                if (holiday.date().getYear() == year && !excepted(holiday.name())) {
                    byDate.putIfAbsent(holiday.date(), holiday);
                }
            }
        }
        return List.copyOf(byDate.values());
    }

    /** True if the date is one of these public holidays. */
    public boolean contains(LocalDate date) {
        long[] days = epochDays(date.getYear());
        return Arrays.binarySearch(days, date.toEpochDay()) >= 0;
    }

    /** The holidays of a calendar year as sorted epoch days, computed once per year. */
    long[] epochDays(int year) {
        int slot = Math.floorMod(year, SLOTS);
        YearDays kept = slots.get(slot);
        if (kept == null || kept.year() != year) {
            kept = new YearDays(year, computed.computeIfAbsent(year, y ->
                    holidaysIn(y).stream().mapToLong(h -> h.date().toEpochDay()).toArray()));
            slots.set(slot, kept);
        }
        return kept.epochDays();
    }

    private boolean excepted(String name) {
        if (excepted.isEmpty()) {
            return false;
        }
        String key = key(name);
        return excepted.stream().anyMatch(e -> key(e).equals(key));
    }

    /**
     * One Jollyday year's public holidays, each on its day off: a holiday moved off a weekend may
     * fall in the year before or after (US New Year's Day 2028 is observed on 31 December 2027).
     */
    private List<Holiday> raw(int year) {
        return rawYears.computeIfAbsent(year, this::ask);
    }

    private List<Holiday> ask(int year) {
        List<Holiday> holidays = new ArrayList<>();
        synchronized (JOLLYDAY) {
            for (de.focus_shift.jollyday.core.Holiday h
                    : manager(country).getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivisions)) {
                holidays.add(new Holiday(h.getDate(), h.getDescription(Locale.ENGLISH)));
            }
        }
        holidays.sort(java.util.Comparator.comparing(Holiday::date).thenComparing(Holiday::name));
        return List.copyOf(holidays);
    }

    /** A name folded for matching: lower case, accents and everything but letters and digits dropped. */
    private static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    @Override
    public String toString() {
        return "PublicHolidays[" + code + (excepted.isEmpty() ? "" : " except " + excepted) + "]";
    }
}

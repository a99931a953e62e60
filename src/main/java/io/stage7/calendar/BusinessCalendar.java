package io.stage7.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A region's support hours: a time zone, weekly open hours, holidays (listed dates, and public
 * holidays computed by rule for any year) and dated exceptions, with open/closed tests and
 * business-hours arithmetic on instants.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Open periods are half-open, {@code [opening, closing)}: the desk is closed at the instant
 *       it closes. A range ending at 24:00 and one starting at 00:00 the next day form one
 *       continuous open period.</li>
 *   <li>A local time is placed on the time line at the first instant the wall clock reads it or
 *       later. In a DST gap (spring forward) that is the switch itself; in an overlap (fall back)
 *       it is the first occurrence. So 07:00-17:00 in Los Angeles is 10 hours on every day, and
 *       00:00-24:00 is 23 hours on the day clocks go forward and 25 on the day they go back.</li>
 *   <li>A date's hours are, in order of precedence: hours set for that date
 *       ({@link #withHoursOn}, {@link #withExtendedHours}); closed if it is a holiday; otherwise
 *       the weekly hours of its day of the week. A business day is a date with open hours.</li>
 *   <li>Business time counts real elapsed time while open, to the nanosecond.</li>
 * </ul>
 *
 * <h2>Performance</h2>
 * Open periods are precomputed per local year, lazily, as sorted epoch-second arrays with running
 * totals. The tables of the last {@value #CACHED_YEARS} years used are kept, one per year modulo
 * {@value #CACHED_YEARS}: a simulation moves forward through time and needs a year and its
 * neighbours at once, so a calendar's memory stays the same however long the horizon (a table is
 * about 6 KB). Each year's total open time is also cached, for the years 1600 to 4099, so that
 * {@link #businessTimeBetween} and {@link #addBusinessHours(Instant, Duration)} jump over whole
 * years in one step each without their tables; once holidays, dated hours and the zone's
 * historical transitions are over, a year's total is that of the year 400 earlier (the Gregorian
 * calendar and annual DST rules repeat every 400 years), so spanning centuries builds at most
 * 400 years beyond them. A calendar with public holidays has no such repeat (Easter does not
 * follow the 400-year cycle): each year it spans is computed, its holidays once per year
 * ({@link PublicHolidays}). Membership, {@link #nextOpening},
 * {@link #businessTimeBetween} and {@link #addBusinessHours(Instant, Duration)} are binary searches
 * within a year, plus one step per further year spanned; none allocates beyond its result.
 *
 * <p>Instances are immutable and thread-safe (the cache is filled by benign races). Instants
 * must lie in years {@link LocalDate} supports; {@code Instant.MAX} and {@code MIN} do not.
 */
public final class BusinessCalendar {

    /** Year tables kept, by year modulo this. */
    static final int CACHED_YEARS = 4;
    private static final int FIRST_TOTAL_YEAR = 1600;
    private static final int TOTAL_YEARS = 2500;
    /** Years after which dates fall on the same days of the week again. */
    private static final int GREGORIAN_CYCLE = 400;
    /** The span over which offsets come from the precomputed table: 1900 to 2200. */
    private static final long OFFSETS_FROM = LocalDate.of(1900, 1, 1).toEpochDay() * 86_400L;
    private static final long OFFSETS_UNTIL = LocalDate.of(2200, 1, 1).toEpochDay() * 86_400L;

    private final String name;
    private final ZoneId zone;
    private final ZoneRules rules;
    /** The zone's offset changes from {@link #OFFSETS_FROM} to {@link #OFFSETS_UNTIL}, ascending (epoch seconds). */
    private final long[] transitionSeconds;
    /** {@code offsetSeconds[i]}: the offset before {@code transitionSeconds[i]} (and after the one before it). */
    private final int[] offsetSeconds;
    private final Map<DayOfWeek, List<TimeRange>> weekly;
    private final Set<LocalDate> holidays;
    /** Holidays computed by rule for any year (usually none or one region's). */
    private final List<PublicHolidays> publicHolidays;
    private final Map<LocalDate, List<TimeRange>> dated;
    /** Open all day on every day of the week (before holidays and dated hours). */
    private final boolean openAllWeek;
    /** The latest year with a holiday or dated hours; after it every year follows the weekly hours. */
    private final int lastExceptionYear;
    /** From this local year on, every year's open time repeats that of the year 400 earlier. */
    private final int periodicFrom;
    private final AtomicReferenceArray<YearTable> years = new AtomicReferenceArray<>(CACHED_YEARS);
    /** One more than the open seconds of each local year from FIRST_TOTAL_YEAR; 0 until first needed. */
    private final AtomicLongArray yearTotals = new AtomicLongArray(TOTAL_YEARS);

    private BusinessCalendar(String name, ZoneId zone, Map<DayOfWeek, List<TimeRange>> weekly,
                             Set<LocalDate> holidays, List<PublicHolidays> publicHolidays,
                             Map<LocalDate, List<TimeRange>> dated) {
        this.name = name;
        this.zone = zone;
        this.rules = zone.getRules();
        List<Long> changes = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        Instant at = Instant.ofEpochSecond(OFFSETS_FROM);
        offsets.add(rules.getOffset(at).getTotalSeconds());
        for (ZoneOffsetTransition next = rules.nextTransition(at);
             next != null && next.getInstant().getEpochSecond() < OFFSETS_UNTIL; next = rules.nextTransition(next.getInstant())) {
            changes.add(next.getInstant().getEpochSecond());
            offsets.add(next.getOffsetAfter().getTotalSeconds());
        }
        this.transitionSeconds = changes.stream().mapToLong(Long::longValue).toArray();
        this.offsetSeconds = offsets.stream().mapToInt(Integer::intValue).toArray();
        this.weekly = weekly;
        this.holidays = holidays;
        this.publicHolidays = publicHolidays;
        this.dated = dated;
        boolean allWeek = true;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> ranges = weekly.get(day);
            allWeek &= ranges.size() == 1 && ranges.get(0).equals(TimeRange.allDay());
        }
        this.openAllWeek = allWeek;
        int last = Integer.MIN_VALUE;
        for (LocalDate date : holidays) {
            last = Math.max(last, date.getYear());
        }
        for (LocalDate date : dated.keySet()) {
            last = Math.max(last, date.getYear());
        }
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        // After the last historical transition the zone follows its annual rules (or none): the
        // year after next starts and runs by them alone.
        int zoneSettled = transitions.isEmpty() ? Integer.MIN_VALUE
                : transitions.get(transitions.size() - 1).getDateTimeAfter().getYear() + 2;
        if (publicHolidays.isEmpty()) {
            this.lastExceptionYear = last;
            this.periodicFrom = Math.max(FIRST_TOTAL_YEAR, Math.max(zoneSettled, last == Integer.MIN_VALUE ? last : last + 1));
        } else {
            // Holidays by rule never end, and moveable feasts (Easter) do not repeat every 400
            // years: no year is the last with exceptions, and none repeats an earlier one.
            this.lastExceptionYear = Integer.MAX_VALUE;
            this.periodicFrom = Integer.MAX_VALUE - GREGORIAN_CYCLE;
        }
    }

    /** Starts a calendar with no hours; add weekly hours and holidays, then {@link Builder#build()}. */
    public static Builder builder(String name, ZoneId zone) {
        return new Builder(name, zone);
    }

    // ------------------------------------------------------------------ description

    /** The calendar's name, as declared (e.g. {@code AMER}). */
    public String name() {
        return name;
    }

    /** The time zone its hours are read in. */
    public ZoneId zone() {
        return zone;
    }

    /** The weekly hours of one day of the week, sorted and merged; empty if closed that day. */
    public List<TimeRange> weeklyHours(DayOfWeek day) {
        return weekly.get(day);
    }

    /** The listed holidays (from files and inline dates), sorted; public holidays are not among them. */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** The public holidays computed by rule, for any year; empty if the calendar only lists dates. */
    public List<PublicHolidays> publicHolidays() {
        return publicHolidays;
    }

    /**
     * The last year for which the calendar has holiday data, when that data runs out: the year of
     * its latest listed holiday. Empty when it computes public holidays (they never run out) or
     * lists none (it declares every weekday a business day).
     */
    public OptionalInt listedHolidaysEnd() {
        if (!publicHolidays.isEmpty() || holidays.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(((java.util.SortedSet<LocalDate>) holidays).last().getYear());
    }

    /** True if the date is a listed or a public holiday (whatever hours are set for it). */
    public boolean isHoliday(LocalDate date) {
        if (holidays.contains(date)) {
            return true;
        }
        for (int i = 0; i < publicHolidays.size(); i++) {
            if (publicHolidays.get(i).contains(date)) {
                return true;
            }
        }
        return false;
    }

    /** A date's open hours after holidays and dated hours; empty if it is not a business day. */
    public List<TimeRange> hoursOn(LocalDate date) {
        List<TimeRange> set = dated.get(date);
        if (set != null) {
            return set;
        }
        if (isHoliday(date)) {
            return List.of();
        }
        return weekly.get(date.getDayOfWeek());
    }

    // ------------------------------------------------------------------ derived calendars

    /**
     * This calendar with the given hours on the given dates instead of their usual hours, holiday
     * or not (an empty list closes them): a working Saturday, an early close.
     */
    public BusinessCalendar withHoursOn(Collection<LocalDate> dates, List<TimeRange> hours) {
        List<TimeRange> normalized = normalize(hours);
        Map<LocalDate, List<TimeRange>> copy = new HashMap<>(dated);
        for (LocalDate date : dates) {
            copy.put(Objects.requireNonNull(date, "date"), normalized);
        }
        return new BusinessCalendar(name, zone, weekly, holidays, publicHolidays, Map.copyOf(copy));
    }

    /**
     * This calendar with extended hours on those of the given dates that are business days: on each,
     * the desk is open during its usual hours and during {@code [open, close)} (their union). Dates
     * that are not business days stay closed: the period-end windows are made of business days.
     */
    public BusinessCalendar withExtendedHours(Collection<LocalDate> dates, LocalTime open, LocalTime close) {
        TimeRange extra = TimeRange.of(open, close);
        Map<LocalDate, List<TimeRange>> copy = new HashMap<>(dated);
        for (LocalDate date : dates) {
            List<TimeRange> usual = hoursOn(Objects.requireNonNull(date, "date"));
            if (!usual.isEmpty()) {
                List<TimeRange> union = new ArrayList<>(usual);
                union.add(extra);
                copy.put(date, normalize(union));
            }
        }
        return new BusinessCalendar(name, zone, weekly, holidays, publicHolidays, Map.copyOf(copy));
    }

    // ------------------------------------------------------------------ dates

    /** The local date of an instant in this calendar's zone. */
    public LocalDate localDate(Instant instant) {
        // LocalDate.ofInstant, with the rules looked up once: ZoneOffset.getRules() allocates
        return LocalDate.ofEpochDay(Math.floorDiv(localSecond(instant), 86_400L));
    }

    /** The local date of an instant as an epoch day ({@link LocalDate#toEpochDay()}), without the object. */
    public long localEpochDay(Instant instant) {
        return Math.floorDiv(localSecond(instant), 86_400L);
    }

    /** The local wall-clock time of an instant in this calendar's zone. */
    public LocalTime localTime(Instant instant) {
        int secondOfDay = (int) Math.floorMod(localSecond(instant), 86_400L);
        if (instant.getNano() != 0) {
            return LocalTime.ofNanoOfDay(secondOfDay * 1_000_000_000L + instant.getNano());
        }
        LocalTime shared = WHOLE_SECONDS[secondOfDay];
        if (shared == null) { // LocalTime is immutable with final fields: a racy fill is safe
            shared = LocalTime.ofSecondOfDay(secondOfDay);
            WHOLE_SECONDS[secondOfDay] = shared;
        }
        return shared;
    }

    /**
     * Local times of whole seconds, made on first use and shared by every calendar, so the
     * evaluators' LOCAL_TIME allocates nothing for the usual timestamps (at most 86,400 objects).
     */
    private static final LocalTime[] WHOLE_SECONDS = new LocalTime[86_400];

    private long localSecond(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < OFFSETS_FROM || second >= OFFSETS_UNTIL) {
            return second + rules.getOffset(instant).getTotalSeconds();
        }
        // ZoneRules.getOffset boxes the year (a cache key) for instants past the zone's last
        // listed transition, i.e. every recent date in a zone with daylight saving time.
        int found = Arrays.binarySearch(transitionSeconds, second);
        return second + offsetSeconds[found >= 0 ? found + 1 : -found - 1];
    }


    /** True if the date has open hours (not a holiday, not a closed day of the week). */
    public boolean isBusinessDay(LocalDate date) {
        return !hoursOn(date).isEmpty();
    }

    /** The first business day strictly after {@code date}. */
    public LocalDate nextBusinessDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The last business day strictly before {@code date}. */
    public LocalDate previousBusinessDay(LocalDate date) {
        LocalDate previous = date.minusDays(1);
        while (!isBusinessDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    /** The opening instant of a business day (its first open hour), or empty if it is not one. */
    public Optional<Instant> openingOn(LocalDate date) {
        List<TimeRange> hours = hoursOn(date);
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(epochSecond(date, hours.get(0).openSecond())));
    }

    /**
     * The opening instant of the first business day after the local date of {@code instant}: where
     * work that must wait for "the next business day" starts.
     */
    public Instant startOfNextBusinessDay(Instant instant) {
        return openingOn(nextBusinessDay(localDate(instant))).orElseThrow();
    }

    /** The instant local midnight starts {@code date} (the first instant the clock reads that date). */
    public Instant startOfDay(LocalDate date) {
        return Instant.ofEpochSecond(epochSecond(date, 0));
    }

    // ------------------------------------------------------------------ instants

    /** True if the desk is open at the instant. */
    public boolean isOpen(Instant instant) {
        long second = instant.getEpochSecond();
        YearTable table = tableContaining(second);
        int i = table.lastOpeningAtOrBefore(second);
        return i >= 0 && second < table.closes[i];
    }

    /** The instant itself if open, else the next opening. */
    public Instant nextOpening(Instant instant) {
        long second = instant.getEpochSecond();
        YearTable table = tableContaining(second);
        int i = table.lastOpeningAtOrBefore(second);
        if (i >= 0 && second < table.closes[i]) {
            return instant;
        }
        int next = i + 1;
        while (next >= table.size()) {
            table = table(table.year + 1);
            next = 0;
        }
        return Instant.ofEpochSecond(table.opens[next]);
    }

    /**
     * The instant itself if closed, else the end of the open period it is in (following it across
     * midnight when a range ends at 24:00 and the next starts at 00:00). Empty if the desk never
     * closes again (open around the clock with no holidays ahead).
     */
    public Optional<Instant> nextClosing(Instant instant) {
        long second = instant.getEpochSecond();
        YearTable table = tableContaining(second);
        int i = table.lastOpeningAtOrBefore(second);
        if (i < 0 || second >= table.closes[i]) {
            return Optional.of(instant);
        }
        long close = table.closes[i];
        while (i == table.size() - 1 && close == table.end) {
            if (openAllWeek && table.year >= lastExceptionYear) {
                return Optional.empty();
            }
            YearTable next = table(table.year + 1);
            if (next.size() == 0 || next.opens[0] != close) {
                break;
            }
            table = next;
            i = 0;
            close = next.closes[0];
        }
        return Optional.of(Instant.ofEpochSecond(close));
    }

    /** The open time in {@code [from, to)}; zero if {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long a = from.getEpochSecond();
        long b = to.getEpochSecond();
        YearTable ta = tableContaining(a);
        YearTable tb = b < ta.end ? ta : tableContaining(b);
        int ia = ta.lastOpeningAtOrBefore(a);
        int ib = tb.lastOpeningAtOrBefore(b);
        long seconds = tb.openSecondsBefore(ib, b) - ta.openSecondsBefore(ia, a);
        for (int year = ta.year; year < tb.year; year++) {
            seconds += yearTotal(year);
        }
        int nanos = (ib >= 0 && b < tb.closes[ib] ? to.getNano() : 0)
                - (ia >= 0 && a < ta.closes[ia] ? from.getNano() : 0);
        return Duration.ofSeconds(seconds, nanos);
    }

    /** {@link #businessTimeBetween} in hours. */
    public double businessHoursBetween(Instant from, Instant to) {
        Duration d = businessTimeBetween(from, to);
        return (d.getSeconds() + d.getNano() / 1e9) / 3600.0;
    }

    /**
     * The earliest instant at which {@code amount} of open time has elapsed since {@code start}
     * (counting from the next opening if the desk is closed at {@code start}). An amount that ends
     * exactly at a closing gives that closing, not the next opening. A zero amount gives
     * {@link #nextOpening(Instant) nextOpening(start)}.
     *
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public Instant addBusinessHours(Instant start, Duration amount) {
        return addBusinessHours(start, amount, Integer.MAX_VALUE);
    }

    /**
     * {@link #addBusinessHours(Instant, Duration)} if its result is before {@code limit}, else
     * empty; the walk stops at the limit's year, so this takes bounded time whatever the amount.
     *
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public Optional<Instant> addBusinessHoursBefore(Instant start, Duration amount, Instant limit) {
        long lastYear = (long) utcYear(limit.getEpochSecond()) + 1; // the limit's local year, whatever the zone
        Instant end = addBusinessHours(start, amount, (int) Math.min(Integer.MAX_VALUE, lastYear));
        return end != null && end.isBefore(limit) ? Optional.of(end) : Optional.empty();
    }

    /** addBusinessHours, or null once the walk passes local year {@code lastYear}. */
    private Instant addBusinessHours(Instant start, Duration amount, int lastYear) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative business time: " + amount);
        }
        long second = start.getEpochSecond();
        YearTable table = tableContaining(second);
        int i = table.lastOpeningAtOrBefore(second);
        long position;
        long nanos;
        if (i >= 0 && second < table.closes[i]) {
            if (amount.isZero()) {
                return start;
            }
            position = table.openBefore[i] + second - table.opens[i];
            nanos = start.getNano();
        } else {
            int next = i + 1;
            while (next >= table.size()) {
                table = table(table.year + 1);
                next = 0;
            }
            if (amount.isZero()) {
                return Instant.ofEpochSecond(table.opens[next]);
            }
            position = table.openBefore[next];
            nanos = 0;
        }
        nanos += amount.getNano();
        position = Math.addExact(position, amount.getSeconds());
        if (nanos >= 1_000_000_000L) {
            nanos -= 1_000_000_000L;
            position = Math.addExact(position, 1);
        }
        if (position > table.total || (position == table.total && nanos > 0)) {
            position -= table.total;
            int year = table.year + 1;
            for (long total = yearTotal(year); position > total || (position == total && nanos > 0);
                 total = yearTotal(++year)) {
                if (year > lastYear) {
                    return null;
                }
                position -= total;
            }
            table = table(year);
        }
        int j = table.intervalReaching(position, (int) nanos);
        return Instant.ofEpochSecond(table.opens[j] + position - table.openBefore[j], nanos);
    }

    /**
     * {@link #addBusinessHours(Instant, Duration)} with the amount in hours, rounded to the
     * nanosecond.
     *
     * @throws IllegalArgumentException if {@code hours} is negative, not finite or over a million
     */
    public Instant addBusinessHours(Instant start, double hours) {
        if (!(hours >= 0 && hours <= 1_000_000)) {
            throw new IllegalArgumentException("business hours out of range: " + hours);
        }
        return addBusinessHours(start, Duration.ofNanos(Math.round(hours * 3.6e12)));
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + name + " " + zone + "]";
    }

    // ------------------------------------------------------------------ the year tables

    private YearTable tableContaining(long second) {
        int year = utcYear(second);
        YearTable table = table(year);
        while (second < table.start) {
            table = table(table.year - 1);
        }
        while (second >= table.end) {
            table = table(table.year + 1);
        }
        return table;
    }

    private YearTable table(int year) {
        int slot = Math.floorMod(year, CACHED_YEARS);
        YearTable table = years.get(slot);
        if (table == null || table.year != year) {
            table = buildYear(year);
            years.set(slot, table);
        }
        return table;
    }

    /** The years whose tables are kept now, in slot order; for tests of the cache's bound. */
    List<Integer> cachedYears() {
        List<Integer> cached = new ArrayList<>();
        for (int slot = 0; slot < CACHED_YEARS; slot++) {
            YearTable table = years.get(slot);
            if (table != null) {
                cached.add(table.year);
            }
        }
        return cached;
    }

    /** The open seconds of a local year: cached for FIRST_TOTAL_YEAR on, so long spans skip their tables. */
    private long yearTotal(int year) {
        if (year >= periodicFrom + GREGORIAN_CYCLE) {
            year = periodicFrom + Math.floorMod(year - periodicFrom, GREGORIAN_CYCLE);
        }
        int slot = year - FIRST_TOTAL_YEAR;
        if (slot < 0 || slot >= TOTAL_YEARS) {
            return table(year).total;
        }
        long stored = yearTotals.get(slot);
        if (stored == 0) {
            long total = table(year).total;
            yearTotals.set(slot, total + 1);
            return total;
        }
        return stored - 1;
    }

    private YearTable buildYear(int year) {
        LocalDate day = LocalDate.of(year, 1, 1);
        LocalDate end = day.plusYears(1);
        long[] opens = new long[16];
        long[] closes = new long[16];
        int n = 0;
        for (; day.isBefore(end); day = day.plusDays(1)) {
            for (TimeRange range : hoursOn(day)) {
                long open = epochSecond(day, range.openSecond());
                long close = range.closesAtEndOfDay()
                        ? epochSecond(day.plusDays(1), 0)
                        : epochSecond(day, range.closeSecond());
                if (close <= open) {
                    continue; // the whole range fell into a DST gap
                }
                if (n > 0 && closes[n - 1] >= open) {
                    closes[n - 1] = Math.max(closes[n - 1], close);
                    continue;
                }
                if (n == opens.length) {
                    opens = java.util.Arrays.copyOf(opens, n * 2);
                    closes = java.util.Arrays.copyOf(closes, n * 2);
                }
                opens[n] = open;
                closes[n] = close;
                n++;
            }
        }
        return new YearTable(year, epochSecond(LocalDate.of(year, 1, 1), 0), epochSecond(end, 0),
                java.util.Arrays.copyOf(opens, n), java.util.Arrays.copyOf(closes, n));
    }

    /** The first instant at which the wall clock reads {@code secondOfDay} on {@code date} or later. */
    private long epochSecond(LocalDate date, int secondOfDay) {
        LocalDateTime local = date.atStartOfDay().plusSeconds(secondOfDay);
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant().getEpochSecond();
        }
        return local.toEpochSecond(offsets.get(0));
    }

    /** The proleptic Gregorian year, in UTC, of an epoch second (civil-from-days, no allocation). */
    static int utcYear(long epochSecond) {
        long z = Math.floorDiv(epochSecond, 86_400L) + 719_468L;
        long era = Math.floorDiv(z, 146_097L);
        long dayOfEra = z - era * 146_097L;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153; // 0 = March
        long year = yearOfEra + era * 400 + (shiftedMonth >= 10 ? 1 : 0);
        return Math.toIntExact(year);
    }

    /** Sorts ranges and merges overlapping or touching ones. */
    static List<TimeRange> normalize(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.forEach(r -> Objects.requireNonNull(r, "range"));
        sorted.sort(Comparator.comparingInt(TimeRange::openSecond));
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange range : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).closeSecond() >= range.openSecond()) {
                TimeRange previous = merged.get(last);
                LocalTime close = previous.closeSecond() >= range.closeSecond() ? previous.close() : range.close();
                merged.set(last, TimeRange.of(previous.open(), close));
            } else {
                merged.add(range);
            }
        }
        return List.copyOf(merged);
    }

    /** Collects weekly hours and holidays; {@link #build()} validates and freezes them. */
    public static final class Builder {
        private final String name;
        private final ZoneId zone;
        private final Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        private final Set<LocalDate> holidays = new TreeSet<>();
        private final List<PublicHolidays> publicHolidays = new ArrayList<>();

        private Builder(String name, ZoneId zone) {
            this.name = Objects.requireNonNull(name, "name");
            this.zone = Objects.requireNonNull(zone, "zone");
            for (DayOfWeek day : DayOfWeek.values()) {
                weekly.put(day, new ArrayList<>());
            }
        }

        /** Adds open hours on one day of the week; ranges on a day are merged with earlier ones. */
        public Builder hours(DayOfWeek day, TimeRange... ranges) {
            return hours(day, day, ranges);
        }

        /**
         * Adds open hours on the days {@code first} to {@code last} inclusive, wrapping past Sunday
         * ({@code SAT-MON} is Saturday, Sunday, Monday).
         */
        public Builder hours(DayOfWeek first, DayOfWeek last, TimeRange... ranges) {
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                for (TimeRange range : ranges) {
                    weekly.get(day).add(Objects.requireNonNull(range, "range"));
                }
                if (day == last) {
                    return this;
                }
            }
        }

        /** Closes the desk all day on a date. */
        public Builder holiday(LocalDate date) {
            holidays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /** Closes the desk all day on each date. */
        public Builder holidays(Collection<LocalDate> dates) {
            dates.forEach(this::holiday);
            return this;
        }

        /** Closes the desk all day on each of a region's public holidays, in every year. */
        public Builder publicHolidays(PublicHolidays regionHolidays) {
            publicHolidays.add(Objects.requireNonNull(regionHolidays, "regionHolidays"));
            return this;
        }

        /**
         * The calendar.
         *
         * @throws IllegalArgumentException if no day of the week has open hours
         */
        public BusinessCalendar build() {
            Map<DayOfWeek, List<TimeRange>> frozen = new EnumMap<>(DayOfWeek.class);
            boolean any = false;
            for (DayOfWeek day : DayOfWeek.values()) {
                List<TimeRange> ranges = normalize(weekly.get(day));
                frozen.put(day, ranges);
                any |= !ranges.isEmpty();
            }
            if (!any) {
                throw new IllegalArgumentException("calendar " + name + " has no open hours on any day of the week");
            }
            return new BusinessCalendar(name, zone, Collections.unmodifiableMap(frozen),
                    Collections.unmodifiableSortedSet(new TreeSet<>(holidays)), List.copyOf(publicHolidays), Map.of());
        }
    }
}

package io.stage7.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The period-end windows of one business calendar: EoM is the last N business days of each month,
 * EoQ of each fiscal quarter, EoY of the fiscal year, each N counted on that calendar, so each
 * region's windows follow its own holidays and time zone.
 *
 * <p><b>Window convention:</b> a window runs from local midnight starting the earliest of those N
 * business days to the end of the period's last calendar day. Weekends and holidays inside it, and
 * those after the last business day of the period, belong to it: a deal submitted on the Saturday
 * that ends a quarter is submitted at EoQ. Membership of an instant goes by its local date in the
 * calendar's zone. If the period has fewer than N business days, the window is all of them; a
 * period with none has no window. Windows nest: the EoQ window of a quarter usually contains the
 * EoM window of its last month, so an instant is often in several at once.
 *
 * <p>Immutable and thread-safe; the windows are computed per period on first use and cached.
 * Instants whose local date is within two years of the ends of {@link LocalDate}'s range (or
 * beyond it, such as {@code Instant.MAX}) are in no window.
 */
public final class PeriodEnds {

    private static final int FIRST_CACHED_YEAR = 1900;
    private static final int CACHED_MONTHS = 400 * 12;
    /** Windows are looked for in these local years; outside them a window's months could leave LocalDate. */
    private static final int FIRST_YEAR = Year.MIN_VALUE + 2;
    private static final int LAST_YEAR = Year.MAX_VALUE - 2;
    private static final long FIRST_SECOND = LocalDate.of(FIRST_YEAR, 1, 2).toEpochDay() * 86_400L;
    private static final long LAST_SECOND = LocalDate.of(LAST_YEAR, 12, 30).toEpochDay() * 86_400L;
    /** No local day: the instant is too near the ends of time to have windows. */
    private static final long NO_DAY = Long.MIN_VALUE;
    private static final Map<PeriodKind, Optional<PeriodKind>> PRESENT = new EnumMap<>(PeriodKind.class);
    /** {@code PeriodKind.values()} copied once: each call of {@code values()} allocates a new array. */
    private static final PeriodKind[] KINDS = PeriodKind.values();

    static {
        for (PeriodKind kind : PeriodKind.values()) {
            PRESENT.put(kind, Optional.of(kind));
        }
    }

    private final BusinessCalendar calendar;
    private final FiscalCalendar fiscal;
    /** Business days per kind, indexed by ordinal; 0 means no window of that kind. */
    private final int[] days = new int[PeriodKind.values().length];
    /** The windows of each kind that end in a month, indexed by kind ordinal (null: none). */
    private final AtomicReferenceArray<PeriodWindow[]> byEndMonth = new AtomicReferenceArray<>(CACHED_MONTHS);

    private PeriodEnds(BusinessCalendar calendar, FiscalCalendar fiscal, Map<PeriodKind, Integer> lastBusinessDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.fiscal = Objects.requireNonNull(fiscal, "fiscal");
        lastBusinessDays.forEach((kind, n) -> {
            if (n == null || n < 1) {
                throw new IllegalArgumentException(kind + " needs at least one business day, not " + n);
            }
            days[kind.ordinal()] = n;
        });
    }

    /**
     * The windows of the given kinds on a calendar: {@code lastBusinessDays} maps each kind that has
     * a window to its N (at least 1); kinds not in the map have none.
     */
    public static PeriodEnds of(BusinessCalendar calendar, FiscalCalendar fiscal,
                                Map<PeriodKind, Integer> lastBusinessDays) {
        return new PeriodEnds(calendar, fiscal, lastBusinessDays);
    }

    /** The calendar whose business days and zone the windows follow. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /** The fiscal calendar that defines the quarters and the year. */
    public FiscalCalendar fiscal() {
        return fiscal;
    }

    /** The N of a kind's window, or empty if this calendar has no window of that kind. */
    public Optional<Integer> lastBusinessDays(PeriodKind kind) {
        int n = days[kind.ordinal()];
        return n == 0 ? Optional.empty() : Optional.of(n);
    }

    // ------------------------------------------------------------------ queries

    /** The windows the instant's local date falls in; empty outside every window. */
    public Set<PeriodKind> windowsAt(Instant instant) {
        long date = localDay(instant);
        EnumSet<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
        for (PeriodKind kind : KINDS) {
            if (windowContaining(kind, date) != null) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** True if the instant is in any period-end window. */
    public boolean isPeriodEnd(Instant instant) {
        long date = localDay(instant);
        for (PeriodKind kind : KINDS) {
            if (windowContaining(kind, date) != null) {
                return true;
            }
        }
        return false;
    }

    /** True if the instant is in a window of the given kind. */
    public boolean isPeriodEnd(Instant instant, PeriodKind kind) {
        return windowContaining(kind, localDay(instant)) != null;
    }

    /** The most significant window the instant is in (EoY over EoQ over EoM), or empty. */
    public Optional<PeriodKind> mostSignificant(Instant instant) {
        long date = localDay(instant);
        PeriodKind[] kinds = KINDS;
        for (int k = kinds.length - 1; k >= 0; k--) {
            if (windowContaining(kinds[k], date) != null) {
                return PRESENT.get(kinds[k]);
            }
        }
        return Optional.empty();
    }

    /** The window of the given kind the instant is in, if any. */
    public Optional<PeriodWindow> window(PeriodKind kind, Instant instant) {
        return Optional.ofNullable(windowContaining(kind, localDay(instant)));
    }

    /**
     * Every window that overlaps {@code [from, to)}, ordered by start, then by kind (EoM first),
     * for reports and plots.
     */
    public List<PeriodWindow> windows(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        YearMonth first = YearMonth.from(calendar.localDate(from));
        // A quarter or year window may start up to eleven months before the month it ends in.
        YearMonth last = YearMonth.from(calendar.localDate(to)).plusMonths(12);
        List<PeriodWindow> found = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            for (PeriodWindow window : windowsEndingIn(month)) {
                if (window != null && window.start().isBefore(to) && window.end().isAfter(from)) {
                    found.add(window);
                }
            }
        }
        found.sort(Comparator.comparing(PeriodWindow::start).thenComparing(PeriodWindow::kind));
        return Collections.unmodifiableList(found);
    }

    // ------------------------------------------------------------------ the windows

    /**
     * The local date of an instant as an epoch day, or {@link #NO_DAY} when it is too near the ends
     * of time to have windows. Queries work on epoch days and month numbers, not LocalDate and
     * YearMonth objects: they are on the evaluators' and the simulator's hot paths, and allocate
     * nothing once a month's windows are cached.
     */
    private long localDay(Instant instant) {
        long second = instant.getEpochSecond();
        return second < FIRST_SECOND || second > LAST_SECOND ? NO_DAY : calendar.localEpochDay(instant);
    }

    private PeriodWindow windowContaining(PeriodKind kind, long date) {
        if (days[kind.ordinal()] == 0 || date == NO_DAY) {
            return null;
        }
        long monthIndex = monthIndexOf(date); // year * 12 + month - 1
        long year = Math.floorDiv(monthIndex, 12L);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return null;
        }
        int month = (int) Math.floorMod(monthIndex, 12L) + 1;
        int fiscalMonth = Math.floorMod(month - fiscal.firstMonth().getValue(), 12) + 1;
        int ahead;
        switch (kind) {
            case EOM:
                ahead = 0;
                break;
            case EOQ:
                ahead = 2 - (fiscalMonth - 1) % 3;
                break;
            default:
                ahead = 12 - fiscalMonth;
                break;
        }
        PeriodWindow window = windowsEndingIn(monthIndex + ahead)[kind.ordinal()];
        return window != null && date >= window.firstDay().toEpochDay() ? window : null;
    }

    /**
     * {@code year * 12 + month - 1} of an epoch day in the proleptic Gregorian calendar, what
     * {@code LocalDate.ofEpochDay} computes, without the object (H. Hinnant's civil-from-days).
     */
    static long monthIndexOf(long epochDay) {
        long z = epochDay + 719_468L; // days since 0000-03-01
        long era = Math.floorDiv(z, 146_097L);
        long dayOfEra = z - era * 146_097L;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460L + dayOfEra / 36_524L - dayOfEra / 146_096L) / 365L;
        long dayOfYear = dayOfEra - (365L * yearOfEra + yearOfEra / 4L - yearOfEra / 100L);
        long shiftedMonth = (5L * dayOfYear + 2L) / 153L; // 0 = March
        long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long year = yearOfEra + era * 400L + (month <= 2 ? 1 : 0);
        return year * 12L + month - 1;
    }

    private PeriodWindow[] windowsEndingIn(YearMonth month) {
        return windowsEndingIn(month.getYear() * 12L + month.getMonthValue() - 1);
    }

    /** The windows ending in a month, given as {@code year * 12 + month - 1}. */
    private PeriodWindow[] windowsEndingIn(long monthIndex) {
        long slot = monthIndex - FIRST_CACHED_YEAR * 12L;
        if (slot < 0 || slot >= CACHED_MONTHS) {
            return computeWindowsEndingIn(YearMonth.of((int) Math.floorDiv(monthIndex, 12L),
                    (int) Math.floorMod(monthIndex, 12L) + 1));
        }
        PeriodWindow[] windows = byEndMonth.get((int) slot);
        if (windows == null) {
            windows = computeWindowsEndingIn(YearMonth.of((int) Math.floorDiv(monthIndex, 12L),
                    (int) Math.floorMod(monthIndex, 12L) + 1));
            byEndMonth.set((int) slot, windows);
        }
        return windows;
    }

    private PeriodWindow[] computeWindowsEndingIn(YearMonth month) {
        PeriodWindow[] windows = new PeriodWindow[PeriodKind.values().length];
        int fiscalYear = fiscal.fiscalYear(month);
        int quarter = fiscal.fiscalQuarter(month);
        windows[PeriodKind.EOM.ordinal()] = window(PeriodKind.EOM, month, month.atDay(1));
        if (fiscal.endsQuarter(month)) {
            windows[PeriodKind.EOQ.ordinal()] = window(PeriodKind.EOQ, month, fiscal.startOf(fiscalYear, quarter));
        }
        if (fiscal.endsYear(month)) {
            windows[PeriodKind.EOY.ordinal()] = window(PeriodKind.EOY, month, fiscal.startOf(fiscalYear));
        }
        return windows;
    }

    /** The window of a period from {@code periodStart} to the end of {@code lastMonth}, or null. */
    private PeriodWindow window(PeriodKind kind, YearMonth lastMonth, LocalDate periodStart) {
        int n = days[kind.ordinal()];
        if (n == 0) {
            return null;
        }
        LocalDate lastDay = lastMonth.atEndOfMonth();
        List<LocalDate> businessDays = new ArrayList<>(n);
        for (LocalDate day = lastDay; businessDays.size() < n && !day.isBefore(periodStart); day = day.minusDays(1)) {
            if (calendar.isBusinessDay(day)) {
                businessDays.add(day);
            }
        }
        if (businessDays.isEmpty()) {
            return null;
        }
        Collections.reverse(businessDays);
        LocalDate firstDay = businessDays.get(0);
        return new PeriodWindow(kind, fiscal.fiscalYear(lastMonth), fiscal.fiscalQuarter(lastMonth), lastMonth,
                firstDay, lastDay, calendar.startOfDay(firstDay), calendar.startOfDay(lastDay.plusDays(1)),
                businessDays);
    }
}

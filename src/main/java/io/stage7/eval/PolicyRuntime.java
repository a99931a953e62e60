package io.stage7.eval;

import io.stage7.calendar.BusinessCalendar;
import io.stage7.calendar.PeriodEnds;
import io.stage7.calendar.PeriodKind;
import io.stage7.calendar.TimeRange;
import io.stage7.check.CheckedRules;
import io.stage7.check.PeriodEndNames;
import io.stage7.functions.DateFunctions;
import io.stage7.functions.FormulaError;
import io.stage7.functions.MathFunctions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The domain functions over the team's policy (period ends, business hours) as the evaluators
 * run them, bound to the calendars and period-end windows of one set of checked rules. Like
 * {@code io.stage7.functions}, a blank argument gives a blank result and a bad value at run
 * time (a calendar name no rule declares) throws {@link FormulaError}. Immutable, thread-safe.
 *
 * <p>Business-hours functions count the team's support hours: a calendar's declared hours plus
 * the {@code extended hours} of the period-end windows it is in.
 *
 * <p>Business-hours arithmetic stays within Salesforce's date range
 * ({@link DateFunctions#MIN_DATE} to {@link DateFunctions#MAX_DATE}, GMT): an instant outside it,
 * or a result beyond it, is {@code #Error! Date out of range}, and {@code ADD_BUSINESS_HOURS}
 * takes at most {@link #MAX_BUSINESS_HOURS} hours. So no call walks further than those 2,301
 * years, and each year past the first costs one cached addition.
 *
 * <p>Without a calendar, period-end windows are company-wide: counted on Monday-to-Friday
 * business days in GMT, with no holidays. A calendar argument counts them on that region's
 * business days and holidays, which is what the simulator uses.
 */
public final class PolicyRuntime {
    /** The company-wide calendar period ends are counted on when a formula names none. */
    static final BusinessCalendar COMPANY = BusinessCalendar.builder("company", ZoneOffset.UTC)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, TimeRange.allDay()).build();

    /** Extended period-end hours are laid onto calendars for instants in this range. */
    private static final Instant SUPPORT_FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant SUPPORT_TO = Instant.parse("2101-01-01T00:00:00Z");

    /**
     * The most hours ADD_BUSINESS_HOURS adds: a million, over a century even round the clock, and
     * the bound {@link BusinessCalendar#addBusinessHours(Instant, double)} has.
     */
    public static final BigDecimal MAX_BUSINESS_HOURS = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000L);
    private static final Instant FIRST_INSTANT = DateFunctions.MIN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT = DateFunctions.MAX_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    /**
     * The declared calendars by lower-cased name and by their declared spelling (both keys lead to
     * the calendar the lower-cased name does), so a name spelled as declared is found without
     * lower-casing it. Filled by the constructor, read-only afterwards.
     */
    private final Map<String, NamedCalendar> calendars = new HashMap<>();
    private final PeriodEnds companyPeriodEnds;

    /**
     * A declared calendar with its period-end windows and, built on first use, its support
     * calendar (the declared hours with the extended hours of the period-end windows laid on).
     * What the compiled evaluator resolves a constant calendar argument to. Thread-safe.
     */
    public static final class NamedCalendar {
        private final CheckedRules rules;
        private final BusinessCalendar calendar;
        private final PeriodEnds periodEnds;
        private volatile BusinessCalendar support;

        private NamedCalendar(CheckedRules rules, BusinessCalendar calendar) {
            this.rules = rules;
            this.calendar = calendar;
            this.periodEnds = rules.periodEndsOn(calendar);
        }

        public BusinessCalendar calendar() {
            return calendar;
        }

        public PeriodEnds periodEnds() {
            return periodEnds;
        }

        /** The support calendar, built once (from 2000 through 2100) by the first caller. */
        public BusinessCalendar support() {
            BusinessCalendar built = support;
            if (built == null) {
                synchronized (this) {
                    built = support;
                    if (built == null) {
                        built = rules.supportCalendar(calendar, SUPPORT_FROM, SUPPORT_TO);
                        support = built;
                    }
                }
            }
            return built;
        }
    }

    private PolicyRuntime(CheckedRules rules) {
        for (BusinessCalendar calendar : rules.calendars()) {
            calendars.put(key(calendar.name()), new NamedCalendar(rules, calendar));
        }
        for (BusinessCalendar calendar : rules.calendars()) {
            calendars.putIfAbsent(calendar.name(), calendars.get(key(calendar.name())));
        }
        companyPeriodEnds = rules.periodEndsOn(COMPANY);
    }

    /** The named calendar, or {@code null} for a blank name or one no rule declares. Allocates nothing for a declared spelling. */
    public NamedCalendar find(String name) {
        if (name == null) {
            return null;
        }
        NamedCalendar found = calendars.get(name);
        return found != null ? found : calendars.get(key(name));
    }

    /** The named calendar; an error for a name no rule declares (only possible for a computed name). */
    private NamedCalendar named(String name) {
        NamedCalendar found = find(name);
        if (found == null) {
            throw new FormulaError("No calendar named '" + name + "'");
        }
        return found;
    }

    public static PolicyRuntime of(CheckedRules rules) {
        return new PolicyRuntime(rules);
    }

    /** IS_PERIOD_END(datetime [, window [, calendar]]); a blank window means any window. */
    public Boolean isPeriodEnd(Instant instant, String window, String calendar) {
        if (instant == null) {
            return null;
        }
        PeriodEnds ends = periodEnds(calendar);
        if (window == null || window.isEmpty()) {
            return ends.isPeriodEnd(instant);
        }
        return ends.isPeriodEnd(instant, periodKind(window));
    }

    /** PERIOD_END(datetime [, calendar]): "EoY", "EoQ", "EoM", or blank outside the windows. */
    public String periodEnd(Instant instant, String calendar) {
        if (instant == null) {
            return null;
        }
        Optional<PeriodKind> kind = periodEnds(calendar).mostSignificant(instant);
        return kind.map(PeriodEndNames::label).orElse(null);
    }

    /** IS_BUSINESS_HOURS(datetime, calendar); an instant outside the date range is an error. */
    public Boolean isBusinessHours(Instant instant, String calendar) {
        if (instant == null || calendar == null) {
            return null;
        }
        return isBusinessHours(instant, named(calendar));
    }

    /** IS_BUSINESS_HOURS with its calendar resolved; a {@code null} calendar is a blank name. */
    public Boolean isBusinessHours(Instant instant, NamedCalendar calendar) {
        if (instant == null || calendar == null) {
            return null;
        }
        return calendar.support().isOpen(inRange(instant));
    }

    /**
     * ADD_BUSINESS_HOURS(datetime, hours, calendar): negative hours, more than
     * {@link #MAX_BUSINESS_HOURS}, a start outside the date range, or a result beyond it are
     * errors; the walk stops at the end of the range.
     */
    public Instant addBusinessHours(Instant instant, BigDecimal hours, String calendar) {
        if (instant == null || hours == null || calendar == null) {
            return null;
        }
        checkHours(hours);
        return addBusinessHours(instant, hours, named(calendar));
    }

    /** ADD_BUSINESS_HOURS with its calendar resolved; a {@code null} calendar is a blank name. */
    public Instant addBusinessHours(Instant instant, BigDecimal hours, NamedCalendar calendar) {
        if (instant == null || hours == null || calendar == null) {
            return null;
        }
        checkHours(hours);
        BusinessCalendar cal = calendar.support();
        Instant start = inRange(instant);
        // ROUND's rounding: bounded time even for 1E-1000000000 hours
        Duration amount = Duration.ofMillis(MathFunctions.round(hours.multiply(MILLIS_PER_HOUR), BigDecimal.ZERO)
                .longValueExact());
        return cal.addBusinessHoursBefore(start, amount, END_INSTANT).orElseThrow(PolicyRuntime::dateOutOfRange);
    }

    private static void checkHours(BigDecimal hours) {
        if (hours.signum() < 0) {
            throw new FormulaError("ADD_BUSINESS_HOURS needs zero or more hours, not " + MathFunctions.describe(hours));
        }
        if (hours.compareTo(MAX_BUSINESS_HOURS) > 0) {
            throw new FormulaError("ADD_BUSINESS_HOURS adds at most 1,000,000 hours, not " + MathFunctions.describe(hours));
        }
    }

    /**
     * BUSINESS_HOURS_BETWEEN(start, end, calendar): negative when end is before start; an instant
     * outside the date range is an error.
     */
    public BigDecimal businessHoursBetween(Instant start, Instant end, String calendar) {
        if (start == null || end == null || calendar == null) {
            return null;
        }
        return businessHoursBetween(start, end, named(calendar));
    }

    /** BUSINESS_HOURS_BETWEEN with its calendar resolved; a {@code null} calendar is a blank name. */
    public BigDecimal businessHoursBetween(Instant start, Instant end, NamedCalendar calendar) {
        if (start == null || end == null || calendar == null) {
            return null;
        }
        BusinessCalendar cal = calendar.support();
        inRange(start);
        inRange(end);
        Duration between = end.isBefore(start) ? cal.businessTimeBetween(end, start).negated()
                : cal.businessTimeBetween(start, end);
        return BigDecimal.valueOf(between.toMillis()).divide(MILLIS_PER_HOUR, 6, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /**
     * NEXT_BUSINESS_DAY(datetime, calendar): the opening of the first business day after
     * datetime's local date; outside the date range (before or after), an error.
     */
    public Instant nextBusinessDay(Instant instant, String calendar) {
        if (instant == null || calendar == null) {
            return null;
        }
        return nextBusinessDay(instant, named(calendar));
    }

    /** NEXT_BUSINESS_DAY with its calendar resolved; a {@code null} calendar is a blank name. */
    public Instant nextBusinessDay(Instant instant, NamedCalendar calendar) {
        if (instant == null || calendar == null) {
            return null;
        }
        BusinessCalendar cal = calendar.support();
        return inRange(cal.startOfNextBusinessDay(inRange(instant)));
    }

    /** LOCAL_TIME(datetime, calendar): the wall-clock time in the calendar's zone. */
    public LocalTime localTime(Instant instant, String calendar) {
        if (instant == null || calendar == null) {
            return null;
        }
        return localTime(instant, named(calendar));
    }

    /** LOCAL_TIME with its calendar resolved; a {@code null} calendar is a blank name. */
    public LocalTime localTime(Instant instant, NamedCalendar calendar) {
        if (instant == null || calendar == null) {
            return null;
        }
        BusinessCalendar cal = calendar.calendar();
        try {
            return cal.localTime(instant);
        } catch (DateTimeException beyondLocalDates) { // Instant.MAX: its zone offset cannot be looked up
            throw dateOutOfRange();
        }
    }

    /** The named calendar; an error for a name no rule declares (only possible for a computed name). */
    public BusinessCalendar calendar(String name) {
        return named(name).calendar();
    }

    /**
     * The named calendar with the extended hours of its period-end windows laid on (for instants
     * from 2000 through 2100), built on first use: business-hours functions count the hours the
     * team actually works.
     */
    public BusinessCalendar supportCalendar(String name) {
        return named(name).support();
    }

    /**
     * The period-end windows counted on the named calendar, or company-wide for a blank name:
     * what IS_PERIOD_END and PERIOD_END consult. The compiled evaluator resolves a constant
     * calendar argument once with this.
     */
    public PeriodEnds periodEnds(String calendar) {
        if (calendar == null || calendar.isEmpty()) {
            return companyPeriodEnds;
        }
        return named(calendar).periodEnds();
    }

    /** The instant, or {@code #Error! Date out of range} outside Salesforce's dates (in GMT). */
    private static Instant inRange(Instant instant) {
        if (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(END_INSTANT)) {
            throw dateOutOfRange();
        }
        return instant;
    }

    private static FormulaError dateOutOfRange() {
        return new FormulaError("Date out of range");
    }

    private static PeriodKind periodKind(String window) {
        return PeriodEndNames.parse(window).orElseThrow(() -> new FormulaError(
                "No period-end window named '" + window + "' (use EoM, EoQ or EoY)"));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

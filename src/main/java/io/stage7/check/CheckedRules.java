package io.stage7.check;

import io.stage7.ast.Expr;

import io.stage7.calendar.BusinessCalendar;
import io.stage7.calendar.FiscalCalendar;
import io.stage7.calendar.PeriodEnds;
import io.stage7.calendar.PeriodKind;
import io.stage7.diag.SourceSpan;

import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The typed, resolved program: what the evaluator compiles and the simulator runs. Names look
 * up ignoring case, as they resolve in rules. Besides the declarations it holds side tables over
 * the AST, keyed by node identity: the type of every formula expression, the field every
 * reference reads and the function every call invokes.
 *
 * <p>Immutable. When the check reported errors, declarations that had errors are left out, so
 * only a program without errors should be compiled.
 */
public final class CheckedRules {

    private final Map<String, ObjectType> objects;
    private final Map<String, Requirement> requirements;
    private final Map<String, RoutingSet> routingSets;
    private final Map<String, BusinessCalendar> calendars;
    private final Map<String, Region> regions;
    private final Map<String, Sla> slas;
    private final Month fiscalYearStart;
    private final Map<PeriodKind, PeriodEnd> periodEnds;
    private final Map<String, EscalationPolicy> escalations;
    private final List<RuleTest> tests;
    private final Map<Expr, ExprType> types;
    private final Map<Expr.FieldRef, FieldPath> fields;
    private final Map<Expr.Call, FunctionSpec> functions;
    /** Where each calendar that lists holidays lists them, by calendar key. */
    private final Map<String, SourceSpan> listedHolidays;

    CheckedRules(List<ObjectType> objects, List<Requirement> requirements, List<RoutingSet> routingSets,
                 List<BusinessCalendar> calendars, List<Region> regions, List<Sla> slas, Month fiscalYearStart,
                 List<PeriodEnd> periodEnds, List<EscalationPolicy> escalations, List<RuleTest> tests,
                 Map<Expr, ExprType> types, Map<Expr.FieldRef, FieldPath> fields,
                 Map<Expr.Call, FunctionSpec> functions, Map<String, SourceSpan> listedHolidays) {
        this.objects = byName(objects, ObjectType::name);
        this.requirements = byName(requirements, Requirement::name);
        this.routingSets = byName(routingSets, RoutingSet::name);
        this.calendars = byName(calendars, BusinessCalendar::name);
        this.regions = byName(regions, Region::name);
        this.slas = byName(slas, Sla::name);
        this.fiscalYearStart = Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
        Map<PeriodKind, PeriodEnd> ends = new EnumMap<>(PeriodKind.class);
        periodEnds.forEach(end -> ends.putIfAbsent(end.kind(), end));
        this.periodEnds = Collections.unmodifiableMap(ends);
        this.escalations = byName(escalations, e -> e.object().name());
        this.tests = List.copyOf(tests);
        this.types = Collections.unmodifiableMap(new IdentityHashMap<>(types));
        this.fields = Collections.unmodifiableMap(new IdentityHashMap<>(fields));
        this.functions = Collections.unmodifiableMap(new IdentityHashMap<>(functions));
        Map<String, SourceSpan> listed = new LinkedHashMap<>();
        listedHolidays.forEach((name, span) -> listed.putIfAbsent(key(name), span));
        this.listedHolidays = Collections.unmodifiableMap(listed);
    }

    /** Rules with nothing in them: what an empty program checks to. */
    static CheckedRules empty() {
        return new CheckedRules(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Month.JANUARY,
                List.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(key(name.apply(item)), item);
        }
        return Collections.unmodifiableMap(map);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Objects in declaration order. */
    public List<ObjectType> objects() {
        return List.copyOf(objects.values());
    }

    public Optional<ObjectType> object(String name) {
        return Optional.ofNullable(objects.get(key(name)));
    }

    /** Requirements in declaration order. */
    public List<Requirement> requirements() {
        return List.copyOf(requirements.values());
    }

    public Optional<Requirement> requirement(String name) {
        return Optional.ofNullable(requirements.get(key(name)));
    }

    /** The requirements on one object, in declaration order. */
    public List<Requirement> requirementsOn(ObjectType object) {
        return requirements.values().stream().filter(r -> r.object().name().equals(object.name())).toList();
    }

    /** Routing sets in declaration order. */
    public List<RoutingSet> routingSets() {
        return List.copyOf(routingSets.values());
    }

    public Optional<RoutingSet> routingSet(String name) {
        return Optional.ofNullable(routingSets.get(key(name)));
    }

    /** Business calendars in declaration order. */
    public List<BusinessCalendar> calendars() {
        return List.copyOf(calendars.values());
    }

    public Optional<BusinessCalendar> calendar(String name) {
        return Optional.ofNullable(calendars.get(key(name)));
    }

    /**
     * The calendars that have no holiday data for some year from {@code firstYear} to
     * {@code lastYear}: those that only list holidays, up to a year before the last asked about.
     * Calendars with public holidays never run out; calendars that list none declare themselves
     * holiday-free.
     */
    public List<HolidayGap> holidayGaps(int firstYear, int lastYear) {
        List<HolidayGap> gaps = new java.util.ArrayList<>();
        for (BusinessCalendar calendar : calendars.values()) {
            java.util.OptionalInt end = calendar.listedHolidaysEnd();
            SourceSpan listedAt = listedHolidays.get(key(calendar.name()));
            if (end.isPresent() && end.getAsInt() < lastYear && listedAt != null) {
                gaps.add(new HolidayGap(calendar.name(), end.getAsInt(), Math.max(firstYear, end.getAsInt() + 1),
                        lastYear, listedAt));
            }
        }
        return gaps;
    }

    /** Regions in declaration order. */
    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    public Optional<Region> region(String name) {
        return Optional.ofNullable(regions.get(key(name)));
    }

    /** SLAs in declaration order. */
    public List<Sla> slas() {
        return List.copyOf(slas.values());
    }

    public Optional<Sla> sla(String name) {
        return Optional.ofNullable(slas.get(key(name)));
    }

    /** The first month of the fiscal year; JANUARY unless declared. */
    public Month fiscalYearStart() {
        return fiscalYearStart;
    }

    /** The fiscal calendar the quarters and the year of the period ends follow. */
    public FiscalCalendar fiscalCalendar() {
        return FiscalCalendar.startingIn(fiscalYearStart);
    }

    /**
     * The declared period-end windows laid on one calendar: each window counts that calendar's
     * business days in its zone, over the declared fiscal year.
     */
    /**
     * The calendar as the team works it between two instants: its declared hours plus, on the
     * business days of every period-end window that declares {@code extended hours}, those hours
     * ("the team extends its reach" at EoM, EoQ and EoY). Where windows overlap, the most
     * significant window's extended hours apply.
     */
    public BusinessCalendar supportCalendar(BusinessCalendar calendar, java.time.Instant from, java.time.Instant to) {
        Map<PeriodKind, java.util.Set<java.time.LocalDate>> datesByKind = new EnumMap<>(PeriodKind.class);
        java.util.Set<java.time.LocalDate> claimed = new java.util.HashSet<>();
        List<io.stage7.calendar.PeriodWindow> windows = new java.util.ArrayList<>(periodEndsOn(calendar).windows(from, to));
        windows.sort(java.util.Comparator.comparing(io.stage7.calendar.PeriodWindow::kind).reversed());
        for (io.stage7.calendar.PeriodWindow window : windows) {
            PeriodEnd end = periodEnds.get(window.kind());
            if (end == null || end.extendedHours().isEmpty()) {
                continue;
            }
            for (java.time.LocalDate day : window.businessDays()) {
                if (claimed.add(day)) {
                    datesByKind.computeIfAbsent(window.kind(), k -> new java.util.TreeSet<>()).add(day);
                }
            }
        }
        BusinessCalendar support = calendar;
        for (Map.Entry<PeriodKind, java.util.Set<java.time.LocalDate>> entry : datesByKind.entrySet()) {
            io.stage7.calendar.TimeRange hours = periodEnds.get(entry.getKey()).extendedHours().orElseThrow();
            support = support.withExtendedHours(entry.getValue(), hours.open(), hours.close());
        }
        return support;
    }

    public PeriodEnds periodEndsOn(BusinessCalendar calendar) {
        Map<PeriodKind, Integer> days = new EnumMap<>(PeriodKind.class);
        periodEnds.forEach((kind, end) -> days.put(kind, end.lastBusinessDays()));
        return PeriodEnds.of(calendar, fiscalCalendar(), days);
    }

    /** The declared period-end windows, EoM before EoQ before EoY. */
    public List<PeriodEnd> periodEnds() {
        return List.copyOf(periodEnds.values());
    }

    public Optional<PeriodEnd> periodEnd(PeriodKind kind) {
        return Optional.ofNullable(periodEnds.get(kind));
    }

    /** Escalation policies, at most one per object, in declaration order. */
    public List<EscalationPolicy> escalationPolicies() {
        return List.copyOf(escalations.values());
    }

    /** The escalation policy of the object named {@code object}. */
    public Optional<EscalationPolicy> escalationPolicy(String object) {
        return Optional.ofNullable(escalations.get(key(object)));
    }

    /** Rules tests in declaration order. */
    public List<RuleTest> tests() {
        return tests;
    }

    /**
     * The type of a formula expression of this program (any node, not only roots).
     *
     * @throws IllegalArgumentException if the expression is not part of a checked formula
     */
    public ExprType typeOf(Expr expr) {
        ExprType type = types.get(expr);
        if (type == null) {
            throw new IllegalArgumentException("not an expression of the checked rules: " + expr.span());
        }
        return type;
    }

    /** The field a reference reads; empty when it did not resolve (an error was reported). */
    /** Every field path some formula of these rules reads, each once, in no particular order. */
    public java.util.Collection<FieldPath> referencedFields() {
        return new java.util.LinkedHashSet<>(fields.values());
    }

    public Optional<FieldPath> fieldOf(Expr.FieldRef ref) {
        return Optional.ofNullable(fields.get(ref));
    }

    /** The function a call invokes; empty when the name is unknown (an error was reported). */
    public Optional<FunctionSpec> functionOf(Expr.Call call) {
        return Optional.ofNullable(functions.get(call));
    }
}

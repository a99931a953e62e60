package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.ast.Located;
import io.stage7.ast.Name;
import io.stage7.calendar.BusinessCalendar;
import io.stage7.calendar.PeriodKind;
import io.stage7.calendar.TimeRange;
import io.stage7.diag.Diagnostics;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Checks the policy declarations other than calendars: period ends, the fiscal year, regions,
 * SLAs and escalation policies.
 */
final class PolicyChecker {

    static final int MAX_WINDOW_BUSINESS_DAYS = 20;
    private static final List<String> PERIODS = List.of("month", "quarter", "year");
    private static final List<String> MONTHS = Arrays.stream(Month.values())
            .map(m -> m.name().charAt(0) + m.name().substring(1).toLowerCase(Locale.ROOT)).toList();

    private final Diagnostics diagnostics;
    private final Symbols symbols;
    private final FormulaChecker formulas;
    private final CalendarChecker calendarChecker;

    PolicyChecker(Diagnostics diagnostics, Symbols symbols, FormulaChecker formulas, CalendarChecker calendars) {
        this.diagnostics = diagnostics;
        this.symbols = symbols;
        this.formulas = formulas;
        this.calendarChecker = calendars;
    }

    // ------------------------------------------------------------------ period ends and fiscal year

    List<PeriodEnd> periodEnds() {
        List<PeriodEnd> ends = new ArrayList<>();
        for (NameTable.Entry<Decl.PeriodEndDecl> entry : symbols.periodEndDecls().entries()) {
            periodEnd(entry.value()).ifPresent(ends::add);
        }
        return ends;
    }

    private Optional<PeriodEnd> periodEnd(Decl.PeriodEndDecl decl) {
        Optional<PeriodKind> kind = PeriodEndNames.parse(decl.name().text());
        if (kind.isEmpty()) {
            return Optional.empty(); // reported when indexed
        }
        if (decl.window().isEmpty()) {
            diagnostics.error("missing-window", decl.name().span(), "period end '" + decl.name().text() + "' has no "
                    + "window: add 'last N business days of " + kind.get().period() + "'");
            return Optional.empty();
        }
        Decl.PeriodWindow window = decl.window().get();
        OptionalInt days = wholeNumber(window.businessDays(), "the number of business days in a period-end window",
                1, MAX_WINDOW_BUSINESS_DAYS);
        String period = window.period().text();
        boolean periodOk = true;
        if (!PERIODS.contains(period)) {
            periodOk = false;
            diagnostics.error("unknown-period", window.period().span(), "unknown period '" + period + "'"
                    + orList(Suggestions.didYouMean(period, PERIODS), "; use month, quarter or year"));
        } else if (!period.equals(kind.get().period())) {
            periodOk = false;
            diagnostics.error("period-mismatch", window.period().span(), PeriodEndNames.label(kind.get()) + " is the end of a "
                    + kind.get().period() + ", so its window must be 'of " + kind.get().period() + "', not 'of "
                    + period + "'");
        }
        Optional<TimeRange> extended = decl.extendedHours()
                .flatMap(h -> calendarChecker.openHours(h.open(), h.close()));
        if (days.isEmpty() || !periodOk) {
            return Optional.empty();
        }
        return Optional.of(new PeriodEnd(kind.get(), days.getAsInt(), extended, decl.name().span()));
    }

    /** The fiscal year's first month; JANUARY when none is declared. */
    Month fiscalYearStart(List<Decl.FiscalYearDecl> decls) {
        if (decls.isEmpty()) {
            return Month.JANUARY;
        }
        Name month = decls.get(0).startMonth();
        Optional<Month> parsed = Literals.parseMonth(month.text());
        if (parsed.isEmpty()) {
            diagnostics.error("unknown-month", month.span(), "unknown month '" + month.text() + "'"
                    + orList(Suggestions.didYouMean(month.text(), MONTHS), "; use a month name such as February "
                    + "or Feb"));
        }
        return parsed.orElse(Month.JANUARY);
    }

    // ------------------------------------------------------------------ regions

    List<Region> regions(NameTable<BusinessCalendar> calendars) {
        List<Region> regions = new ArrayList<>();
        for (NameTable.Entry<Decl.RegionDecl> entry : symbols.regionDecls().entries()) {
            region(entry.value(), calendars).ifPresent(regions::add);
        }
        return regions;
    }

    private Optional<Region> region(Decl.RegionDecl decl, NameTable<BusinessCalendar> calendars) {
        Optional<BusinessCalendar> calendar = Optional.empty();
        if (decl.calendar().isEmpty()) {
            diagnostics.error("missing-calendar", decl.name().span(), "region '" + decl.name().text() + "' has no "
                    + "calendar: add 'calendar NAME' naming the calendar its specialists work");
        } else {
            Name name = decl.calendar().get();
            if (symbols.calendarDecls().resolve(name, diagnostics).isPresent()) {
                calendar = calendars.find(name.text());
            }
        }
        List<Cutoff> cutoffs = new ArrayList<>();
        Map<String, Decl.Cutoff> seen = new LinkedHashMap<>();
        for (Decl.Cutoff cutoff : decl.cutoffs()) {
            String complexity = cutoff.complexity().value();
            boolean known = checkComplexity(cutoff.complexity());
            Decl.Cutoff first = seen.putIfAbsent(complexity, cutoff);
            if (first != null) {
                diagnostics.error("duplicate-cutoff", cutoff.complexity().span(), "region " + decl.name().text()
                        + " already has a cutoff for '" + complexity + "' work, declared at "
                        + first.complexity().span().location());
            }
            OptionalInt after = calendarChecker.clock(cutoff.time(), false);
            Set<PeriodKind> except = periodEndNames(cutoff.exceptDuring());
            if (known && after.isPresent() && first == null) {
                cutoffs.add(new Cutoff(complexity, Literals.clockTime(after.getAsInt()), except));
            }
        }
        return calendar.map(c -> new Region(decl.name().text(), c, cutoffs, decl.name().span()));
    }

    /** A literal complexity must be "standard" or "complex"; reports and returns false otherwise. */
    boolean checkComplexity(Located<String> complexity) {
        if (AssignmentTarget.COMPLEXITIES.contains(complexity.value())) {
            return true;
        }
        diagnostics.error("unknown-complexity", complexity.span(), "unknown complexity '" + complexity.value() + "'"
                + orList(Suggestions.didYouMean(complexity.value(), AssignmentTarget.COMPLEXITIES),
                "; use 'standard' or 'complex'"));
        return false;
    }

    /** Names of declared period ends; unknown ones are reported and left out. */
    Set<PeriodKind> periodEndNames(List<Name> names) {
        Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
        for (Name name : names) {
            symbols.resolvePeriodEnd(name.text(), name.span(), diagnostics)
                    .flatMap(decl -> PeriodEndNames.parse(decl.name().text())).ifPresent(kinds::add);
        }
        return kinds;
    }

    // ------------------------------------------------------------------ SLAs

    List<Sla> slas(NameTable<BusinessCalendar> calendars) {
        List<Sla> slas = new ArrayList<>();
        for (NameTable.Entry<Decl.SlaDecl> entry : symbols.slaDecls().entries()) {
            sla(entry.value(), calendars).ifPresent(slas::add);
        }
        return slas;
    }

    private Optional<Sla> sla(Decl.SlaDecl decl, NameTable<BusinessCalendar> calendars) {
        Optional<ObjectType> object = symbols.objects().resolve(decl.object(), diagnostics);
        Optional<SlaEvent> event = Optional.empty();
        Optional<FieldPath> start = Optional.empty();
        boolean hoursOk = false;
        if (decl.measure().isEmpty()) {
            diagnostics.error("missing-measure", decl.name().span(), "SLA '" + decl.name().text() + "' does not say "
                    + "what it measures: add e.g. 'decided within 12 business hours of SubmittedAt'");
        } else {
            Decl.SlaMeasure measure = decl.measure().get();
            event = SlaEvent.byKeyword(measure.event().text());
            if (event.isEmpty()) {
                diagnostics.error("unknown-sla-event", measure.event().span(), "unknown SLA event '"
                        + measure.event().text() + "'" + orList(Suggestions.didYouMean(measure.event().text(),
                        List.of("decided", "first_response")), "; use decided or first_response"));
            }
            hoursOk = positive(measure.hours(), "the hours of an SLA");
            start = object.flatMap(o -> formulas.resolveField(measure.start(), o));
            if (start.isPresent() && start.get().type() != ExprType.DATETIME) {
                diagnostics.error("type-mismatch", measure.start().span(), "an SLA is measured from a DateTime field, "
                        + "but " + start.get().text() + " is " + start.get().field().kind().typeName());
                start = Optional.empty();
            }
        }
        Optional<BusinessCalendar> calendar = Optional.empty();
        boolean calendarOk = true;
        if (decl.calendar().isPresent() && !decl.calendar().get().text().equals("region")) {
            Name name = decl.calendar().get();
            calendarOk = symbols.calendarDecls().resolve(name, diagnostics).isPresent();
            calendar = calendars.find(name.text());
            calendarOk &= calendar.isPresent();
            if (decl.measure().isPresent() && !decl.measure().get().businessHours()) {
                diagnostics.warning("unused-calendar", name.span(), "SLA " + decl.name().text() + " counts wall-clock "
                        + "hours, so its calendar is not used; write 'business hours' to count the calendar's hours");
            }
        }
        Optional<BigDecimal> target = decl.targetPercent().filter(this::percent).map(Located::value);
        if (object.isEmpty() || event.isEmpty() || start.isEmpty() || !hoursOk || !calendarOk
                || target.isEmpty() && decl.targetPercent().isPresent()) {
            return Optional.empty();
        }
        Decl.SlaMeasure measure = decl.measure().get();
        return Optional.of(new Sla(decl.name().text(), object.get(), event.get(), measure.hours().value(),
                measure.businessHours(), start.get(), calendar, target, decl.name().span()));
    }

    private boolean percent(Located<BigDecimal> target) {
        BigDecimal value = target.value();
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            diagnostics.error("invalid-number", target.span(), "an SLA target is a percentage more than 0 and at "
                    + "most 100, not " + value.toPlainString());
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ escalation

    List<EscalationPolicy> escalations(List<Decl.EscalationDecl> decls) {
        List<EscalationPolicy> policies = new ArrayList<>();
        Map<String, Decl.EscalationDecl> perObject = new LinkedHashMap<>();
        for (Decl.EscalationDecl decl : decls) {
            Optional<ObjectType> object = symbols.objects().resolve(decl.object(), diagnostics);
            if (object.isPresent()) {
                Decl.EscalationDecl first = perObject.putIfAbsent(object.get().name(), decl);
                if (first != null) {
                    diagnostics.error("duplicate-escalation", decl.object().span(), "duplicate escalation policy for "
                            + object.get().name() + "; first declared at " + first.object().span().location());
                    object = Optional.empty();
                }
            }
            ObjectType scope = object.orElse(null);
            decl.requestedWhen().ifPresent(condition -> formulas.expect(condition, scope, ExprType.CHECKBOX,
                    "the escalation request condition"));
            if (decl.requestedWhen().isEmpty()) {
                diagnostics.error("missing-condition", decl.object().span(), "the escalation policy for "
                        + decl.object().text() + " does not say when escalation is requested: add "
                        + "'requested when <formula>'");
            }
            Set<PeriodKind> refused = periodEndNames(decl.refusedDuring());
            OptionalInt priority = decl.priority().isPresent()
                    ? wholeNumber(decl.priority().get(), "an escalation priority", 0, Integer.MAX_VALUE)
                    : OptionalInt.empty();
            if (object.isPresent() && decl.requestedWhen().isPresent()) {
                policies.add(new EscalationPolicy(object.get(), decl.requestedWhen().get(), refused, priority,
                        decl.span()));
            }
        }
        return policies;
    }

    // ------------------------------------------------------------------ numbers

    OptionalInt wholeNumber(Located<BigDecimal> number, String what, int min, int max) {
        BigDecimal value = number.value();
        boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        if (!whole || value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            diagnostics.error("invalid-number", number.span(), what + " must be a whole number "
                    + (max == Integer.MAX_VALUE ? "of at least " + min : "from " + min + " to " + max) + ", not "
                    + value.toPlainString());
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.intValueExact());
    }

    private boolean positive(Located<BigDecimal> number, String what) {
        if (number.value().signum() <= 0) {
            diagnostics.error("invalid-number", number.span(), what + " must be more than 0");
            return false;
        }
        return true;
    }

    private static String orList(String suggestion, String fallback) {
        return suggestion.isEmpty() ? fallback : suggestion;
    }
}

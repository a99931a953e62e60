package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.ast.Program;
import io.stage7.ast.RulesFile;
import io.stage7.calendar.BusinessCalendar;
import io.stage7.calendar.PeriodKind;
import io.stage7.diag.Diagnostics;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a parsed program: indexes every declaration by kind (so declarations may refer to each
 * other in any order, across files), then checks objects, policy, rules and tests, in that order
 * because each refers to the ones before. Problems are collected, never thrown.
 */
public final class Checker {

    private final Diagnostics diagnostics = new Diagnostics();
    private final Symbols symbols = new Symbols();
    private final List<Decl.FiscalYearDecl> fiscalYears = new ArrayList<>();
    private final List<Decl.EscalationDecl> escalations = new ArrayList<>();
    private final List<Decl.TestDecl> tests = new ArrayList<>();

    private Checker() {
    }

    /** Checks {@code program}; the result holds the resolved rules and every diagnostic, sorted. */
    public static CheckResult check(Program program) {
        Objects.requireNonNull(program, "program");
        return new Checker().run(program);
    }

    private CheckResult run(Program program) {
        for (RulesFile file : program.files()) {
            for (Decl decl : file.declarations()) {
                symbols.fileOf(decl, file);
                index(decl);
            }
        }
        symbols.setObjects(new ObjectChecker(diagnostics, symbols).check());
        FormulaChecker formulas = new FormulaChecker(diagnostics, symbols);
        CalendarChecker calendarChecker = new CalendarChecker(diagnostics, symbols);
        PolicyChecker policy = new PolicyChecker(diagnostics, symbols, formulas, calendarChecker);

        List<PeriodEnd> periodEnds = policy.periodEnds();
        Month fiscalYearStart = policy.fiscalYearStart(fiscalYears);
        NameTable<BusinessCalendar> calendars = calendarChecker.check();
        List<Region> regions = policy.regions(calendars);
        List<Sla> slas = policy.slas(calendars);
        List<EscalationPolicy> escalationPolicies = policy.escalations(escalations);

        RuleChecker rules = new RuleChecker(diagnostics, symbols, formulas, policy);
        NameTable<Requirement> requirements = rules.requirements();
        NameTable<RoutingSet> routingSets = rules.routingSets();
        List<RuleTest> checkedTests = new TestChecker(diagnostics, symbols, formulas, rules, requirements,
                routingSets).check(tests);

        CheckedRules checked = new CheckedRules(present(symbols.objects()), present(requirements),
                present(routingSets), present(calendars), regions, slas, fiscalYearStart, periodEnds,
                escalationPolicies, checkedTests, formulas.types, formulas.fieldRefs, formulas.calls,
                calendarChecker.listedHolidays());
        return new CheckResult(checked, diagnostics.sorted());
    }

    private void index(Decl decl) {
        if (decl instanceof Decl.ObjectDecl object) {
            symbols.objectDecls().declare(object.name(), object, diagnostics);
        } else if (decl instanceof Decl.RequirementDecl requirement) {
            symbols.requirementDecls().declare(requirement.name(), requirement, diagnostics);
        } else if (decl instanceof Decl.RoutingDecl routing) {
            symbols.routingDecls().declare(routing.name(), routing, diagnostics);
        } else if (decl instanceof Decl.CalendarDecl calendar) {
            symbols.calendarDecls().declare(calendar.name(), calendar, diagnostics);
        } else if (decl instanceof Decl.RegionDecl region) {
            symbols.regionDecls().declare(region.name(), region, diagnostics);
        } else if (decl instanceof Decl.SlaDecl sla) {
            symbols.slaDecls().declare(sla.name(), sla, diagnostics);
        } else if (decl instanceof Decl.PeriodEndDecl periodEnd) {
            indexPeriodEnd(periodEnd);
        } else if (decl instanceof Decl.FiscalYearDecl fiscalYear) {
            if (!fiscalYears.isEmpty()) {
                diagnostics.error("duplicate-fiscal-year", fiscalYear.startMonth().span(), "the fiscal year start is "
                        + "declared twice; first declared at " + fiscalYears.get(0).startMonth().span().location());
            }
            fiscalYears.add(fiscalYear);
        } else if (decl instanceof Decl.EscalationDecl escalation) {
            escalations.add(escalation);
        } else if (decl instanceof Decl.TestDecl test) {
            tests.add(test);
        } else if (decl instanceof Decl.BaseRecordDecl base) {
            symbols.baseRecordDecls().declare(base.name(), base, diagnostics);
        }
        // include declarations were followed by the front end
    }

    private void indexPeriodEnd(Decl.PeriodEndDecl decl) {
        Optional<PeriodKind> kind = PeriodEndNames.parse(decl.name().text());
        if (kind.isEmpty()) {
            String suggestion = Suggestions.didYouMean(decl.name().text(), PeriodEndNames.labels());
            diagnostics.error("unknown-period-end", decl.name().span(), "unknown period end '" + decl.name().text()
                    + "'" + (suggestion.isEmpty() ? "; period ends are EoM, EoQ and EoY" : suggestion));
            return;
        }
        symbols.periodEndDecls().declare(decl.name(), decl, diagnostics);
    }

    private static <T> List<T> present(NameTable<T> table) {
        List<T> values = new ArrayList<>();
        for (NameTable.Entry<T> entry : table.entries()) {
            if (entry.value() != null) {
                values.add(entry.value());
            }
        }
        return values;
    }
}

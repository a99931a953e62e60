package io.stage7.syntax;

import io.stage7.ast.Decl;
import io.stage7.ast.Expr;
import io.stage7.ast.Located;
import io.stage7.ast.Name;
import io.stage7.ast.RulesFile;
import io.stage7.diag.Diagnostics;
import io.stage7.diag.SourceSpan;
import io.stage7.syntax.internal.Stage7Parser;
import io.stage7.syntax.internal.Stage7Parser.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the parse tree of one file into the AST. The parse tree stops here. It runs only on a
 * file that parsed without syntax errors, so every required child is present. It reports the
 * structural problems the grammar lets through: a clause given twice, a requirement without a
 * condition or a message.
 */
final class AstBuilder {
    private final String path;
    private final Spans spans;
    private final Diagnostics diagnostics;
    private final ExprBuilder exprs;

    AstBuilder(String path, Spans spans, Diagnostics diagnostics) {
        this.path = path;
        this.spans = spans;
        this.diagnostics = diagnostics;
        this.exprs = new ExprBuilder(spans, diagnostics);
    }

    RulesFile build(FileContext file) {
        List<Decl> declarations = new ArrayList<>();
        for (ItemContext item : file.item()) {
            declarations.add(declaration(item));
        }
        return new RulesFile(path, declarations);
    }

    private Decl declaration(ItemContext item) {
        ParserRuleContext decl = (ParserRuleContext) item.getChild(0);
        if (decl instanceof IncludeDeclContext c) {
            return new Decl.Include(string(c.path), spans.of(c));
        } else if (decl instanceof ObjectDeclContext c) {
            return object(c);
        } else if (decl instanceof RequirementDeclContext c) {
            return requirement(c);
        } else if (decl instanceof RoutingDeclContext c) {
            return routing(c);
        } else if (decl instanceof CalendarDeclContext c) {
            return calendar(c);
        } else if (decl instanceof RegionDeclContext c) {
            return region(c);
        } else if (decl instanceof SlaDeclContext c) {
            return sla(c);
        } else if (decl instanceof FiscalYearDeclContext c) {
            return new Decl.FiscalYearDecl(exprs.name(c.month), spans.of(c));
        } else if (decl instanceof PeriodEndDeclContext c) {
            return periodEnd(c);
        } else if (decl instanceof EscalationDeclContext c) {
            return escalation(c);
        } else if (decl instanceof TestDeclContext c) {
            return test(c);
        } else if (decl instanceof BaseRecordDeclContext c) {
            return new Decl.BaseRecordDecl(exprs.name(c.name), new Decl.RecordLiteral(exprs.name(c.object),
                    Optional.ofNullable(c.base).map(exprs::name), entries(c.recordLiteral()), spans.of(c)), spans.of(c));
        }
        throw new IllegalStateException("grammar item without an AST mapping: " + decl.getClass().getSimpleName());
    }

    // ------------------------------------------------------------------ objects

    private Decl.ObjectDecl object(ObjectDeclContext c) {
        List<Decl.FieldDecl> fields = new ArrayList<>();
        for (FieldDeclContext f : c.fieldDecl()) {
            fields.add(new Decl.FieldDecl(exprs.name(f.name), typeRef(f.type), details(f.fieldDetail()), spans.of(f)));
        }
        return new Decl.ObjectDecl(exprs.name(c.name), details(c.fieldDetail()), fields, spans.of(c));
    }

    private List<Decl.FieldDetail> details(List<FieldDetailContext> contexts) {
        List<Decl.FieldDetail> details = new ArrayList<>();
        for (FieldDetailContext d : contexts) {
            details.add(new Decl.FieldDetail(exprs.name(d.key), detailValue(d.value), spans.of(d)));
        }
        return details;
    }

    private Decl.TypeArg detailValue(DetailValueContext c) {
        SourceSpan span = spans.of(c);
        if (c instanceof NumberDetailContext n) {
            return new Decl.TypeArg.NumberArg(new BigDecimal(n.NUMBER().getText()), span);
        } else if (c instanceof StringDetailContext s) {
            return new Decl.TypeArg.TextArg(Literals.unquote(s.STRING().getText(), span, diagnostics), span);
        }
        return new Decl.TypeArg.BooleanArg(((BooleanDetailContext) c).booleanWord().TRUE() != null, span);
    }

    private Decl.TypeRef typeRef(TypeRefContext c) {
        List<Decl.TypeArg> arguments = new ArrayList<>();
        for (TypeArgContext a : c.typeArg()) {
            SourceSpan span = spans.of(a);
            if (a instanceof NumberTypeArgContext n) {
                arguments.add(new Decl.TypeArg.NumberArg(new BigDecimal(n.NUMBER().getText()), span));
            } else if (a instanceof StringTypeArgContext s) {
                SourceSpan text = spans.of(s.value);
                arguments.add(new Decl.TypeArg.TextArg(Literals.unquote(s.value.getText(), text, diagnostics),
                        details(s.fieldDetail()), text));
            } else if (a instanceof NameTypeArgContext n) {
                arguments.add(new Decl.TypeArg.NameArg(exprs.name(n.ident()), span));
            }
        }
        return new Decl.TypeRef(exprs.name(c.name), arguments, spans.of(c));
    }

    // ------------------------------------------------------------------ requirements

    private Decl.RequirementDecl requirement(RequirementDeclContext c) {
        Clauses once = new Clauses();
        Decl.RuleSeverity severity = Decl.RuleSeverity.ERROR;
        Optional<Expr> condition = Optional.empty();
        Optional<Located<String>> message = Optional.empty();
        Optional<io.stage7.ast.QualifiedName> field = Optional.empty();
        Optional<Located<String>> description = Optional.empty();
        boolean active = true;
        for (RequirementClauseContext clause : c.requirementClause()) {
            if (clause instanceof ConditionClauseContext k) {
                once.check("condition ('error when' or 'warning when')", k);
                severity = k.severity.getType() == Stage7Parser.WARNING
                        ? Decl.RuleSeverity.WARNING : Decl.RuleSeverity.ERROR;
                condition = Optional.of(exprs.formula(k.condition));
            } else if (clause instanceof MessageClauseContext k) {
                once.check("message", k);
                message = Optional.of(string(k.text));
            } else if (clause instanceof FieldClauseContext k) {
                once.check("field", k);
                field = Optional.of(exprs.qualifiedName(k.fieldName));
            } else if (clause instanceof DescriptionClauseContext k) {
                once.check("description", k);
                description = Optional.of(string(k.text));
            } else if (clause instanceof ActiveClauseContext k) {
                once.check("active", k);
                active = k.value.TRUE() != null;
            }
        }
        Name name = exprs.name(c.name);
        if (condition.isEmpty()) {
            diagnostics.error("missing-condition", name.span(), "requirement '" + name.text()
                    + "' has no condition: add 'error when <formula>' or 'warning when <formula>'");
        }
        if (message.isEmpty()) {
            diagnostics.error("missing-message", name.span(), "requirement '" + name.text()
                    + "' has no message: add 'message \"what the submitter must fix\"'");
        }
        return new Decl.RequirementDecl(name, exprs.name(c.object), severity, condition, message, field,
                description, active, spans.of(c));
    }

    // ------------------------------------------------------------------ routing

    private Decl.RoutingDecl routing(RoutingDeclContext c) {
        List<Decl.RoutingEntry> entries = new ArrayList<>();
        int number = 1;
        for (RoutingEntryContext e : c.routingEntry()) {
            if (e instanceof WhenEntryContext w) {
                entries.add(new Decl.RoutingEntry(number++, Optional.of(exprs.formula(w.condition)),
                        assignments(w.assignment()), spans.of(w)));
            } else if (e instanceof OtherwiseEntryContext o) {
                entries.add(new Decl.RoutingEntry(number++, Optional.empty(), assignments(o.assignment()),
                        spans.of(o)));
            }
        }
        return new Decl.RoutingDecl(exprs.name(c.name), exprs.name(c.object), entries, spans.of(c));
    }

    private List<Decl.Assignment> assignments(List<AssignmentContext> contexts) {
        List<Decl.Assignment> assignments = new ArrayList<>();
        for (AssignmentContext a : contexts) {
            assignments.add(new Decl.Assignment(exprs.name(a.target), exprs.formula(a.value), spans.of(a)));
        }
        return assignments;
    }

    // ------------------------------------------------------------------ policy

    private Decl.CalendarDecl calendar(CalendarDeclContext c) {
        Clauses once = new Clauses();
        Optional<Located<String>> zone = Optional.empty();
        List<Decl.HoursSpec> hours = new ArrayList<>();
        List<Decl.HolidaySource> holidays = new ArrayList<>();
        for (CalendarClauseContext clause : c.calendarClause()) {
            if (clause instanceof ZoneClauseContext k) {
                once.check("zone", k);
                zone = Optional.of(string(k.zone));
            } else if (clause instanceof HoursClauseContext k) {
                for (HoursSpecContext h : k.hoursSpec()) {
                    hours.add(new Decl.HoursSpec(exprs.name(h.days.first),
                            Optional.ofNullable(h.days.last).map(exprs::name), time(h.open), time(h.close),
                            spans.of(h)));
                }
            } else if (clause instanceof HolidayFileClauseContext k) {
                holidays.add(new Decl.HolidaySource.HolidayFile(string(k.path), spans.of(k)));
            } else if (clause instanceof PublicHolidaysClauseContext k) {
                List<Located<String>> except = new ArrayList<>();
                for (var token : k.except) {
                    except.add(string(token));
                }
                holidays.add(new Decl.HolidaySource.PublicHolidays(string(k.region), except, spans.of(k)));
            } else if (clause instanceof HolidayListClauseContext k) {
                List<Located<String>> dates = new ArrayList<>();
                for (var token : k.STRING()) {
                    dates.add(string(token.getSymbol()));
                }
                holidays.add(new Decl.HolidaySource.HolidayList(dates, spans.of(k)));
            }
        }
        return new Decl.CalendarDecl(exprs.name(c.name), zone, hours, holidays, spans.of(c));
    }

    private Decl.RegionDecl region(RegionDeclContext c) {
        Clauses once = new Clauses();
        Optional<Name> calendar = Optional.empty();
        List<Decl.Cutoff> cutoffs = new ArrayList<>();
        for (RegionClauseContext clause : c.regionClause()) {
            if (clause instanceof RegionCalendarClauseContext k) {
                once.check("calendar", k);
                calendar = Optional.of(exprs.name(k.calendar));
            } else if (clause instanceof CutoffClauseContext k) {
                cutoffs.add(new Decl.Cutoff(string(k.complexity), time(k.time),
                        k.nameList() == null ? List.of() : names(k.nameList()), spans.of(k)));
            }
        }
        return new Decl.RegionDecl(exprs.name(c.name), calendar, cutoffs, spans.of(c));
    }

    private Decl.SlaDecl sla(SlaDeclContext c) {
        Clauses once = new Clauses();
        Optional<Decl.SlaMeasure> measure = Optional.empty();
        Optional<Name> calendar = Optional.empty();
        Optional<Located<BigDecimal>> target = Optional.empty();
        for (SlaClauseContext clause : c.slaClause()) {
            if (clause instanceof MeasureClauseContext k) {
                once.check("measure ('<event> within N hours of <field>')", k);
                measure = Optional.of(new Decl.SlaMeasure(exprs.name(k.event), number(k.amount),
                        k.business != null, exprs.qualifiedName(k.start), spans.of(k)));
            } else if (clause instanceof SlaCalendarClauseContext k) {
                once.check("calendar", k);
                calendar = Optional.of(exprs.name(k.calendar));
            } else if (clause instanceof TargetClauseContext k) {
                once.check("target", k);
                target = Optional.of(number(k.amount));
            }
        }
        return new Decl.SlaDecl(exprs.name(c.name), exprs.name(c.object), measure, calendar, target, spans.of(c));
    }

    private Decl.PeriodEndDecl periodEnd(PeriodEndDeclContext c) {
        Clauses once = new Clauses();
        Optional<Decl.PeriodWindow> window = Optional.empty();
        Optional<Decl.ExtendedHours> extended = Optional.empty();
        for (PeriodEndClauseContext clause : c.periodEndClause()) {
            if (clause instanceof WindowClauseContext k) {
                once.check("window ('last N business days of ...')", k);
                window = Optional.of(new Decl.PeriodWindow(number(k.count), exprs.name(k.period), spans.of(k)));
            } else if (clause instanceof ExtendedHoursClauseContext k) {
                once.check("extended hours", k);
                extended = Optional.of(new Decl.ExtendedHours(time(k.open), time(k.close), spans.of(k)));
            }
        }
        return new Decl.PeriodEndDecl(exprs.name(c.name), window, extended, spans.of(c));
    }

    private Decl.EscalationDecl escalation(EscalationDeclContext c) {
        Clauses once = new Clauses();
        Optional<Expr> requested = Optional.empty();
        List<Name> refused = new ArrayList<>();
        Optional<Located<BigDecimal>> priority = Optional.empty();
        for (EscalationClauseContext clause : c.escalationClause()) {
            if (clause instanceof RequestedClauseContext k) {
                once.check("requested when", k);
                requested = Optional.of(exprs.formula(k.condition));
            } else if (clause instanceof RefusedClauseContext k) {
                once.check("refused during", k);
                refused.addAll(names(k.nameList()));
            } else if (clause instanceof EscalationPriorityClauseContext k) {
                once.check("priority", k);
                priority = Optional.of(number(k.value));
            }
        }
        return new Decl.EscalationDecl(exprs.name(c.object), requested, refused, priority, spans.of(c));
    }

    // ------------------------------------------------------------------ tests

    private Decl.TestDecl test(TestDeclContext c) {
        Clauses once = new Clauses();
        Optional<Decl.RecordLiteral> given = Optional.empty();
        Optional<Decl.PriorRecord> prior = Optional.empty();
        Optional<Located<String>> at = Optional.empty();
        List<Decl.Expectation> expectations = new ArrayList<>();
        for (TestClauseContext clause : c.testClause()) {
            if (clause instanceof GivenClauseContext k) {
                once.check("given", k);
                given = Optional.of(new Decl.RecordLiteral(exprs.name(k.object), entries(k.recordLiteral()),
                        spans.of(k)));
            } else if (clause instanceof GivenFromClauseContext k) {
                once.check("given", k);
                given = Optional.of(new Decl.RecordLiteral(exprs.name(k.object), Optional.of(exprs.name(k.base)),
                        entries(k.recordLiteral()), spans.of(k)));
            } else if (clause instanceof PriorClauseContext k) {
                once.check("prior", k);
                prior = Optional.of(new Decl.PriorRecord(entries(k.recordLiteral()), spans.of(k)));
            } else if (clause instanceof AtClauseContext k) {
                once.check("at", k);
                at = Optional.of(string(k.instant));
            } else if (clause instanceof ExpectNoViolationsClauseContext k) {
                expectations.add(new Decl.Expectation.NoViolations(spans.of(k)));
            } else if (clause instanceof ExpectViolationsClauseContext k) {
                expectations.add(new Decl.Expectation.Violations(names(k.nameList()), spans.of(k)));
            } else if (clause instanceof ExpectViolationsIncludeClauseContext k) {
                expectations.add(new Decl.Expectation.Violations(names(k.nameList()), Decl.ViolationMatch.INCLUDES,
                        spans.of(k)));
            } else if (clause instanceof ExpectNoViolationClauseContext k) {
                expectations.add(new Decl.Expectation.Violations(names(k.nameList()), Decl.ViolationMatch.NONE_OF,
                        spans.of(k)));
            } else if (clause instanceof ExpectRouteClauseContext k) {
                expectations.add(new Decl.Expectation.Route(exprs.name(k.routing), entries(k.recordLiteral()),
                        spans.of(k)));
            }
        }
        return new Decl.TestDecl(string(c.title), given, at, expectations, spans.of(c), prior);
    }

    private List<Decl.RecordEntry> entries(RecordLiteralContext c) {
        List<Decl.RecordEntry> entries = new ArrayList<>();
        for (RecordEntryContext e : c.recordEntry()) {
            entries.add(new Decl.RecordEntry(exprs.qualifiedName(e.key), exprs.formula(e.value), spans.of(e)));
        }
        return entries;
    }

    // ------------------------------------------------------------------ leaves

    private List<Name> names(NameListContext c) {
        List<Name> names = new ArrayList<>();
        for (IdentContext ident : c.ident()) {
            names.add(exprs.name(ident));
        }
        return names;
    }

    private Located<String> string(Token token) {
        SourceSpan span = spans.of(token);
        return new Located<>(Literals.unquote(token.getText(), span, diagnostics), span);
    }

    private Located<String> time(Token token) {
        return new Located<>(token.getText(), spans.of(token));
    }

    private Located<BigDecimal> number(Token token) {
        return new Located<>(new BigDecimal(token.getText()), spans.of(token));
    }

    /** Reports a clause that appears twice in one declaration. */
    private final class Clauses {
        private final Map<String, SourceSpan> seen = new HashMap<>();

        void check(String clause, ParserRuleContext ctx) {
            SourceSpan span = spans.of(ctx.getStart());
            SourceSpan first = seen.putIfAbsent(clause, span);
            if (first != null) {
                diagnostics.error("duplicate-clause", span, "duplicate " + clause + " clause; the first is at "
                        + first.location());
            }
        }
    }
}

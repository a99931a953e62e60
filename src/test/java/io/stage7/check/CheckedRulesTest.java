package io.stage7.check;

import io.stage7.ast.Expr;
import io.stage7.ast.Program;
import io.stage7.calendar.BusinessCalendar;
import io.stage7.calendar.PeriodEnds;
import io.stage7.calendar.PeriodKind;
import io.stage7.calendar.TimeRange;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the checker resolves: the model the evaluator and the simulator consume. */
class CheckedRulesTest {

    private static final String RULES = """
            fiscal year starts Feb

            object Opportunity {
              Amount      Currency(18, 2)
              Name        Text(80)
              SubmittedAt DateTime
              CloseDate   Date
              Region      Picklist("APAC", "EMEA", "AMER")
              Products    MultiPicklist("SaaS", "Services")
              Escalated   Checkbox
              Account     Lookup(Account)
            }

            object Account {
              Industry Text
            }

            calendar AMER {
              zone "America/Los_Angeles"
              hours MON-FRI 07:00-12:00, mon-fri 13:00-17:00, SAT 10:00-24:00
              holidays from "holidays/amer.txt"
              holidays "2026-07-03"
            }

            region AMER {
              calendar amer
              cutoff "complex" after 16:30 except during EoM, EoQ
            }

            period_end EoQ { last 5 business days of quarter extended hours 07:00-20:00 }
            period_end EoM { last 2 business days of month }

            sla Approval on Opportunity {
              decided within 12 business hours of SubmittedAt
              target 95%
            }

            escalation on Opportunity {
              requested when Escalated
              refused during EoM
              priority 0
            }

            requirement Industry_Needed on Opportunity {
              error when ISBLANK(account.industry) && Amount * 2 > 100
              message "Set the account's industry."
              field Account.Industry
            }

            routing Approval_Queue on Opportunity {
              when Amount >= 500000
                assign queue = TEXT(Region) & " Complex", region = "amer", complexity = "complex", priority = 1
              otherwise
                assign queue = "Standard", region = "AMER"
            }

            test "parses values" {
              given Opportunity {
                Amount: 600000, CloseDate: "2026-04-30", SubmittedAt: "2026-04-30T16:45:00-07:00",
                Region: "EMEA", Products: "SaaS;Services", Account.Industry: NULL
              }
              at "2026-04-30T23:45:00Z"
              expect violations Industry_Needed
              expect route Approval_Queue { queue: "EMEA Complex", priority: 1, entry: 1 }
            }
            """;

    private CheckResult checkOnDisk(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("holidays"));
        Files.writeString(dir.resolve("holidays/amer.txt"), "# US holidays\n2026-12-25\n\n2026-01-01 # New Year\n");
        Path rules = dir.resolve("team.rules");
        Files.writeString(rules, RULES);
        LoadResult load = RulesLoader.load(List.of(rules));
        assertEquals(List.of(), load.diagnostics());
        CheckResult result = Checker.check(load.program());
        assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());
        assertFalse(result.hasErrors());
        return result;
    }

    @Test
    void objectsKeepDeclaredSpellingsAndTypeParameters(@TempDir Path dir) throws IOException {
        CheckedRules rules = checkOnDisk(dir).rules();
        ObjectType opportunity = rules.object("OPPORTUNITY").orElseThrow();
        assertEquals("Opportunity", opportunity.name());
        FieldType amount = opportunity.field("amount").orElseThrow();
        assertEquals("Amount", amount.name());
        assertEquals(FieldKind.CURRENCY, amount.kind());
        assertEquals(OptionalInt.of(18), amount.precision());
        assertEquals(OptionalInt.of(2), amount.scale());
        assertEquals(OptionalInt.of(80), opportunity.field("Name").orElseThrow().length());
        assertEquals(List.of("APAC", "EMEA", "AMER"), opportunity.field("Region").orElseThrow().values());
        assertEquals(Optional.of("Account"), opportunity.field("Account").orElseThrow().lookupTarget());
    }

    @Test
    void calendarsResolveZoneWeeklyHoursAndHolidaysFromFilesAndLists(@TempDir Path dir) throws IOException {
        BusinessCalendar amer = checkOnDisk(dir).rules().calendar("amer").orElseThrow();
        assertEquals("AMER", amer.name());
        assertEquals(ZoneId.of("America/Los_Angeles"), amer.zone());
        assertEquals(List.of(TimeRange.of(LocalTime.of(7, 0), LocalTime.of(12, 0)),
                TimeRange.of(LocalTime.of(13, 0), LocalTime.of(17, 0))), amer.weeklyHours(DayOfWeek.WEDNESDAY));
        TimeRange saturday = amer.weeklyHours(DayOfWeek.SATURDAY).get(0);
        assertTrue(saturday.closesAtEndOfDay());
        assertEquals(14, saturday.nominalLength().toHours());
        assertEquals(List.of(), amer.weeklyHours(DayOfWeek.SUNDAY));
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 3), LocalDate.of(2026, 12, 25)),
                List.copyOf(amer.holidays()));
        assertFalse(amer.isBusinessDay(LocalDate.of(2026, 12, 25)));
    }

    @Test
    void policyResolvesRegionsPeriodEndsSlasEscalationAndTheFiscalYear(@TempDir Path dir) throws IOException {
        CheckedRules rules = checkOnDisk(dir).rules();
        assertEquals(Month.FEBRUARY, rules.fiscalYearStart());
        Region region = rules.region("Amer").orElseThrow();
        assertEquals("AMER", region.calendar().name());
        assertEquals(List.of(new Cutoff("complex", LocalTime.of(16, 30), Set.of(PeriodKind.EOM, PeriodKind.EOQ))),
                region.cutoffs());
        assertEquals(List.of(PeriodKind.EOM, PeriodKind.EOQ), rules.periodEnds().stream().map(PeriodEnd::kind).toList());
        PeriodEnd eoq = rules.periodEnd(PeriodKind.EOQ).orElseThrow();
        assertEquals(5, eoq.lastBusinessDays());
        assertEquals(Optional.of(TimeRange.of(LocalTime.of(7, 0), LocalTime.of(20, 0))), eoq.extendedHours());
        assertTrue(rules.periodEnd(PeriodKind.EOY).isEmpty());
        PeriodEnds windows = rules.periodEndsOn(region.calendar());
        assertEquals(Month.FEBRUARY, windows.fiscal().firstMonth());
        assertTrue(windows.isPeriodEnd(Instant.parse("2026-04-30T18:00:00Z"), PeriodKind.EOQ), "FY27 Q1 ends in April");
        assertFalse(windows.isPeriodEnd(Instant.parse("2026-03-31T18:00:00Z"), PeriodKind.EOQ));
        Sla sla = rules.sla("approval").orElseThrow();
        assertEquals(SlaEvent.DECIDED, sla.event());
        assertEquals(new BigDecimal("12"), sla.hours());
        assertTrue(sla.businessHours());
        assertEquals("SubmittedAt", sla.start().text());
        assertEquals(Optional.empty(), sla.calendar(), "no calendar means the handling region's");
        assertEquals(Optional.of(new BigDecimal("95")), sla.targetPercent());
        EscalationPolicy escalation = rules.escalationPolicy("Opportunity").orElseThrow();
        assertEquals(Set.of(PeriodKind.EOM), escalation.refusedDuring());
        assertEquals(OptionalInt.of(0), escalation.priority());
    }

    @Test
    void sideTablesTypeEveryNodeAndResolveFieldsAndFunctions(@TempDir Path dir) throws IOException {
        CheckedRules rules = checkOnDisk(dir).rules();
        Requirement requirement = rules.requirement("industry_needed").orElseThrow();
        assertEquals("Account.Industry", requirement.field().orElseThrow().text());
        List<Expr> nodes = new ArrayList<>();
        collect(requirement.condition(), nodes);
        for (Expr node : nodes) {
            rules.typeOf(node); // every node has a type
        }
        Expr.Binary and = (Expr.Binary) requirement.condition();
        Expr.Call isBlank = (Expr.Call) and.left();
        Expr.FieldRef industry = (Expr.FieldRef) isBlank.arguments().get(0);
        FieldPath path = rules.fieldOf(industry).orElseThrow();
        assertEquals("Account.Industry", path.text(), "declared spelling, not the reference's");
        assertEquals(List.of("Opportunity", "Account"), path.fields().stream().map(FieldType::object).toList());
        assertEquals("ISBLANK", rules.functionOf(isBlank).orElseThrow().name());
        Expr.Binary greater = (Expr.Binary) and.right();
        assertEquals(ExprType.CURRENCY, rules.typeOf(greater.left()), "Currency * Number stays Currency");
        assertEquals(ExprType.CHECKBOX, rules.typeOf(and));
        assertThrows(IllegalArgumentException.class, () -> rules.typeOf(new Expr.NullLiteral(industry.span())));
    }

    @Test
    void routingEntriesCarryTheirAssignments(@TempDir Path dir) throws IOException {
        RoutingSet routing = checkOnDisk(dir).rules().routingSet("Approval_Queue").orElseThrow();
        assertEquals(2, routing.entries().size());
        RouteEntry first = routing.entries().get(0);
        assertEquals(Set.of(AssignmentTarget.QUEUE, AssignmentTarget.REGION, AssignmentTarget.COMPLEXITY,
                AssignmentTarget.PRIORITY), first.assignments().keySet());
        assertTrue(first.reachable());
        assertTrue(routing.entries().get(1).isOtherwise());
        assertTrue(routing.entries().get(1).assignment(AssignmentTarget.PRIORITY).isEmpty());
    }

    @Test
    void testsHoldParsedValuesAndResolvedExpectations(@TempDir Path dir) throws IOException {
        RuleTest test = checkOnDisk(dir).rules().tests().get(0);
        assertEquals("parses values", test.title());
        assertEquals(Optional.of(Instant.parse("2026-04-30T23:45:00Z")), test.at());
        assertEquals(new TestValue.DateValue(LocalDate.of(2026, 4, 30)), value(test, "CloseDate"));
        assertEquals(new TestValue.DateTimeValue(Instant.parse("2026-04-30T23:45:00Z")), value(test, "SubmittedAt"));
        assertEquals(new TestValue.Selections(List.of("SaaS", "Services")), value(test, "Products"));
        assertInstanceOf(TestValue.Formula.class, value(test, "Account.Industry"));
        TestExpectation.Violations violations = (TestExpectation.Violations) test.expectations().get(0);
        assertEquals("Industry_Needed", violations.requirements().get(0).name());
        TestExpectation.Route route = (TestExpectation.Route) test.expectations().get(1);
        assertEquals("Approval_Queue", route.routing().name());
        assertEquals(OptionalInt.of(1), route.entry());
        assertEquals(Set.of(AssignmentTarget.QUEUE, AssignmentTarget.PRIORITY), route.outcome().keySet());
    }

    @Test
    void anEmptyProgramChecksToEmptyRules() {
        CheckResult result = Checker.check(new Program(List.of()));
        assertEquals(List.of(), result.diagnostics());
        assertEquals(Month.JANUARY, result.rules().fiscalYearStart());
        assertTrue(result.rules().objects().isEmpty());
    }

    private static TestValue value(RuleTest test, String field) {
        return test.given().stream().filter(g -> g.field().text().equals(field)).findFirst().orElseThrow().value();
    }

    private static void collect(Expr expr, List<Expr> out) {
        out.add(expr);
        if (expr instanceof Expr.Unary unary) {
            collect(unary.operand(), out);
        } else if (expr instanceof Expr.Binary binary) {
            collect(binary.left(), out);
            collect(binary.right(), out);
        } else if (expr instanceof Expr.Call call) {
            call.arguments().forEach(a -> collect(a, out));
        }
    }
}

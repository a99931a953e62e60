package io.stage7.eval.interp;

import io.stage7.ast.Decl;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What requirements and routing sets do with the values of their formulas. */
class RuleSemanticsTest {

    private static final EvalContext CLOCK = EvalContext.at(Instant.parse("2026-03-10T10:00:00Z"));

    @Test
    void aRequirementFiresOnlyWhenItsConditionIsTrue() {
        Snippet s = Snippet.of("""
                requirement Big on O { error when N > 5 message "big" field N }
                requirement Flagged on O { warning when B message "flagged" }
                """);
        assertEquals(List.of(), names(s.interpreter.evaluate(s.record().set("N", BigDecimal.ONE).build(), CLOCK)));
        // A blank N makes N > 5 blank, and a blank condition does not fire.
        Decision blank = s.interpreter.evaluate(s.record().build(), CLOCK);
        assertEquals(List.of(), blank.violations());
        assertEquals(List.of(), blank.failures());
        Decision both = s.interpreter.evaluate(s.record().set("N", BigDecimal.TEN).set("B", true).build(), CLOCK);
        assertEquals(List.of(new Violation("Big", Decl.RuleSeverity.ERROR, "big", Optional.of("N")),
                new Violation("Flagged", Decl.RuleSeverity.WARNING, "flagged", Optional.empty())), both.violations());
    }

    @Test
    void anInactiveRequirementIsNeitherFiredNorEvaluated() {
        Snippet s = Snippet.of("""
                requirement Off on O { active false error when TRUE message "never" }
                requirement Broken_But_Off on O { active false error when 1 / 0 > 0 message "never" }
                """);
        Decision decision = s.interpreter.evaluate(s.record().build(), CLOCK);
        assertEquals(List.of(), decision.violations());
        assertEquals(List.of(), decision.failures());
    }

    @Test
    void aRuntimeErrorFailsItsRuleAndEvaluationGoesOn() {
        Snippet s = Snippet.of("""
                requirement First on O { error when TRUE message "1" }
                requirement Divides on O { error when 100 / N > 1 message "2" }
                requirement Last on O { error when TRUE message "3" }
                """);
        Decision decision = s.interpreter.evaluate(s.record().set("N", BigDecimal.ZERO).build(), CLOCK);
        assertEquals(List.of("First", "Last"), names(decision));
        assertEquals(List.of(new RuleFailure("Divides", "#Error! Division by zero")), decision.failures());
    }

    @Test
    void theFirstMatchingEntryWinsAndLaterEntriesAreNotEvaluated() {
        Snippet s = Snippet.of("""
                routing R on O {
                  when N > 100 assign queue = "Big", region = "EMEA", priority = 1
                  when ISPICKVAL(PL, "A") assign queue = "A", region = "EMEA", complexity = "complex"
                  when 1 / 0 > 0 assign queue = "never", region = "EMEA"
                  otherwise assign queue = "Rest", region = "AMER", priority = 3
                }
                """);
        Route a = s.interpreter.evaluate(s.record().set("PL", "A").build(), CLOCK).route("R").orElseThrow();
        assertEquals(new Route("R", 2, "A", "EMEA", Optional.empty(), Optional.of("complex"), Optional.empty()), a);
        Route big = s.interpreter.evaluate(s.record().set("N", new BigDecimal("101")).build(), CLOCK)
                .route("R").orElseThrow();
        assertEquals(1, big.entry());
        assertEquals(0, big.priority().orElseThrow().compareTo(BigDecimal.ONE));
        // N blank: entry 1 is blank, not TRUE; PL blank: entry 2 is FALSE; entry 3 fails.
        Decision failed = s.interpreter.evaluate(s.record().build(), CLOCK);
        assertEquals(List.of(), failed.routes());
        assertEquals(List.of(new RuleFailure("R", "entry 3: #Error! Division by zero")), failed.failures());
    }

    @Test
    void otherwiseMatchesAndOptionalAssignmentsMayBeBlank() {
        Snippet s = Snippet.of("""
                routing R on O {
                  otherwise assign queue = "Q", region = "EMEA", priority = N, complexity = T, not_before = DT + 1
                }
                """);
        Decision blank = s.interpreter.evaluate(s.record().build(), CLOCK);
        assertEquals(List.of(new Route("R", 1, "Q", "EMEA", Optional.empty(), Optional.empty(), Optional.empty())),
                blank.routes());
        Decision set = s.interpreter.evaluate(s.record().set("N", BigDecimal.ONE).set("T", "standard")
                .set("DT", Instant.parse("2026-03-10T10:00:00Z")).build(), CLOCK);
        assertEquals(Optional.of(Instant.parse("2026-03-11T10:00:00Z")), set.routes().get(0).notBefore());
        assertEquals(Optional.of("standard"), set.routes().get(0).complexity());
    }

    @Test
    void aBlankQueueOrRegionOrNoMatchIsAFailure() {
        Snippet s = Snippet.of("""
                routing Queue on O {
                  when B assign queue = T, region = "EMEA"
                  when N > 0 assign queue = "Q", region = IF(N > 1, "EMEA", NULL)
                }
                routing Other_Set on O { otherwise assign queue = "Q", region = "AMER" }
                """);
        assertEquals(List.of(new RuleFailure("Queue", "entry 1 assigned a blank queue")),
                s.interpreter.evaluate(s.record().set("B", true).build(), CLOCK).failures());
        assertEquals(List.of(new RuleFailure("Queue", "entry 2 assigned a blank region")),
                s.interpreter.evaluate(s.record().set("N", BigDecimal.ONE).build(), CLOCK).failures());
        Decision none = s.interpreter.evaluate(s.record().build(), CLOCK);
        assertEquals(List.of(new RuleFailure("Queue", "no entry matched")), none.failures());
        assertEquals(List.of("Other_Set"), none.routes().stream().map(Route::routing).toList());
    }

    @Test
    void anErrorInAnAssignmentFailsTheRoutingSet() {
        Snippet s = Snippet.of("""
                routing R on O { otherwise assign queue = "Q", region = "EMEA", priority = 1 / N }
                """);
        Decision decision = s.interpreter.evaluate(s.record().set("N", BigDecimal.ZERO).build(), CLOCK);
        assertEquals(List.of(), decision.routes());
        assertEquals(List.of(new RuleFailure("R", "entry 1, priority: #Error! Division by zero")), decision.failures());
    }

    @Test
    void aRecordIsJudgedOnlyByTheRulesOfItsObject() {
        Snippet s = Snippet.of("""
                requirement On_O on O { error when TRUE message "o" }
                requirement On_Other on Other { error when X > 1 message "other" }
                routing R on O { otherwise assign queue = "Q", region = "EMEA" }
                """);
        DataRecord other = DataRecord.builder(s.interpreter.recordType("other")).id("x").set("X", BigDecimal.TEN).build();
        Decision decision = s.interpreter.evaluate(other, CLOCK);
        assertEquals(new Decision("x", List.of(new Violation("On_Other", Decl.RuleSeverity.ERROR, "other",
                Optional.empty())), List.of(), List.of()), decision);
        assertThrows(IllegalArgumentException.class, () -> s.interpreter.recordType("Nothing"));
    }

    @Test
    void oneInterpreterGivesTheSameDecisionsOnSeveralThreads() throws Exception {
        ShippedRules shipped = ShippedRules.load();
        List<DataRecord> records = new ArrayList<>();
        List<EvalContext> clocks = new ArrayList<>();
        shipped.rules.tests().forEach(test -> {
            records.add(shipped.record(test));
            clocks.add(shipped.clock(test));
        });
        List<Decision> expected = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            expected.add(shipped.interpreter.evaluate(records.get(i), clocks.get(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Decision>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<Decision> decisions = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        decisions.clear();
                        for (int i = 0; i < records.size(); i++) {
                            decisions.add(shipped.interpreter.evaluate(records.get(i), clocks.get(i)));
                        }
                    }
                    return decisions;
                }));
            }
            for (Future<List<Decision>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> names(Decision decision) {
        return decision.violations().stream().map(Violation::requirement).toList();
    }
}

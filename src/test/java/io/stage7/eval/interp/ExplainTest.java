package io.stage7.eval.interp;

import io.stage7.testing.Golden;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.functions.PicklistFunctions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code explain}: the value of every sub-expression, what was not evaluated, and where errors happen. */
class ExplainTest {

    private static final Path GOLDEN = Path.of("src/test/resources/eval/explain");
    private static final EvalContext CLOCK = EvalContext.at(Instant.parse("2026-03-10T10:00:00Z"));

    /** The rendering of a realistic record on the shipped rules, pinned in a golden file. */
    @Test
    void rendersEveryRuleOfTheShippedRulesIndentedLikeTheFormula() throws IOException {
        ShippedRules shipped = ShippedRules.load();
        DataRecord deal = DataRecord.builder(shipped.interpreter.recordType("Opportunity")).id("006-dunmore")
                .set("Name", "Dunmore Logistics - Enterprise").set("Region", "EMEA").set("StageName", "7 - Closing")
                .set("Amount", new BigDecimal("650000")).set("Discount", new BigDecimal("0.30"))
                .set("CloseDate", LocalDate.of(2026, 4, 30)).set("SubmittedAt", Instant.parse("2026-04-29T16:45:00Z"))
                .set("Products", PicklistFunctions.multiPicklist("SaaS;Services"))
                .set("Term_Months__c", new BigDecimal("36")).set("Payment_Terms__c", "Net 60")
                .set("Order_Form_Signed__c", true).set("Order_Form_Signed_Date__c", LocalDate.of(2026, 4, 28))
                .set("PO_Required__c", true).set("PO_Number__c", " ")
                .set("Bill_To_Contact_Name__c", "Aoife Byrne").set("Bill_To_Contact_Email__c", "ap@dunmore")
                .set("Non_Standard_Terms__c", true).set("Legal_Approved__c", true)
                .set("Escalated__c", true).set("Escalation_Reason__c", "Quarter end")
                .set("Account", "001-dunmore").set("Account.Requires_PO__c", true)
                .build();
        Explanation explanation = shipped.interpreter.explain(deal, EvalContext.at(Instant.parse("2026-04-29T17:00:00Z")));
        assertGolden("shipped-rules.txt", explanation.render());
        assertEquals(shipped.interpreter.evaluate(deal, explanation.context()), explanation.decision());
    }

    @Test
    void theUntakenBranchOfIfAndCaseIsNotEvaluated() {
        Snippet s = Snippet.of("""
                requirement R on O { error when IF(B, N > 1, 1 / 0 > 1) || CASE(PL, "A", 1, "B", 1 / 0, 3) = 1 message "m" }
                """);
        Explanation explanation = s.interpreter.explain(s.record().set("B", true).set("N", BigDecimal.TEN)
                .set("PL", "A").build(), CLOCK);
        ExplainedNode condition = explanation.requirement("R").orElseThrow().condition().orElseThrow();
        assertEquals("IF(B, N > 1, 1 / 0 > 1) || CASE(PL, \"A\", 1, \"B\", 1 / 0, 3) = 1", condition.source());
        ExplainedNode ifCall = condition.children().get(0);
        assertEquals(Optional.of("TRUE"), ifCall.value());
        assertEquals(List.of(true, true, false), ifCall.children().stream().map(ExplainedNode::evaluated).toList());
        // || short-circuits on TRUE: the CASE is not evaluated, nor anything in it.
        ExplainedNode right = condition.children().get(1);
        assertFalse(right.evaluated());
        assertFalse(right.children().get(0).children().get(4).evaluated());
        assertEquals("""
                R (error) FIRED: "m"
                  IF(B, N > 1, 1 / 0 > 1) || CASE(PL, "A", 1, "B", 1 / 0, 3) = 1  = TRUE
                    IF(B, N > 1, 1 / 0 > 1)  = TRUE
                      B  = TRUE
                      N > 1  = TRUE
                        N  = 10
                      1 / 0 > 1  (not evaluated)
                    CASE(PL, "A", 1, "B", 1 / 0, 3) = 1  (not evaluated)
                """, explanation.requirement("R").orElseThrow().render());

        Explanation caseB = s.interpreter.explain(s.record().set("PL", "B").build(), CLOCK);
        assertEquals("""
                R (error) FAILED: #Error! Division by zero
                  IF(B, N > 1, 1 / 0 > 1) || CASE(PL, "A", 1, "B", 1 / 0, 3) = 1  = #Error!
                    IF(B, N > 1, 1 / 0 > 1)  = #Error!
                      B  = FALSE
                      N > 1  (not evaluated)
                      1 / 0 > 1  = #Error!
                        1 / 0  = #Error! Division by zero
                    CASE(PL, "A", 1, "B", 1 / 0, 3) = 1  (not evaluated)
                """, caseB.requirement("R").orElseThrow().render());
        ExplainedNode division = caseB.requirement("R").orElseThrow().condition().orElseThrow()
                .children().get(0).children().get(2).children().get(0);
        assertTrue(division.raisedHere());
        assertEquals(Optional.of("#Error! Division by zero"), division.error());
    }

    @Test
    void routingShowsEachEntryUpToTheMatchAndTheMatchingAssignments() {
        Snippet s = Snippet.of("""
                routing R on O {
                  when N > 100 assign queue = "Big", region = "EMEA", priority = 1
                  when ISPICKVAL(PL, "A") assign queue = "A " & T, region = "EMEA", complexity = "complex"
                  otherwise assign queue = "Rest", region = "AMER", priority = 3
                }
                requirement Off on O { active false error when TRUE message "never" }
                """);
        Explanation explanation = s.interpreter.explain(s.record().set("PL", "A").set("T", "team").build(), CLOCK);
        assertEquals("""
                O o-1 at 2026-03-10T10:00:00Z: 0 violations, 1 route, 0 failures

                Off (error) inactive, not evaluated

                R routed: entry 2: queue "A team", region "EMEA", complexity "complex"
                  entry 1 not matched
                    N > 100  = BLANK
                      N  = BLANK
                  entry 2 MATCHED
                    ISPICKVAL(PL, "A")  = TRUE
                      PL  = "A"
                    queue = "A " & T  = "A team"
                      T  = "team"
                    region = "EMEA"  = "EMEA"
                    complexity = "complex"  = "complex"
                  otherwise (entry 3) not reached
                """, explanation.render());
        ExplainedRouting routing = explanation.routing("R").orElseThrow();
        assertEquals(List.of(ExplainedRouting.Outcome.NOT_MATCHED, ExplainedRouting.Outcome.MATCHED,
                ExplainedRouting.Outcome.NOT_REACHED), routing.entries().stream().map(ExplainedRouting.Entry::outcome).toList());
        assertTrue(routing.entries().get(2).isOtherwise());
    }

    @Test
    void aFailedRoutingSetSaysWhy() {
        Snippet s = Snippet.of("""
                routing R on O { when B assign queue = T, region = "EMEA" }
                """);
        Explanation explanation = s.interpreter.explain(s.record().set("B", true).build(), CLOCK);
        assertEquals("""
                R FAILED: entry 1 assigned a blank queue
                  entry 1 MATCHED
                    B  = TRUE
                    queue = T  = BLANK
                    region = "EMEA"  = "EMEA"
                """, explanation.routing("R").orElseThrow().render());
        assertEquals(Optional.of("no entry matched"),
                s.interpreter.explain(s.record().build(), CLOCK).routing("R").orElseThrow().failure());
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Golden.assertMatches(GOLDEN.resolve(name), actual, "the explanation pinned in " + GOLDEN.resolve(name));
    }
}

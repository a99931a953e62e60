package io.stage7;

import io.stage7.testing.Fixtures;
import io.stage7.eval.Decision;
import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Outcome;
import io.stage7.eval.Route;
import io.stage7.eval.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedding API as the README shows it: keep the two in step. */
class RulesApiTest {

    @Test
    void theReadmeExample() {
        // --- README: "Embed the evaluator" ---
        Rules.Loaded loaded = Rules.load(Fixtures.RULES);
        if (loaded.hasErrors()) {
            System.err.print(loaded.render());   // every problem, as `stage7 check` prints it
            throw new IllegalStateException("the rules have errors");
        }
        Rules rules = loaded.rules().orElseThrow();   // compile once; share it between threads

        DataRecord opportunity = rules.newRecord("Opportunity")
                .id("OPP-0042")
                .set("Region", "EMEA")
                .set("StageName", "7 - Closing")
                .set("Amount", new BigDecimal("120000"))
                .set("CloseDate", LocalDate.of(2026, 4, 17))
                .set("SubmittedAt", Instant.parse("2026-03-10T10:00:00Z"))
                .set("Order_Form_Signed__c", true)
                .set("Order_Form_Signed_Date__c", LocalDate.of(2026, 3, 9))
                .build();

        Decision decision = rules.evaluate(opportunity, Instant.parse("2026-03-10T10:00:00Z"));
        for (Violation violation : decision.violations()) {
            System.out.println(violation.requirement() + ": " + violation.message());
        }
        Route route = decision.route("Approval_Queue").orElseThrow();
        System.out.println(route.queue() + ", priority " + route.priority().orElseThrow());
        // --- end of the README example ---

        assertEquals(List.of("Bill_To_Contact_Required"),
                decision.violations().stream().map(Violation::requirement).toList());
        assertEquals("EMEA Standard", route.queue());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(route.priority().orElseThrow()));
    }

    @Test
    void theReadmeOutcomeExampleCountsWithoutADecision() {
        Rules rules = Rules.load(Fixtures.RULES).rules().orElseThrow();
        DataRecord opportunity = rules.newRecord("Opportunity").id("OPP-0042").set("Region", "EMEA")
                .set("StageName", "7 - Closing").set("Amount", new BigDecimal("120000"))
                .set("CloseDate", LocalDate.of(2026, 4, 17)).set("SubmittedAt", Instant.parse("2026-03-10T10:00:00Z"))
                .set("Order_Form_Signed__c", true).set("Order_Form_Signed_Date__c", LocalDate.of(2026, 3, 9)).build();
        Instant now = Instant.parse("2026-03-10T10:00:00Z");
        List<String> fired = new java.util.ArrayList<>();
        // --- README: the Outcome example ---
        Outcome outcome = new Outcome();                 // one per thread
        rules.evaluator().evaluate(opportunity, EvalContext.at(now), outcome);
        for (int i = outcome.nextFired(0); i >= 0; i = outcome.nextFired(i + 1)) {
            fired.add(outcome.rules().requirements().get(i).requirement());
        }
        int entry = outcome.routeEntry(outcome.rules().routingNumber("Approval_Queue"));   // 0: the set failed
        // --- end of the README example ---
        Decision decision = rules.evaluate(opportunity, now);
        assertEquals(decision.violations().stream().map(Violation::requirement).toList(), fired);
        assertEquals(decision.route("Approval_Queue").orElseThrow().entry(), entry);
        assertEquals(decision, outcome.decision());
    }

    @Test
    void badRulesComeBackAsDiagnosticsNotExceptions(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.rules"), "object O {\n  Amount Currency\n}\n"
                + "requirement R on O {\n  error when Amout > 1\n  message \"m\"\n}\n");
        Rules.Loaded loaded = Rules.load(dir);
        assertTrue(loaded.hasErrors());
        assertTrue(loaded.rules().isEmpty());
        assertTrue(loaded.render().contains("unknown field 'Amout' on O; did you mean 'Amount'?"), loaded.render());
        assertTrue(loaded.render().endsWith("checked 1 file: 1 error, 0 warnings\n"), loaded.render());
    }

    @Test
    void anUpdateIsEvaluatedAgainstItsPriorVersion(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("deal.rules"), """
                object Deal {
                  Stage   Picklist("Draft", "Submitted")
                  Amount  Currency
                }
                object Note {
                  Amount  Currency
                }
                requirement Amount_Rose_After_Submission on Deal {
                  error when NOT(ISNEW()) && ISPICKVAL(PRIORVALUE(Stage), "Submitted") && Amount > PRIORVALUE(Amount)
                  message "The amount may not rise once approval was requested."
                }
                """);
        Rules rules = Rules.load(dir).rules().orElseThrow();
        Instant now = Instant.parse("2026-03-10T10:00:00Z");
        DataRecord before = rules.newRecord("Deal").id("D-1").set("Stage", "Submitted")
                .set("Amount", new BigDecimal("1000")).build();
        DataRecord raised = rules.newRecord("Deal").id("D-1").set("Stage", "Submitted")
                .set("Amount", new BigDecimal("1500")).build();

        assertEquals(List.of(), rules.evaluate(raised, now).violations(), "a new record: ISNEW() is TRUE");
        assertEquals(List.of("Amount_Rose_After_Submission"), rules.evaluate(raised, before, now).violations()
                .stream().map(Violation::requirement).toList());
        assertEquals(List.of(), rules.evaluate(before, raised, now).violations(), "the amount fell");
        assertEquals("Amount_Rose_After_Submission", rules.explain(raised,
                io.stage7.eval.EvalContext.at(now).withPrior(before)).decision().violations().get(0).requirement());

        DataRecord note = rules.newRecord("Note").id("D-1").build();
        DataRecord other = rules.newRecord("Deal").id("D-2").build();
        IllegalArgumentException wrongObject = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> rules.evaluate(raised, note, now));
        assertTrue(wrongObject.getMessage().startsWith("the prior version of D-1 is laid out as RecordType[Note"),
                wrongObject.getMessage());
        IllegalArgumentException wrongId = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> rules.evaluate(raised, other, now));
        assertEquals("the prior version of D-1 has another id, D-2", wrongId.getMessage());
    }
}

package io.stage7;

import io.stage7.testing.Fixtures;
import io.stage7.eval.Decision;
import io.stage7.eval.DataRecord;
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
    void badRulesComeBackAsDiagnosticsNotExceptions(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.rules"), "object O {\n  Amount Currency\n}\n"
                + "requirement R on O {\n  error when Amout > 1\n  message \"m\"\n}\n");
        Rules.Loaded loaded = Rules.load(dir);
        assertTrue(loaded.hasErrors());
        assertTrue(loaded.rules().isEmpty());
        assertTrue(loaded.render().contains("unknown field 'Amout' on O; did you mean 'Amount'?"), loaded.render());
        assertTrue(loaded.render().endsWith("checked 1 file: 1 error, 0 warnings\n"), loaded.render());
    }
}

package io.stage7.eval.interp;

import io.stage7.check.AssignmentTarget;
import io.stage7.check.Requirement;
import io.stage7.check.RuleTest;
import io.stage7.check.TestExpectation;
import io.stage7.check.TestValue;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;
import io.stage7.eval.Route;
import io.stage7.eval.Violation;
import io.stage7.functions.PicklistFunctions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interpreter on the team's rules: their own tests pass, and realistic records evaluate without failures. */
class ShippedRulesTest {

    private static final EvalContext MID_MARCH = EvalContext.at(Instant.parse("2026-03-10T17:00:00Z"));

    @TestFactory
    Stream<DynamicTest> theShippedTestBlocksPass() {
        ShippedRules shipped = ShippedRules.load();
        assertTrue(shipped.rules.tests().size() >= 50, "expected the shipped tests, found " + shipped.rules.tests().size());
        return shipped.rules.tests().stream().map(test -> DynamicTest.dynamicTest(test.title(), () -> {
            DataRecord record = shipped.record(test);
            EvalContext clock = shipped.clock(test);
            Decision decision = shipped.interpreter.evaluate(record, clock);
            assertEquals(List.of(), decision.failures(), test.title());
            for (TestExpectation expectation : test.expectations()) {
                check(shipped, expectation, decision, clock, test);
            }
        }));
    }

    private static void check(ShippedRules shipped, TestExpectation expectation, Decision decision, EvalContext clock,
                              RuleTest test) {
        Set<String> fired = decision.violations().stream().map(Violation::requirement)
                .collect(Collectors.toCollection(TreeSet::new));
        if (expectation instanceof TestExpectation.NoViolations) {
            assertEquals(Set.of(), fired, test.title());
        } else if (expectation instanceof TestExpectation.Violations violations) {
            assertEquals(violations.requirements().stream().map(Requirement::name)
                    .collect(Collectors.toCollection(TreeSet::new)), fired, test.title());
        } else {
            TestExpectation.Route expected = (TestExpectation.Route) expectation;
            Route route = decision.route(expected.routing().name()).orElseThrow(() -> new AssertionError(
                    test.title() + ": no route from " + expected.routing().name()));
            expected.entry().ifPresent(entry -> assertEquals(entry, route.entry(), test.title()));
            for (Map.Entry<AssignmentTarget, TestValue> outcome : expected.outcome().entrySet()) {
                Object want = shipped.value(outcome.getValue(), clock);
                Object got = switch (outcome.getKey()) {
                    case QUEUE -> route.queue();
                    case REGION -> route.region();
                    case PRIORITY -> route.priority().orElse(null);
                    case COMPLEXITY -> route.complexity().orElse(null);
                    case NOT_BEFORE -> route.notBefore().orElse(null);
                };
                assertEquals(FormulaValues.literal(want), FormulaValues.literal(got),
                        test.title() + ": " + outcome.getKey().keyword());
            }
        }
    }

    @Test
    void aCompleteEmeaDealHasNoViolationsAndRoutesStandard() {
        ShippedRules shipped = ShippedRules.load();
        DataRecord deal = opportunity(shipped).id("006-complete").build();
        Decision decision = shipped.interpreter.evaluate(deal, MID_MARCH);
        assertEquals(List.of(), decision.failures());
        assertEquals(List.of(), decision.violations());
        Route route = decision.route("Approval_Queue").orElseThrow();
        assertEquals(new Route("Approval_Queue", 4, "EMEA Standard", "EMEA", Optional.of(new BigDecimal("3")),
                Optional.of("standard"), Optional.empty()).toString(), route.toString());
    }

    @Test
    void anIncompleteDealFiresItsRequirementsInDeclarationOrder() {
        ShippedRules shipped = ShippedRules.load();
        DataRecord deal = opportunity(shipped).id("006-incomplete")
                .set("Order_Form_Signed__c", false).set("PO_Required__c", true).set("PO_Number__c", "  ")
                .set("Bill_To_Contact_Email__c", "not-an-email").set("Discount", new BigDecimal("0.30"))
                .set("Amount", new BigDecimal("650000")).build();
        Decision decision = shipped.interpreter.evaluate(deal, MID_MARCH);
        assertEquals(List.of(), decision.failures());
        assertEquals(List.of("Order_Form_Signed", "PO_Number_Required", "Bill_To_Email_Format",
                "Discount_Approval_Required"), decision.violations().stream().map(Violation::requirement).toList());
        assertEquals("EMEA Complex", decision.route("Approval_Queue").orElseThrow().queue());
    }

    @Test
    void aRecordWithEveryFieldBlankEvaluatesWithoutFailures() {
        ShippedRules shipped = ShippedRules.load();
        for (String object : List.of("Opportunity", "Case", "Account")) {
            DataRecord blank = DataRecord.builder(shipped.interpreter.recordType(object)).id("blank").build();
            Decision decision = shipped.interpreter.evaluate(blank, MID_MARCH);
            assertEquals(List.of(), decision.failures(), object);
        }
        DataRecord blank = DataRecord.builder(shipped.interpreter.recordType("Opportunity")).id("blank").build();
        Decision decision = shipped.interpreter.evaluate(blank, MID_MARCH);
        // Only a stage makes most requirements apply; a blank Region is served by AMER.
        assertEquals(List.of(), decision.violations());
        assertEquals("AMER Standard", decision.route("Approval_Queue").orElseThrow().queue());
    }

    @Test
    void aLatamRampDealAtQuarterEndIsComplexAndServedByAmer() {
        ShippedRules shipped = ShippedRules.load();
        DataRecord deal = opportunity(shipped).id("006-latam").set("Region", "LATAM").set("Ramp_Deal__c", true)
                .set("Ramp_Schedule__c", "Y1 100000; Y2 150000; Y3 200000").set("Term_Months__c", new BigDecimal("36"))
                .set("SubmittedAt", Instant.parse("2026-04-29T16:00:00Z")).set("CloseDate", LocalDate.of(2026, 4, 30))
                .build();
        EvalContext quarterEnd = EvalContext.at(Instant.parse("2026-04-29T16:00:00Z"));
        Decision decision = shipped.interpreter.evaluate(deal, quarterEnd);
        assertEquals(List.of(), decision.failures());
        assertEquals(List.of(), decision.violations());
        Route route = decision.route("Approval_Queue").orElseThrow();
        assertEquals(List.of(1, "AMER Complex", "AMER", "1", "complex"), List.of(route.entry(), route.queue(),
                route.region(), route.priority().orElseThrow().toPlainString(), route.complexity().orElseThrow()));
    }

    /** A complete EMEA deal, submitted on Tuesday 10 March 2026 at 11:00 in Dublin (GMT), in business hours. */
    private static RecordBuilder opportunity(ShippedRules shipped) {
        return DataRecord.builder(shipped.interpreter.recordType("Opportunity"))
                .set("Name", "Dunmore Logistics - SaaS").set("Type", "New Business").set("Region", "EMEA")
                .set("StageName", "7 - Closing").set("Amount", new BigDecimal("48000"))
                .set("Discount", new BigDecimal("0.10")).set("CloseDate", LocalDate.of(2026, 3, 31))
                .set("SubmittedAt", Instant.parse("2026-03-10T11:00:00Z"))
                .set("Products", PicklistFunctions.multiPicklist("SaaS;Support"))
                .set("Term_Months__c", new BigDecimal("12")).set("Payment_Terms__c", "Net 30")
                .set("Order_Form_Signed__c", true).set("Order_Form_Signed_Date__c", LocalDate.of(2026, 3, 9))
                .set("Bill_To_Contact_Name__c", "Aoife Byrne").set("Bill_To_Contact_Email__c", "ap@dunmore.example")
                .set("Account", "001-dunmore").set("Account.Name", "Dunmore Logistics");
    }
}

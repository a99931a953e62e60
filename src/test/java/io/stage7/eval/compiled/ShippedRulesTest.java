package io.stage7.eval.compiled;

import io.stage7.ast.Decl;
import io.stage7.check.AssignmentTarget;
import io.stage7.check.CheckedRules;
import io.stage7.check.Requirement;
import io.stage7.check.RuleTest;
import io.stage7.check.TestExpectation;
import io.stage7.check.TestValue;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;
import io.stage7.eval.interp.Interpreter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compiled evaluator on the team's shipped rules: their own tests, and hand-built opportunities. */
class ShippedRulesTest {
    private static CheckedRules rules;
    private static RuleSet ruleSet;

    @BeforeAll
    static void compile() {
        rules = Rules.load(Rules.SHIPPED);
        ruleSet = RuleSet.compile(rules);
    }

    @TestFactory
    Stream<DynamicTest> everyShippedRulesTestPassesCompiled() {
        assertFalse(rules.tests().isEmpty(), "the shipped rules have tests");
        return rules.tests().stream().map(test -> DynamicTest.dynamicTest(test.title(), () -> check(test)));
    }

    private void check(RuleTest test) {
        RecordType type = ruleSet.recordType(test.object().name());
        DataRecord record = Rules.record(rules, type, test);
        Decision decision = ruleSet.evaluate(record, Rules.context(test));
        for (TestExpectation expectation : test.expectations()) {
            if (expectation instanceof TestExpectation.NoViolations) {
                assertEquals(List.of(), names(decision), "violations");
            } else if (expectation instanceof TestExpectation.Violations expected) {
                assertEquals(expected.requirements().stream().map(Requirement::name).sorted().toList(),
                        names(decision).stream().sorted().toList(), "violations");
            } else {
                TestExpectation.Route expected = (TestExpectation.Route) expectation;
                Route route = decision.route(expected.routing().name()).orElseThrow(() -> new AssertionError(
                        "no route for " + expected.routing().name() + ": " + decision.failures()));
                expected.entry().ifPresent(entry -> assertEquals(entry, route.entry(), "entry"));
                ExprCompiler constants = new ExprCompiler(rules, type, PolicyRuntime.of(rules));
                for (Map.Entry<AssignmentTarget, TestValue> outcome : expected.outcome().entrySet()) {
                    Object value = constants.value(((TestValue.Formula) outcome.getValue()).expr())
                            .eval(null, Rules.context(test));
                    assertEquals(normalized(value), normalized(assigned(route, outcome.getKey())),
                            outcome.getKey().keyword());
                }
            }
        }
    }

    private static Object assigned(Route route, AssignmentTarget target) {
        switch (target) {
            case QUEUE:
                return route.queue();
            case REGION:
                return route.region();
            case PRIORITY:
                return route.priority().orElse(null);
            case COMPLEXITY:
                return route.complexity().orElse(null);
            default:
                return route.notBefore().orElse(null);
        }
    }

    private static Object normalized(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros() : value;
    }

    private static List<String> names(Decision decision) {
        return decision.violations().stream().map(Violation::requirement).toList();
    }

    @Test
    void theInterpreterDecidesEveryShippedTestRecordAsTheCompiledRulesDo() {
        Interpreter interpreter = Interpreter.of(rules);
        for (RuleTest test : rules.tests()) {
            DataRecord record = Rules.record(rules, ruleSet.recordType(test.object().name()), test);
            assertEquals(interpreter.evaluate(record, Rules.context(test)), ruleSet.evaluate(record, Rules.context(test)),
                    test.title());
        }
    }

    @Test
    void aCompleteEmeaDealOutsidePeriodEndHasNoViolationsAndGoesToEmeaStandard() {
        DataRecord record = opportunity("006-complete")
                .set("Name", "Dunmore Logistics - SaaS").set("Region", "EMEA").set("StageName", "7 - Closing")
                .set("Amount", new BigDecimal("42000")).set("CloseDate", LocalDate.parse("2026-03-20"))
                .set("SubmittedAt", Instant.parse("2026-03-10T10:00:00Z"))
                .set("Order_Form_Signed__c", true).set("Order_Form_Signed_Date__c", LocalDate.parse("2026-03-09"))
                .set("Bill_To_Contact_Name__c", "Aoife Byrne").set("Bill_To_Contact_Email__c", "ap@dunmore.example")
                .set("Payment_Terms__c", "Net 30").set("Products", new TreeSet<>(List.of("SaaS")))
                .build();
        Decision decision = ruleSet.evaluate(record, EvalContext.at(Instant.parse("2026-03-10T10:00:00Z")));
        assertEquals(new Decision("006-complete", List.of(),
                List.of(new Route("Approval_Queue", 4, "EMEA Standard", "EMEA", Optional.of(new BigDecimal("3")),
                        Optional.of("standard"), Optional.empty())), List.of()), decision);
    }

    @Test
    void anIncompleteLatamRampDealFiresEachMissingRequirementInDeclarationOrder() {
        DataRecord record = opportunity("006-ramp")
                .set("Name", "Andes Retail - Enterprise").set("Region", "LATAM").set("StageName", "7 - Closing")
                .set("Amount", new BigDecimal("260000")).set("CloseDate", LocalDate.parse("2026-03-31"))
                .set("SubmittedAt", Instant.parse("2026-03-10T16:00:00Z"))
                .set("Ramp_Deal__c", true).set("Term_Months__c", new BigDecimal("12"))
                .set("PO_Required__c", true).set("Products", new TreeSet<>(List.of("SaaS", "Services")))
                .build();
        Decision decision = ruleSet.evaluate(record, EvalContext.at(Instant.parse("2026-03-10T16:00:00Z")));
        assertEquals(List.of("Order_Form_Signed", "PO_Number_Required", "Bill_To_Contact_Required",
                "Ramp_Deal_Multi_Year", "Ramp_Schedule_Required", "Services_SOW_Required"), names(decision));
        Violation po = decision.violations().get(1);
        assertEquals(Decl.RuleSeverity.ERROR, po.severity());
        assertEquals(Optional.of("PO_Number__c"), po.field());
        assertEquals(rules.requirement("PO_Number_Required").orElseThrow().message(), po.message());
        assertEquals(List.of(new Route("Approval_Queue", 2, "AMER Complex", "AMER", Optional.of(new BigDecimal("2")),
                Optional.of("complex"), Optional.empty())), decision.routes());
        assertEquals(List.of(), decision.failures());
    }

    @Test
    void aBlankRecordFiresNothingAndRoutesToAmerStandard() {
        DataRecord record = opportunity("006-blank").build();
        Decision decision = ruleSet.evaluate(record, EvalContext.at(Instant.parse("2026-03-10T10:00:00Z")));
        assertEquals(new Decision("006-blank", List.of(),
                List.of(new Route("Approval_Queue", 4, "AMER Standard", "AMER", Optional.of(new BigDecimal("3")),
                        Optional.of("standard"), Optional.empty())), List.<RuleFailure>of()), decision);
    }

    @Test
    void inactiveRequirementsNeverFire() {
        assertFalse(rules.requirement("Support_Sold_With_Subscription").orElseThrow().active());
        DataRecord record = opportunity("006-support").set("StageName", "7 - Closing")
                .set("Products", new TreeSet<>(List.of("Support"))).build();
        Decision decision = ruleSet.evaluate(record, EvalContext.at(Instant.parse("2026-03-10T10:00:00Z")));
        assertFalse(names(decision).contains("Support_Sold_With_Subscription"));
        assertTrue(names(decision).contains("Region_Required"));
    }

    @Test
    void caseRecordsRouteByThePicklist() {
        RecordType type = ruleSet.recordType("case");
        List<String> queues = new ArrayList<>();
        for (String region : new String[] {"APAC", "EMEA", "AMER", "LATAM", null}) {
            DataRecord record = DataRecord.builder(type).id("c").set("Region", region).build();
            queues.add(ruleSet.evaluate(record, EvalContext.at(Instant.EPOCH)).routes().get(0).queue());
        }
        assertEquals(List.of("APAC Sales-Support", "EMEA Sales-Support", "AMER Sales-Support", "AMER Sales-Support",
                "AMER Sales-Support"), queues);
    }

    private static io.stage7.eval.RecordBuilder opportunity(String id) {
        return DataRecord.builder(ruleSet.recordType("Opportunity")).id(id);
    }
}

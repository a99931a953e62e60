package io.stage7.ruletest;

import io.stage7.ast.Decl;
import io.stage7.check.CheckedRules;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Evaluator;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;
import io.stage7.eval.Route;
import io.stage7.eval.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Opportunity rules of {@code eval-cli/rules/deals.rules} written by hand in Java, so the
 * runner can be tested on its own, independently of the evaluators.
 */
final class HandWrittenDeals implements Evaluator {
    private static final BigDecimal BIG = new BigDecimal("100000");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private final CheckedRules rules;

    HandWrittenDeals(CheckedRules rules) {
        this.rules = rules;
    }

    @Override
    public RecordType recordType(String object) {
        return RecordType.of(rules, rules.object(object).orElseThrow());
    }

    @Override
    public Decision evaluate(DataRecord record, EvalContext context) {
        List<Violation> violations = new ArrayList<>();
        if (Boolean.TRUE.equals(record.value("Account.Requires_PO__c")) && record.value("PO_Number__c") == null) {
            violations.add(new Violation("PO_Required", Decl.RuleSeverity.ERROR, "Add the customer's PO number.",
                    Optional.of("PO_Number__c")));
        }
        if (!Boolean.TRUE.equals(record.value("Signed__c"))) {
            violations.add(new Violation("Signed", Decl.RuleSeverity.ERROR, "Attach the signed order form.",
                    Optional.of("Signed__c")));
        }
        BigDecimal discount = (BigDecimal) record.value("Discount");
        if (discount != null && discount.compareTo(QUARTER) > 0) {
            violations.add(new Violation("Big_Discount", Decl.RuleSeverity.WARNING, "Discounts above 25% need approval.",
                    Optional.of("Discount")));
        }
        String region = (String) record.value("Region");
        String serving = region == null ? "AMER" : region;
        BigDecimal amount = (BigDecimal) record.value("Amount");
        Route route = amount != null && amount.compareTo(BIG) >= 0
                ? new Route("Queue", 1, (region == null ? "" : region) + " Complex", serving,
                        Optional.of(BigDecimal.ONE), Optional.of("complex"), Optional.empty())
                : new Route("Queue", 2, serving + " Standard", serving, Optional.of(new BigDecimal(3)),
                        Optional.of("standard"), Optional.empty());
        return new Decision(record.id(), violations, List.of(route), List.of());
    }
}

package io.stage7.sim.model;

import io.stage7.testing.Fixtures;
import io.stage7.calendar.PeriodKind;
import io.stage7.scenario.Coverage;
import io.stage7.scenario.FieldSpec;
import io.stage7.scenario.Scenario;
import io.stage7.sim.random.Bernoulli;
import io.stage7.sim.random.Categorical;
import io.stage7.sim.random.Distribution;
import io.stage7.sim.random.Distributions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A realistic quarter on the shipped rules ({@code rules/}), built in code until the scenario
 * files land: fiscal Q1 FY27 (February to April 2026, ending in an EoQ), AMER (with LATAM),
 * EMEA and APAC load with a business-hours profile and period-end surges, every Opportunity field
 * the requirements read drawn so that about one submission in six misses something, rework,
 * Billing, backlog coverage and Chatter.
 */
public final class QuarterScenario {

    private QuarterScenario() {
    }

    private static Distribution logNormal(double mean, double sd) {
        return Distributions.logNormalWithMeanAndSd(mean, sd).orElseThrow();
    }

    private static FieldSpec flag(double p) {
        return new FieldSpec.Flag(new Bernoulli(p), 0);
    }

    private static FieldSpec constant(String value) {
        return new FieldSpec.Constant(value, 0);
    }

    private static Map<String, FieldSpec> region(String region) {
        return Map.of("Region", constant(region));
    }

    public static Scenario build() {
        double[] intraday = new double[24];
        double[] weights = {0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 3, 4, 4, 4, 3, 4, 4, 4, 4.5, 3, 1.5, 0.8, 0.5, 0.4, 0.3, 0.2};
        System.arraycopy(weights, 0, intraday, 0, 24);
        TestDesks.Builder b = TestDesks.scenario(Fixtures.RULES).name("quarter")
                .horizon("2026-02-02T00:00:00Z", "2026-05-01T00:00:00Z").warmup(Duration.ofDays(7)).seed(2027)
                .region("AMER", 10, 14, 0.05).region("EMEA", 7, 10, 0.05).region("APAC", 4, 6, 0.05)
                .intraday(intraday)
                .periodEndMultiplier(PeriodKind.EOM, 1.5).periodEndMultiplier(PeriodKind.EOQ, 2.5)
                .periodEndMultiplier(PeriodKind.EOY, 3)
                .source("AMER", "AMER", 60, region("AMER"))
                .source("LATAM", "AMER", 15, region("LATAM"))
                .source("EMEA", "EMEA", 45, region("EMEA"))
                .source("APAC", "APAC", 25, region("APAC"))
                .field("Name", new FieldSpec.Template("Deal {seq} ({source})", 0))
                .field("Type", new FieldSpec.Choice(new Categorical<>(List.of("New Business", "Add-On Business", "Renewal"),
                        new double[]{0.4, 0.3, 0.3}), 0))
                .field("StageName", constant("7 - Closing"))
                .field("Amount", new FieldSpec.Numeric(logNormal(90_000, 150_000), 2, 0))
                .field("Discount", new FieldSpec.Numeric(Distributions.uniform(0, 0.3).orElseThrow(), 4, 0))
                .field("CloseDate", new FieldSpec.DaysFromSubmission(Distributions.uniform(0, 20).orElseThrow(), 0))
                .field("SubmittedAt", new FieldSpec.SubmissionTime(0))
                .field("Products", new FieldSpec.Multi(Map.of("SaaS", 0.7, "Self-Managed", 0.3, "Support", 0.2,
                        "Services", 0.15), 0))
                .field("Term_Months__c", new FieldSpec.Choice(new Categorical<>(List.of("12", "24", "36"),
                        new double[]{0.6, 0.2, 0.2}), 0))
                .field("Payment_Terms__c", new FieldSpec.Choice(new Categorical<>(List.of("Net 30", "Net 45", "Net 60"),
                        new double[]{0.9, 0.05, 0.05}), 0))
                .field("Order_Form_Signed__c", flag(0.98))
                .field("Order_Form_Signed_Date__c", new FieldSpec.DaysFromSubmission(Distributions.uniform(-10, 0).orElseThrow(), 0))
                .field("PO_Required__c", flag(0.3))
                .field("PO_Number__c", new FieldSpec.Template("PO-{seq}", 0.05))
                .field("Bill_To_Contact_Name__c", new FieldSpec.Template("Billing contact {seq}", 0.02))
                .field("Bill_To_Contact_Email__c", new FieldSpec.Template("billing{seq}@example.com", 0.02))
                .field("Non_Standard_Terms__c", flag(0.12))
                .field("Legal_Approved__c", flag(0.97))
                .field("Ramp_Deal__c", flag(0.05))
                .field("Ramp_Schedule__c", new FieldSpec.Template("Y1 100000; Y2 150000; Y3 200000", 0.05))
                .field("Services_SOW_Signed__c", flag(0.95))
                .field("Discount_Approved__c", flag(0.97))
                .field("Escalated__c", flag(0.04))
                .field("Escalation_Reason__c", new FieldSpec.Template("Customer needs the order booked before its budget freeze", 0.1))
                .field("Account.Requires_PO__c", flag(0.1))
                .field("Account.Credit_Hold__c", flag(0.003))
                .review("standard", logNormal(0.75, 0.5)).review("complex", logNormal(2, 1))
                .catchProbability(0.9).rework(logNormal(20, 15), 0.85).billing(logNormal(72, 24))
                .coverage(Coverage.Policy.BACKLOG, 15)
                .chatter(Map.of("AMER", 8.0, "EMEA", 6.0, "APAC", 4.0), logNormal(0.25, 0.15), 2);
        return b.build();
    }
}

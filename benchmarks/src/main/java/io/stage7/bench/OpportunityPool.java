package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;
import io.stage7.records.LoadedRecords;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A deterministic pool of {@link #SIZE} varied opportunities for the team rules: the shipped
 * sample {@code data/opportunities.jsonl}, then generated records (seeded) in which every field
 * is sometimes blank, sometimes wrong and mostly right, submissions fall across a whole fiscal
 * year (inside and outside support hours and period-end windows), and every active requirement
 * and every routing entry is exercised (the agreement test checks that).
 */
final class OpportunityPool {
    /** Records per pool: a benchmark operation is one record, and one invocation evaluates them all. */
    static final int SIZE = 1024;

    /** The evaluation clock: TODAY() is 12 March 2026 in GMT. */
    static final EvalContext CLOCK = EvalContext.at(Instant.parse("2026-03-12T15:00:00Z"));

    private static final String[] STAGES = {"1 - Discovery", "2 - Scoping", "3 - Technical Evaluation", "4 - Proposal",
        "5 - Negotiating", "6 - Awaiting Signature", "Closed Won", "Closed Lost"};
    private static final String[] REGIONS = {"APAC", "EMEA", "AMER", "LATAM"};
    private static final String[] TYPES = {"New Business", "Add-On Business", "Renewal"};
    private static final String[] INDUSTRIES = {"Technology", "Financial Services", "Healthcare", "Public Sector",
        "Education", "Retail", "Other"};
    private static final String[] PRODUCTS = {"SaaS", "Self-Managed", "Support", "Services", "Training"};
    private static final String[] LONGER_TERMS = {"Net 45", "Net 60", "Net 90"};
    private static final Instant FISCAL_YEAR_START = Instant.parse("2026-02-01T00:00:00Z");

    private OpportunityPool() {
    }

    static List<DataRecord> of(Rules rules) {
        LoadedRecords sample = rules.readRecords(Stage7Files.resolve("data/opportunities.jsonl"));
        if (!sample.isClean()) {
            throw new IllegalStateException("data/opportunities.jsonl has problems: " + sample.problems());
        }
        List<DataRecord> pool = new ArrayList<>(sample.records());
        SplittableRandom random = new SplittableRandom(20260312L);
        for (int n = pool.size(); n < SIZE; n++) {
            pool.add(generate(rules, n, random));
        }
        return List.copyOf(pool);
    }

    private static DataRecord generate(Rules rules, int n, SplittableRandom random) {
        RecordBuilder b = rules.newRecord("Opportunity").id(String.format("GEN-%04d", n));
        LocalDate today = LocalDate.of(2026, 3, 12);
        int account = random.nextInt(60);
        b.set("Name", "Generated deal " + n);
        b.set("Account", String.format("001GEN%04d", account));
        b.set("Account.Name", "Account " + account);
        b.set("Account.Industry", maybe(random, 0.05, pick(random, INDUSTRIES)));
        b.set("Account.Requires_PO__c", chance(random, 0.25));
        b.set("Account.Credit_Hold__c", chance(random, 0.04));
        b.set("Type", maybe(random, 0.05, pick(random, TYPES)));
        b.set("Region", maybe(random, 0.06, pick(random, REGIONS)));
        b.set("StageName", chance(random, 0.03) ? null : chance(random, 0.78) ? "7 - Closing" : pick(random, STAGES));
        b.set("Amount", amount(random));
        b.set("Discount", chance(random, 0.2) ? null : BigDecimal.valueOf(random.nextInt(41), 2));
        b.set("CloseDate", chance(random, 0.03) ? null : today.plusDays(random.nextInt(-20, 150)));
        b.set("SubmittedAt", chance(random, 0.05) ? null : submittedAt(random));
        b.set("Products", products(random));
        b.set("Term_Months__c", chance(random, 0.1) ? null : BigDecimal.valueOf(new int[] {6, 12, 12, 24, 36}[random.nextInt(5)]));
        b.set("Payment_Terms__c", chance(random, 0.1) ? null : chance(random, 0.75) ? "Net 30" : pick(random, LONGER_TERMS));
        boolean signed = chance(random, 0.85);
        b.set("Order_Form_Signed__c", signed);
        b.set("Order_Form_Signed_Date__c", chance(random, 0.05) ? null
                : today.plusDays(chance(random, 0.06) ? random.nextInt(1, 10) : -random.nextInt(0, 30)));
        b.set("PO_Required__c", chance(random, 0.15));
        b.set("PO_Number__c", chance(random, 0.3) ? null : chance(random, 0.08) ? " \t " : "PO-" + random.nextInt(100_000));
        b.set("Bill_To_Contact_Name__c", maybe(random, 0.06, "Contact " + n));
        b.set("Bill_To_Contact_Email__c", chance(random, 0.06) ? null
                : chance(random, 0.1) ? "ap at customer" + n : "ap" + n + "@customer" + account + ".example");
        boolean nonStandard = chance(random, 0.15);
        b.set("Non_Standard_Terms__c", nonStandard);
        b.set("Legal_Approved__c", nonStandard && chance(random, 0.7));
        boolean ramp = chance(random, 0.1);
        b.set("Ramp_Deal__c", ramp);
        b.set("Ramp_Schedule__c", ramp && chance(random, 0.7) ? "Y1 100000; Y2 150000; Y3 200000"
                : chance(random, 0.5) ? "  " : null);
        b.set("Services_SOW_Signed__c", chance(random, 0.7));
        b.set("Discount_Approved__c", chance(random, 0.5));
        boolean escalated = chance(random, 0.12);
        b.set("Escalated__c", escalated);
        b.set("Escalation_Reason__c", !escalated || chance(random, 0.3) ? null
                : chance(random, 0.4) ? "  urgent  " : "Customer's budget expires at their fiscal year end.");
        return b.build();
    }

    /** Mostly 5,000 to 2,000,000 (about 10% at 500,000 or more), sometimes blank, zero or negative. */
    private static BigDecimal amount(SplittableRandom random) {
        double u = random.nextDouble();
        if (u < 0.03) {
            return null;
        }
        if (u < 0.05) {
            return BigDecimal.valueOf(-random.nextInt(0, 1000));
        }
        double log = Math.log(5_000) + random.nextDouble() * (Math.log(2_000_000) - Math.log(5_000));
        return BigDecimal.valueOf(Math.round(Math.exp(log) * 100), 2);
    }

    /** Any minute of fiscal year 2027 (period-end windows and nights included). */
    private static Instant submittedAt(SplittableRandom random) {
        return FISCAL_YEAR_START.plus(Duration.ofMinutes(random.nextLong(365L * 24 * 60)));
    }

    private static TreeSet<String> products(SplittableRandom random) {
        TreeSet<String> chosen = new TreeSet<>();
        for (String product : PRODUCTS) {
            if (chance(random, 0.3)) {
                chosen.add(product);
            }
        }
        return chosen.isEmpty() ? null : chosen;
    }

    private static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }

    private static String maybe(SplittableRandom random, double blank, String value) {
        return chance(random, blank) ? null : value;
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

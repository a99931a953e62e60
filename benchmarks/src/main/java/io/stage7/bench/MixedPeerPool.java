package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Opportunities for the mixed peer set ({@code peers/mixed}): every stage, blanks in every field,
 * amounts and discounts on their thresholds, contract terms around 90 days, signatures around the
 * close date, VAT numbers, emails and partner codes that do and do not match their patterns.
 */
final class MixedPeerPool {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 28);
    private static final String[] STAGES = {"Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won",
        "Closed Lost"};
    private static final String[] COUNTRIES = {"Germany", "France", "Netherlands", "Spain", "Italy", "Ireland",
        "United Kingdom", "United States", "Japan", "germany"};
    private static final String[] PRODUCTS = {"Platform", "Analytics", "Storage", "Consulting", "Training"};

    private MixedPeerPool() {
    }

    static List<DataRecord> of(Rules rules) {
        PoolRandom random = new PoolRandom(11_2026L);
        List<DataRecord> pool = new ArrayList<>(PeerSet.SIZE);
        for (int n = 0; n < PeerSet.SIZE; n++) {
            pool.add(generate(rules.newRecord("Opportunity").id(String.format("MIX-%04d", n)), n, random));
        }
        return List.copyOf(pool);
    }

    private static DataRecord generate(RecordBuilder b, int n, PoolRandom random) {
        int account = random.between(0, 80);
        b.set("Name", "Peer deal " + n);
        b.set("Account", String.format("001MIX%04d", account));
        b.set("Account.Name", "Customer " + account);
        b.set("Account.Type", random.maybe(0.1, random.pick("Prospect", "Customer", "Partner", "Reseller")));
        b.set("Account.Credit_Limit__c", random.maybe(0.4, BigDecimal.valueOf(random.between(2, 400) * 5000L)));
        b.set("StageName", random.maybe(0.03, random.pick(STAGES)));
        b.set("Territory__c", random.maybe(0.05, random.pick("North America", "EMEA", "APAC")));
        b.set("Segment__c", random.maybe(0.05, random.pick("SMB", "Mid-Market", "Enterprise", "Strategic")));
        b.set("Amount", amount(random));
        b.set("Discount_Percent__c", random.chance(0.2) ? null
                : random.chance(0.15) ? new BigDecimal(random.pick("0.20", "0.30", "0.35")) : random.percent(45));
        b.set("Probability", random.maybe(0.1, BigDecimal.valueOf(random.between(0, 11) * 10L, 2)));
        LocalDate close = random.maybe(0.04, random.day(TODAY, -40, 200));
        b.set("CloseDate", close);
        LocalDate start = close == null ? random.maybe(0.5, random.day(TODAY, 0, 60))
                : random.maybe(0.1, random.day(close, -10, 30));
        b.set("Contract_Start__c", start);
        if (start != null) {
            b.set("Contract_End__c", random.maybe(0.1, start.plusDays(random.pick(-5, 30, 89, 90, 91, 365, 730))));
        }
        LocalDate signedAround = close == null ? TODAY : close;
        b.set("Signed_At__c", random.chance(0.3) ? null
                : random.minute(signedAround.atStartOfDay(ZoneOffset.UTC).toInstant(), 1).plus(
                        java.time.Duration.ofDays(random.between(-20, 45))));
        b.set("Billing_Country__c", random.maybe(0.08, random.pick(COUNTRIES)));
        b.set("VAT_Number__c", random.maybe(0.2, random.pick("DE" + (100_000_000 + n), "FR12345678901", "NL123456789B01",
                "de123456789", "DE 123456789", "IE123", "ESX1234567Z")));
        b.set("Customer_Email__c", random.maybe(0.1, random.pick("ap" + n + "@customer.example", "billing@acme.co.uk",
                "ap at customer", "first.last@domain", "x@y.z", "ops+" + n + "@corp.example.com")));
        b.set("Product_Lines__c", random.subset(0.3, PRODUCTS));
        b.set("Finance_Approved__c", random.chance(0.3));
        b.set("Legal_Reviewed__c", random.chance(0.5));
        boolean partner = random.chance(0.2);
        b.set("Partner_Deal__c", partner);
        b.set("Partner_Code__c", random.maybe(partner ? 0.2 : 0.8,
                random.pick("P-" + (100_000 + n), "P-12345", "p-123456", "P-1234567")));
        return b.build();
    }

    /** Mostly 1,000 to 1,000,000; sometimes blank, zero or negative, or exactly on a threshold of the rules. */
    private static BigDecimal amount(PoolRandom random) {
        if (random.chance(0.04)) {
            return null;
        }
        if (random.chance(0.02)) {
            return BigDecimal.valueOf(-random.between(0, 500));
        }
        if (random.chance(0.1)) {
            return new BigDecimal(random.pick("50000", "100000", "100000.01", "250000", "249999.99"));
        }
        return random.amount(1_000, 1_000_000);
    }
}

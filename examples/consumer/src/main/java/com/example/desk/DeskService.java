package com.example.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stage7.Rules;
import io.stage7.eval.*;               // a wildcard import: DataRecord does not clash with java.lang.Record
import org.antlr.v4.runtime.RuntimeMetaData;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A service that embeds Stage7 while it uses its own ANTLR and Jackson: loads the rules, evaluates
 * one opportunity and checks the decision; exits non-zero when anything is off.
 */
public final class DeskService {

    public static void main(String[] args) throws Exception {
        System.out.println("ANTLR runtime " + RuntimeMetaData.VERSION + ", Jackson "
                + new ObjectMapper().version());
        Rules.Loaded loaded = Rules.load(Path.of(args[0]));
        if (loaded.hasErrors()) {
            System.err.print(loaded.render());
            System.exit(1);
        }
        Rules rules = loaded.rules().orElseThrow();
        DataRecord opportunity = rules.newRecord("Opportunity")
                .id("OPP-0042")
                .set("Region", "EMEA")
                .set("StageName", "7 - Closing")
                .set("Amount", new BigDecimal("120000"))
                .set("CloseDate", LocalDate.of(2026, 4, 17))
                .set("SubmittedAt", Instant.parse("2026-03-10T10:00:00Z"))
                .build();
        Decision decision = rules.evaluate(opportunity, Instant.parse("2026-03-10T10:00:00Z"));
        Route route = decision.route("Approval_Queue").orElseThrow();
        System.out.println(decision.violations().size() + " violations; queue " + route.queue());
        if (decision.violations().isEmpty() || !route.queue().startsWith("EMEA")) {
            System.err.println("unexpected decision: " + decision);
            System.exit(1);
        }

        // The application's own objects, bound once and evaluated directly.
        RecordBinding<Deal> deals = rules.bind(Deal.class, "Opportunity");
        Deal deal = new Deal("OPP-0043", "Kestrel Freight - SaaS", "001KES0000", "Kestrel Freight", "Technology",
                null, false, false, "New Business", Deal.Region.APAC, "7 - Closing", new BigDecimal("80000"),
                new BigDecimal("0.10"), LocalDate.of(2026, 4, 17), Instant.parse("2026-03-10T01:00:00Z"),
                java.util.Set.of("SaaS", "Support"), 12, "Net 30", true, LocalDate.of(2026, 3, 9), false, null,
                "Mei Tanaka", "ap@kestrel.example", false, false, false, null, false, false, false, null);
        Decision bound = deals.evaluate(deal, Instant.parse("2026-03-10T01:00:00Z"));
        System.out.println(deals.properties().size() + " fields bound; queue "
                + bound.route("Approval_Queue").map(Route::queue).orElse("none"));
        if (!bound.route("Approval_Queue").map(Route::queue).orElse("").startsWith("APAC")) {
            System.err.println("unexpected decision for a bound deal: " + bound);
            System.exit(1);
        }
    }

    /**
     * An opportunity as this application holds it: Java names bind the fields ignoring case,
     * underscores and {@code __c}; the account's fields are bound by their relationship paths.
     */
    public record Deal(String id, String name, String accountId,
                       @Stage7Field("Account.Name") String accountName,
                       @Stage7Field("Account.Industry") String industry,
                       @Stage7Field("Account.BillingCountry") String billingCountry,
                       @Stage7Field("Account.Requires_PO__c") boolean accountRequiresPo,
                       @Stage7Field("Account.Credit_Hold__c") boolean creditHold,
                       String type, Region region, String stageName, BigDecimal amount, BigDecimal discount,
                       LocalDate closeDate, Instant submittedAt, java.util.Set<String> products, Integer termMonths,
                       String paymentTerms, boolean orderFormSigned, LocalDate orderFormSignedDate,
                       boolean poRequired, String poNumber, String billToContactName, String billToContactEmail,
                       boolean nonStandardTerms, boolean legalApproved, boolean rampDeal, String rampSchedule,
                       boolean servicesSowSigned, boolean discountApproved, boolean escalated,
                       String escalationReason) {
        public enum Region { APAC, EMEA, AMER, LATAM }
    }
}

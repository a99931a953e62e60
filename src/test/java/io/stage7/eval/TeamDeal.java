package io.stage7.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.SortedSet;

/**
 * The team's Opportunity as an application would hold it: a record with Java names (matched to
 * the custom fields ignoring case, underscores and {@code __c}), an enum for the region, the
 * account's fields by annotated relationship paths, and its lookup as {@code accountId}.
 */
public record TeamDeal(String id, String name, String accountId,
                       @Stage7Field("Account.Name") String accountName,
                       @Stage7Field("Account.Industry") String industry,
                       @Stage7Field("Account.Requires_PO__c") boolean accountRequiresPo,
                       @Stage7Field("account.credit_hold__c") Boolean creditHold,
                       String type, Region region, String stageName, BigDecimal amount, BigDecimal discount,
                       LocalDate closeDate, OffsetDateTime submittedAt, Set<String> products, Long termMonths,
                       String paymentTerms, boolean orderFormSigned, LocalDate orderFormSignedDate,
                       boolean poRequired, String poNumber, String billToContactName, String billToContactEmail,
                       boolean nonStandardTerms, boolean legalApproved, boolean rampDeal, String rampSchedule,
                       boolean servicesSowSigned, boolean discountApproved, boolean escalated,
                       String escalationReason,
                       @Stage7Field("Account.BillingCountry") String billingCountry) {

    /** The team's regions: each constant's name is a declared value of Opportunity.Region. */
    public enum Region { APAC, EMEA, AMER, LATAM }

    /** The same data as a record read from a file. */
    @SuppressWarnings("unchecked")
    static TeamDeal of(DataRecord r) {
        java.time.Instant submitted = (java.time.Instant) r.value("SubmittedAt");
        BigDecimal term = (BigDecimal) r.value("Term_Months__c");
        String region = (String) r.value("Region");
        return new TeamDeal(r.id(), (String) r.value("Name"), (String) r.value("Account"),
                (String) r.value("Account.Name"), (String) r.value("Account.Industry"),
                (Boolean) r.value("Account.Requires_PO__c"), (Boolean) r.value("Account.Credit_Hold__c"),
                (String) r.value("Type"), region == null ? null : Region.valueOf(region),
                (String) r.value("StageName"), (BigDecimal) r.value("Amount"), (BigDecimal) r.value("Discount"),
                (LocalDate) r.value("CloseDate"),
                submitted == null ? null : submitted.atOffset(ZoneOffset.ofHours(-7)),
                (SortedSet<String>) r.value("Products"), term == null ? null : term.longValueExact(),
                (String) r.value("Payment_Terms__c"), (Boolean) r.value("Order_Form_Signed__c"),
                (LocalDate) r.value("Order_Form_Signed_Date__c"), (Boolean) r.value("PO_Required__c"),
                (String) r.value("PO_Number__c"), (String) r.value("Bill_To_Contact_Name__c"),
                (String) r.value("Bill_To_Contact_Email__c"), (Boolean) r.value("Non_Standard_Terms__c"),
                (Boolean) r.value("Legal_Approved__c"), (Boolean) r.value("Ramp_Deal__c"),
                (String) r.value("Ramp_Schedule__c"), (Boolean) r.value("Services_SOW_Signed__c"),
                (Boolean) r.value("Discount_Approved__c"), (Boolean) r.value("Escalated__c"),
                (String) r.value("Escalation_Reason__c"), (String) r.value("Account.BillingCountry"));
    }
}

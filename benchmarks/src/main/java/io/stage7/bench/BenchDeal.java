package io.stage7.bench;

import io.stage7.eval.DataRecord;
import io.stage7.eval.Stage7Field;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The team's Opportunity as an application would hold it: a JavaBean with Java names (matched to
 * the custom fields ignoring case, underscores and {@code __c}), an enum for the region, the lookup
 * as {@code accountId} and the account's fields through annotated relationship paths.
 */
public final class BenchDeal {
    /** The team's regions. */
    public enum Region { APAC, EMEA, AMER, LATAM }

    private String id;
    private String name;
    private String accountId;
    private String accountName;
    private String industry;
    private String billingCountry;
    private boolean accountRequiresPo;
    private boolean creditHold;
    private String type;
    private Region region;
    private String stageName;
    private BigDecimal amount;
    private BigDecimal discount;
    private LocalDate closeDate;
    private Instant submittedAt;
    private Set<String> products;
    private Integer termMonths;
    private String paymentTerms;
    private boolean orderFormSigned;
    private LocalDate orderFormSignedDate;
    private boolean poRequired;
    private String poNumber;
    private String billToContactName;
    private String billToContactEmail;
    private boolean nonStandardTerms;
    private boolean legalApproved;
    private boolean rampDeal;
    private String rampSchedule;
    private boolean servicesSowSigned;
    private boolean discountApproved;
    private boolean escalated;
    private String escalationReason;

    /** The same data as a prepared record. */
    @SuppressWarnings("unchecked")
    static BenchDeal of(DataRecord r) {
        BenchDeal d = new BenchDeal();
        d.id = r.id();
        d.name = (String) r.value("Name");
        d.accountId = (String) r.value("Account");
        d.accountName = (String) r.value("Account.Name");
        d.industry = (String) r.value("Account.Industry");
        d.billingCountry = (String) r.value("Account.BillingCountry");
        d.accountRequiresPo = (Boolean) r.value("Account.Requires_PO__c");
        d.creditHold = (Boolean) r.value("Account.Credit_Hold__c");
        d.type = (String) r.value("Type");
        d.region = r.value("Region") == null ? null : Region.valueOf((String) r.value("Region"));
        d.stageName = (String) r.value("StageName");
        d.amount = (BigDecimal) r.value("Amount");
        d.discount = (BigDecimal) r.value("Discount");
        d.closeDate = (LocalDate) r.value("CloseDate");
        d.submittedAt = (Instant) r.value("SubmittedAt");
        d.products = (Set<String>) r.value("Products");
        BigDecimal term = (BigDecimal) r.value("Term_Months__c");
        d.termMonths = term == null ? null : term.intValueExact();
        d.paymentTerms = (String) r.value("Payment_Terms__c");
        d.orderFormSigned = (Boolean) r.value("Order_Form_Signed__c");
        d.orderFormSignedDate = (LocalDate) r.value("Order_Form_Signed_Date__c");
        d.poRequired = (Boolean) r.value("PO_Required__c");
        d.poNumber = (String) r.value("PO_Number__c");
        d.billToContactName = (String) r.value("Bill_To_Contact_Name__c");
        d.billToContactEmail = (String) r.value("Bill_To_Contact_Email__c");
        d.nonStandardTerms = (Boolean) r.value("Non_Standard_Terms__c");
        d.legalApproved = (Boolean) r.value("Legal_Approved__c");
        d.rampDeal = (Boolean) r.value("Ramp_Deal__c");
        d.rampSchedule = (String) r.value("Ramp_Schedule__c");
        d.servicesSowSigned = (Boolean) r.value("Services_SOW_Signed__c");
        d.discountApproved = (Boolean) r.value("Discount_Approved__c");
        d.escalated = (Boolean) r.value("Escalated__c");
        d.escalationReason = (String) r.value("Escalation_Reason__c");
        return d;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAccountId() {
        return accountId;
    }

    @Stage7Field("Account.Name")
    public String getAccountName() {
        return accountName;
    }

    @Stage7Field("Account.Industry")
    public String getIndustry() {
        return industry;
    }

    @Stage7Field("Account.BillingCountry")
    public String getBillingCountry() {
        return billingCountry;
    }

    @Stage7Field("Account.Requires_PO__c")
    public boolean isAccountRequiresPo() {
        return accountRequiresPo;
    }

    @Stage7Field("Account.Credit_Hold__c")
    public boolean isCreditHold() {
        return creditHold;
    }

    public String getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public String getStageName() {
        return stageName;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    /** The discount as the fraction formulas see: 0.25 is 25%. */
    public BigDecimal getDiscount() {
        return discount;
    }

    public LocalDate getCloseDate() {
        return closeDate;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Set<String> getProducts() {
        return products;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public String getPaymentTerms() {
        return paymentTerms;
    }

    public boolean isOrderFormSigned() {
        return orderFormSigned;
    }

    public LocalDate getOrderFormSignedDate() {
        return orderFormSignedDate;
    }

    public boolean isPoRequired() {
        return poRequired;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public String getBillToContactName() {
        return billToContactName;
    }

    public String getBillToContactEmail() {
        return billToContactEmail;
    }

    public boolean isNonStandardTerms() {
        return nonStandardTerms;
    }

    public boolean isLegalApproved() {
        return legalApproved;
    }

    public boolean isRampDeal() {
        return rampDeal;
    }

    public String getRampSchedule() {
        return rampSchedule;
    }

    public boolean isServicesSowSigned() {
        return servicesSowSigned;
    }

    public boolean isDiscountApproved() {
        return discountApproved;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public String getEscalationReason() {
        return escalationReason;
    }
}

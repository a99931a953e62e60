package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.RecordType;
import io.stage7.eval.Route;
import io.stage7.eval.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code peers/mixed/deals.rules} by hand: the twelve requirements and the Deal_Desk routing set,
 * as a developer would write them without Stage7. Blank-aware where the rules are: a blank operand
 * of a comparison means "does not fire", including under a NOT.
 */
final class HandWrittenMixedPeer implements PeerTwin {
    private static final Pattern EMAIL = Pattern.compile("[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}");
    private static final Pattern VAT = Pattern.compile("[A-Z]{2}[0-9A-Z]{8,12}");
    private static final Pattern PARTNER_CODE = Pattern.compile("P-[0-9]{6}");
    private static final BigDecimal POINT_2 = new BigDecimal("0.2");
    private static final BigDecimal POINT_3 = new BigDecimal("0.3");
    private static final BigDecimal POINT_35 = new BigDecimal("0.35");
    private static final BigDecimal POINT_5 = new BigDecimal("0.5");
    private static final BigDecimal FIFTY_THOUSAND = BigDecimal.valueOf(50_000);
    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);
    private static final BigDecimal STRATEGIC_AMOUNT = BigDecimal.valueOf(250_000);
    private static final Optional<BigDecimal> PRIORITY_1 = Optional.of(BigDecimal.ONE);
    private static final Optional<BigDecimal> PRIORITY_2 = Optional.of(BigDecimal.valueOf(2));
    private static final Optional<BigDecimal> PRIORITY_3 = Optional.of(BigDecimal.valueOf(3));
    private static final Optional<String> COMPLEX = Optional.of("complex");
    private static final Optional<String> STANDARD = Optional.of("standard");

    private final int stageName, territory, segment, amount, discount, probability, closeDate, contractStart,
            contractEnd, signedAt, billingCountry, vatNumber, customerEmail, productLines, financeApproved,
            legalReviewed, partnerDeal, partnerCode, accountType, accountCreditLimit;
    private final Violation closeDateInPast, contractTermMinimum, signedWithinCloseMonth, amountRequired,
            discountNeedsFinance, probabilityMatchesStage, creditLimitExceeded, customerEmailFormat, euVatNumber,
            partnerCodeFormat, consultingNeedsLegal, trainingWithAProduct;

    HandWrittenMixedPeer(Rules rules) {
        RecordType type = rules.recordType("Opportunity");
        stageName = PeerTwin.slot(type, "StageName");
        territory = PeerTwin.slot(type, "Territory__c");
        segment = PeerTwin.slot(type, "Segment__c");
        amount = PeerTwin.slot(type, "Amount");
        discount = PeerTwin.slot(type, "Discount_Percent__c");
        probability = PeerTwin.slot(type, "Probability");
        closeDate = PeerTwin.slot(type, "CloseDate");
        contractStart = PeerTwin.slot(type, "Contract_Start__c");
        contractEnd = PeerTwin.slot(type, "Contract_End__c");
        signedAt = PeerTwin.slot(type, "Signed_At__c");
        billingCountry = PeerTwin.slot(type, "Billing_Country__c");
        vatNumber = PeerTwin.slot(type, "VAT_Number__c");
        customerEmail = PeerTwin.slot(type, "Customer_Email__c");
        productLines = PeerTwin.slot(type, "Product_Lines__c");
        financeApproved = PeerTwin.slot(type, "Finance_Approved__c");
        legalReviewed = PeerTwin.slot(type, "Legal_Reviewed__c");
        partnerDeal = PeerTwin.slot(type, "Partner_Deal__c");
        partnerCode = PeerTwin.slot(type, "Partner_Code__c");
        accountType = PeerTwin.slot(type, "Account.Type");
        accountCreditLimit = PeerTwin.slot(type, "Account.Credit_Limit__c");
        closeDateInPast = PeerTwin.violation(rules, "Close_Date_In_Past");
        contractTermMinimum = PeerTwin.violation(rules, "Contract_Term_Minimum");
        signedWithinCloseMonth = PeerTwin.violation(rules, "Signed_Within_Close_Month");
        amountRequired = PeerTwin.violation(rules, "Amount_Required_From_Proposal");
        discountNeedsFinance = PeerTwin.violation(rules, "Discount_Needs_Finance");
        probabilityMatchesStage = PeerTwin.violation(rules, "Probability_Matches_Stage");
        creditLimitExceeded = PeerTwin.violation(rules, "Credit_Limit_Exceeded");
        customerEmailFormat = PeerTwin.violation(rules, "Customer_Email_Format");
        euVatNumber = PeerTwin.violation(rules, "EU_VAT_Number");
        partnerCodeFormat = PeerTwin.violation(rules, "Partner_Code_Format");
        consultingNeedsLegal = PeerTwin.violation(rules, "Consulting_Needs_Legal");
        trainingWithAProduct = PeerTwin.violation(rules, "Training_With_A_Product");
    }

    @Override
    public Decision evaluate(DataRecord record, EvalContext context) {
        List<Violation> fired = new ArrayList<>(4);
        String stage = (String) record.value(stageName);
        boolean won = "Closed Won".equals(stage);
        boolean negotiation = "Negotiation".equals(stage);
        BigDecimal amountValue = (BigDecimal) record.value(amount);
        BigDecimal discountValue = (BigDecimal) record.value(discount);
        LocalDate close = (LocalDate) record.value(closeDate);
        @SuppressWarnings("unchecked")
        Set<String> products = (Set<String>) record.value(productLines);
        boolean partner = (Boolean) record.value(partnerDeal);

        if (close != null && !won && !"Closed Lost".equals(stage) && close.isBefore(PeerTwin.today(context))) {
            fired.add(closeDateInPast);
        }
        if (negotiation || won) {
            LocalDate start = (LocalDate) record.value(contractStart);
            LocalDate end = (LocalDate) record.value(contractEnd);
            if (start == null || end == null || ChronoUnit.DAYS.between(start, end) < 90) {
                fired.add(contractTermMinimum);
            }
        }
        if (won && close != null) {
            Instant signed = (Instant) record.value(signedAt);
            if (signed != null && PeerTwin.utcDate(signed).isAfter(close.plusDays(30))) {
                fired.add(signedWithinCloseMonth);
            }
        }
        if ((won || negotiation || "Proposal".equals(stage)) && (amountValue == null || amountValue.signum() <= 0)) {
            fired.add(amountRequired);
        }
        if (discountValue != null && !(Boolean) record.value(financeApproved)
                && (discountValue.compareTo(POINT_35) > 0 || discountValue.compareTo(POINT_2) > 0
                        && amountValue != null && amountValue.compareTo(FIFTY_THOUSAND) >= 0)) {
            fired.add(discountNeedsFinance);
        }
        BigDecimal probabilityValue = (BigDecimal) record.value(probability);
        if (probabilityValue != null
                && (won && probabilityValue.compareTo(BigDecimal.ONE) != 0
                        || negotiation && probabilityValue.compareTo(POINT_5) < 0
                        || "Prospecting".equals(stage) && probabilityValue.compareTo(POINT_3) > 0)) {
            fired.add(probabilityMatchesStage);
        }
        if (won && amountValue != null) {
            BigDecimal limit = (BigDecimal) record.value(accountCreditLimit);
            BigDecimal net = amountValue.multiply(discountValue == null ? BigDecimal.ONE : BigDecimal.ONE.subtract(discountValue));
            if (limit != null && net.compareTo(limit) > 0) {
                fired.add(creditLimitExceeded);
            }
        }
        String email = (String) record.value(customerEmail);
        if (email != null && !EMAIL.matcher(email).matches()) {
            fired.add(customerEmailFormat);
        }
        if ("EMEA".equals(record.value(territory)) && isEuCountry((String) record.value(billingCountry))) {
            String vat = (String) record.value(vatNumber);
            if (vat == null || !VAT.matcher(vat).matches()) {
                fired.add(euVatNumber);
            }
        }
        if (partner) {
            String code = (String) record.value(partnerCode);
            if (code == null || !PARTNER_CODE.matcher(code).matches()) {
                fired.add(partnerCodeFormat);
            }
        }
        boolean consulting = products != null && products.contains("Consulting");
        if (consulting && amountValue != null && amountValue.compareTo(HUNDRED_THOUSAND) > 0
                && !(Boolean) record.value(legalReviewed)) {
            fired.add(consultingNeedsLegal);
        }
        if (products != null && products.contains("Training") && !products.contains("Platform")
                && !products.contains("Analytics")) {
            fired.add(trainingWithAProduct);
        }
        return new Decision(record.id(), fired,
                List.of(dealDesk(record, amountValue, discountValue, partner, consulting)), List.of());
    }

    private Route dealDesk(DataRecord record, BigDecimal amountValue, BigDecimal discountValue, boolean partner,
                           boolean consulting) {
        String region = region((String) record.value(territory));
        if ("Strategic".equals(record.value(segment))
                || amountValue != null && amountValue.compareTo(STRATEGIC_AMOUNT) >= 0) {
            return new Route("Deal_Desk", 1, "Strategic Deals", region, PRIORITY_1, COMPLEX, Optional.empty());
        }
        if (discountValue != null && discountValue.compareTo(POINT_3) > 0
                || partner && "Reseller".equals(record.value(accountType))) {
            return new Route("Deal_Desk", 2, "Pricing Review", region, PRIORITY_2, COMPLEX, Optional.empty());
        }
        if (consulting) {
            return new Route("Deal_Desk", 3, "Services Desk", region, PRIORITY_2, Optional.empty(), Optional.empty());
        }
        return new Route("Deal_Desk", 4, region + " Deal Desk", region, PRIORITY_3, STANDARD, Optional.empty());
    }

    /** CASE(Territory__c, "EMEA", "EU", "APAC", "APJ", "NA"). */
    private static String region(String territoryValue) {
        if ("EMEA".equals(territoryValue)) {
            return "EU";
        }
        return "APAC".equals(territoryValue) ? "APJ" : "NA";
    }

    private static boolean isEuCountry(String country) {
        if (country == null) {
            return false;
        }
        switch (country) {
            case "Germany", "France", "Netherlands", "Spain", "Italy", "Ireland":
                return true;
            default:
                return false;
        }
    }
}

package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.calendar.BusinessCalendar;
import io.stage7.calendar.PeriodEnds;
import io.stage7.check.Requirement;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;
import io.stage7.eval.Route;
import io.stage7.eval.Violation;
import io.stage7.functions.PicklistFunctions;
import io.stage7.functions.TextFunctions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The baseline: the shipped team rules (every active requirement of {@code rules/requirements.rules}
 * and both routing sets of {@code rules/routing.rules}) written by hand in plain Java, as a
 * developer would write them without Stage7, over the same {@link DataRecord} slots and the same
 * {@code io.stage7.functions} library and calendars, producing the same {@link Decision}.
 *
 * <p>What a careful hand-writer would do is done here too: field slots, the regex, the serving
 * region's calendars and the company period-end windows are looked up once; conditions are
 * plain {@code if}s with early exits. What the rules say is computed per record is computed per
 * record here as well: TODAY() and the end of the fiscal quarter, TRIM, the queue name
 * ({@code serving region & " Complex"}). Messages, severities and fields are taken from the
 * checked requirements by name so that a reworded message does not break the baseline.
 *
 * <p>Three-valued logic collapses to {@code if}s: a requirement fires only when its condition is
 * TRUE, so a blank comparison operand simply means "does not fire" (and, inside an OR, "this
 * operand is not TRUE"). {@code HandWrittenAgreementTest} checks the result against the
 * compiled rules on the whole benchmark pool; the benchmark checks it again at start-up.
 */
final class HandWrittenTeamRules {
    private static final String CLOSING = "7 - Closing";
    private static final BigDecimal COMPLEX_AMOUNT = new BigDecimal("500000");
    private static final BigDecimal LARGE_AMOUNT = new BigDecimal("100000");
    private static final BigDecimal MAX_DISCOUNT = new BigDecimal("0.25");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final LocalTime CUTOFF = LocalTime.of(16, 30);
    private static final Pattern EMAIL = TextFunctions.compileRegex("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Optional<BigDecimal> PRIORITY_1 = Optional.of(BigDecimal.ONE);
    private static final Optional<BigDecimal> PRIORITY_2 = Optional.of(BigDecimal.valueOf(2));
    private static final Optional<BigDecimal> PRIORITY_3 = Optional.of(BigDecimal.valueOf(3));
    private static final Optional<String> COMPLEX = Optional.of("complex");
    private static final Optional<String> STANDARD = Optional.of("standard");

    private final RecordType opportunity;
    private final RecordType chatterCase;
    // Opportunity slots
    private final int stageName, region, amount, discount, closeDate, submittedAt, products, termMonths, paymentTerms,
            orderFormSigned, orderFormSignedDate, poRequired, poNumber, billToName, billToEmail, nonStandardTerms,
            legalApproved, rampDeal, rampSchedule, servicesSowSigned, discountApproved, escalated, escalationReason,
            accountCreditHold, accountRequiresPo;
    private final int caseRegion;
    // The serving region's calendars: index 0 APAC, 1 EMEA, 2 AMER.
    private final BusinessCalendar[] supportHours = new BusinessCalendar[3];
    private final BusinessCalendar[] localClock = new BusinessCalendar[3];
    private final PeriodEnds companyPeriodEnds;
    private final Violation submittedAtStage7, regionRequired, amountPositive, accountCreditHoldViolation,
            orderFormSignedViolation, orderFormSignedDateViolation, poNumberRequired, billToContactRequired,
            billToEmailFormat, paymentTermsStandard, closeDateNotInPast, closeDateInCurrentQuarter,
            legalApprovalForNonStandardTerms, discountApprovalRequired, rampDealMultiYear, rampScheduleRequired,
            servicesSowRequired, escalationReasonRequired, escalationDuringPeriodEnd, complexAfterCutoff,
            submittedOutsideSupportHours;

    HandWrittenTeamRules(Rules rules) {
        opportunity = rules.recordType("Opportunity");
        chatterCase = rules.recordType("Case");
        stageName = slot("StageName");
        region = slot("Region");
        amount = slot("Amount");
        discount = slot("Discount");
        closeDate = slot("CloseDate");
        submittedAt = slot("SubmittedAt");
        products = slot("Products");
        termMonths = slot("Term_Months__c");
        paymentTerms = slot("Payment_Terms__c");
        orderFormSigned = slot("Order_Form_Signed__c");
        orderFormSignedDate = slot("Order_Form_Signed_Date__c");
        poRequired = slot("PO_Required__c");
        poNumber = slot("PO_Number__c");
        billToName = slot("Bill_To_Contact_Name__c");
        billToEmail = slot("Bill_To_Contact_Email__c");
        nonStandardTerms = slot("Non_Standard_Terms__c");
        legalApproved = slot("Legal_Approved__c");
        rampDeal = slot("Ramp_Deal__c");
        rampSchedule = slot("Ramp_Schedule__c");
        servicesSowSigned = slot("Services_SOW_Signed__c");
        discountApproved = slot("Discount_Approved__c");
        escalated = slot("Escalated__c");
        escalationReason = slot("Escalation_Reason__c");
        accountCreditHold = slot("Account.Credit_Hold__c");
        accountRequiresPo = slot("Account.Requires_PO__c");
        caseRegion = chatterCase.slotOf("Region").orElseThrow();

        PolicyRuntime policy = PolicyRuntime.of(rules.checked());
        String[] served = {"APAC", "EMEA", "AMER"};
        for (int i = 0; i < served.length; i++) {
            supportHours[i] = policy.supportCalendar(served[i]);
            localClock[i] = policy.calendar(served[i]);
        }
        companyPeriodEnds = policy.periodEnds(null);

        submittedAtStage7 = violation(rules, "Submitted_At_Stage_7");
        regionRequired = violation(rules, "Region_Required");
        amountPositive = violation(rules, "Amount_Positive");
        accountCreditHoldViolation = violation(rules, "Account_Credit_Hold");
        orderFormSignedViolation = violation(rules, "Order_Form_Signed");
        orderFormSignedDateViolation = violation(rules, "Order_Form_Signed_Date");
        poNumberRequired = violation(rules, "PO_Number_Required");
        billToContactRequired = violation(rules, "Bill_To_Contact_Required");
        billToEmailFormat = violation(rules, "Bill_To_Email_Format");
        paymentTermsStandard = violation(rules, "Payment_Terms_Standard");
        closeDateNotInPast = violation(rules, "Close_Date_Not_In_Past");
        closeDateInCurrentQuarter = violation(rules, "Close_Date_In_Current_Quarter");
        legalApprovalForNonStandardTerms = violation(rules, "Legal_Approval_For_Non_Standard_Terms");
        discountApprovalRequired = violation(rules, "Discount_Approval_Required");
        rampDealMultiYear = violation(rules, "Ramp_Deal_Multi_Year");
        rampScheduleRequired = violation(rules, "Ramp_Schedule_Required");
        servicesSowRequired = violation(rules, "Services_SOW_Required");
        escalationReasonRequired = violation(rules, "Escalation_Reason_Required");
        escalationDuringPeriodEnd = violation(rules, "Escalation_During_Period_End");
        complexAfterCutoff = violation(rules, "Complex_After_Cutoff");
        submittedOutsideSupportHours = violation(rules, "Submitted_Outside_Support_Hours");
    }

    Decision evaluate(DataRecord record, EvalContext context) {
        if (record.type() == chatterCase) {
            return new Decision(record.id(), List.of(), List.of(chatterQueue(record)), List.of());
        }
        List<Violation> fired = new ArrayList<>(8);
        String stage = (String) record.value(stageName);
        boolean closing = CLOSING.equals(stage);
        Instant submitted = (Instant) record.value(submittedAt);
        BigDecimal amountValue = (BigDecimal) record.value(amount);
        boolean nonStandard = flag(record, nonStandardTerms);
        boolean ramp = flag(record, rampDeal);
        boolean isEscalated = flag(record, escalated);
        String email = (String) record.value(billToEmail);
        int serving = serving((String) record.value(region));
        LocalDate today = closing ? today(context) : null;

        if (submitted != null && !(closing || "Closed Won".equals(stage) || "Closed Lost".equals(stage))) {
            fired.add(submittedAtStage7);
        }
        if (closing) {
            if (record.value(region) == null) {
                fired.add(regionRequired);
            }
            if (amountValue == null || amountValue.signum() <= 0) {
                fired.add(amountPositive);
            }
            if (flag(record, accountCreditHold)) {
                fired.add(accountCreditHoldViolation);
            }
            boolean signed = flag(record, orderFormSigned);
            if (!signed) {
                fired.add(orderFormSignedViolation);
            }
            LocalDate signedOn = (LocalDate) record.value(orderFormSignedDate);
            if (signed && (signedOn == null || signedOn.isAfter(today))) {
                fired.add(orderFormSignedDateViolation);
            }
            if ((flag(record, poRequired) || flag(record, accountRequiresPo))
                    && TextFunctions.trim((String) record.value(poNumber)) == null) {
                fired.add(poNumberRequired);
            }
            if (record.value(billToName) == null || email == null) {
                fired.add(billToContactRequired);
            }
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            fired.add(billToEmailFormat);
        }
        if (closing) {
            String terms = (String) record.value(paymentTerms);
            if (terms != null && !terms.equals("Net 30") && !nonStandard) {
                fired.add(paymentTermsStandard);
            }
            LocalDate close = (LocalDate) record.value(closeDate);
            if (close != null && close.isBefore(today)) {
                fired.add(closeDateNotInPast);
            }
            if (close != null && close.isAfter(endOfFiscalQuarter(today))) {
                fired.add(closeDateInCurrentQuarter);
            }
            if (nonStandard && !flag(record, legalApproved)) {
                fired.add(legalApprovalForNonStandardTerms);
            }
            BigDecimal discountValue = (BigDecimal) record.value(discount);
            if (discountValue != null && discountValue.compareTo(MAX_DISCOUNT) > 0 && !flag(record, discountApproved)) {
                fired.add(discountApprovalRequired);
            }
            if (ramp) {
                BigDecimal term = (BigDecimal) record.value(termMonths);
                if (term == null || term.compareTo(TWELVE) <= 0) {
                    fired.add(rampDealMultiYear);
                }
                if (TextFunctions.trim((String) record.value(rampSchedule)) == null) {
                    fired.add(rampScheduleRequired);
                }
            }
            @SuppressWarnings("unchecked")
            Set<String> sold = (Set<String>) record.value(products);
            if (PicklistFunctions.includes(sold, "Services") && !flag(record, servicesSowSigned)) {
                fired.add(servicesSowRequired);
            }
        }
        if (isEscalated) {
            String reason = (String) record.value(escalationReason);
            String trimmed = TextFunctions.trim(reason);
            if (reason == null || (trimmed == null ? 0 : trimmed.length()) < 20) {
                fired.add(escalationReasonRequired);
            }
        }
        boolean periodEnd = submitted != null && companyPeriodEnds.isPeriodEnd(submitted);
        if (isEscalated && periodEnd) {
            fired.add(escalationDuringPeriodEnd);
        }
        boolean complex = nonStandard || ramp || (amountValue != null && amountValue.compareTo(COMPLEX_AMOUNT) >= 0);
        if (closing && submitted != null) {
            boolean open = supportHours[serving].isOpen(submitted);
            if (complex && open && localClock[serving].localTime(submitted).isAfter(CUTOFF) && !periodEnd) {
                fired.add(complexAfterCutoff);
            }
            if (!open) {
                fired.add(submittedOutsideSupportHours);
            }
        }
        return new Decision(record.id(), fired, List.of(approvalQueue(serving, complex, periodEnd, amountValue)), List.of());
    }

    private static Route approvalQueue(int serving, boolean complex, boolean periodEnd, BigDecimal amountValue) {
        String servingRegion = servingName(serving);
        if (complex) {
            return new Route("Approval_Queue", periodEnd ? 1 : 2, servingRegion + " Complex", servingRegion,
                    periodEnd ? PRIORITY_1 : PRIORITY_2, COMPLEX, Optional.empty());
        }
        if (periodEnd && amountValue != null && amountValue.compareTo(LARGE_AMOUNT) >= 0) {
            return new Route("Approval_Queue", 3, servingRegion + " Standard", servingRegion, PRIORITY_2, STANDARD,
                    Optional.empty());
        }
        return new Route("Approval_Queue", 4, servingRegion + " Standard", servingRegion, PRIORITY_3, STANDARD,
                Optional.empty());
    }

    private Route chatterQueue(DataRecord record) {
        String value = (String) record.value(caseRegion);
        if ("APAC".equals(value)) {
            return new Route("Chatter_Queue", 1, "APAC Sales-Support", "APAC", PRIORITY_3, STANDARD, Optional.empty());
        }
        if ("EMEA".equals(value)) {
            return new Route("Chatter_Queue", 2, "EMEA Sales-Support", "EMEA", PRIORITY_3, STANDARD, Optional.empty());
        }
        return new Route("Chatter_Queue", 3, "AMER Sales-Support", "AMER", PRIORITY_3, STANDARD, Optional.empty());
    }

    /** CASE(Region, "APAC", "APAC", "EMEA", "EMEA", "AMER"): LATAM and a blank region are served by AMER. */
    private static int serving(String regionValue) {
        if ("APAC".equals(regionValue)) {
            return 0;
        }
        return "EMEA".equals(regionValue) ? 1 : 2;
    }

    private static String servingName(int serving) {
        return serving == 0 ? "APAC" : serving == 1 ? "EMEA" : "AMER";
    }

    /** The last day of the fiscal quarter (fiscal year from February) that {@code today} is in. */
    private static LocalDate endOfFiscalQuarter(LocalDate today) {
        int monthsElapsedInQuarter = ((today.getMonthValue() + 10) % 12) % 3;
        return today.withDayOfMonth(1).plusMonths(3 - monthsElapsedInQuarter).minusDays(1);
    }

    private static LocalDate today(EvalContext context) {
        if (context.zone() instanceof ZoneOffset offset) {
            return LocalDate.ofEpochDay(Math.floorDiv(context.now().getEpochSecond() + offset.getTotalSeconds(), 86_400L));
        }
        return LocalDate.ofInstant(context.now(), context.zone());
    }

    private static boolean flag(DataRecord record, int slot) {
        return (Boolean) record.value(slot);
    }

    private int slot(String path) {
        return opportunity.slotOf(path).orElseThrow(() -> new IllegalStateException("no Opportunity field " + path));
    }

    private static Violation violation(Rules rules, String name) {
        Requirement requirement = rules.checked().requirements().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the rules have no requirement " + name));
        return new Violation(requirement.name(), requirement.severity(), requirement.message(),
                requirement.field().map(f -> f.text()));
    }
}

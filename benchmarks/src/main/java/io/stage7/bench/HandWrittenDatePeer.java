package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.calendar.BusinessCalendar;
import io.stage7.calendar.PeriodEnds;
import io.stage7.calendar.PeriodKind;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.RecordType;
import io.stage7.eval.Route;
import io.stage7.eval.Violation;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code peers/date/contracts.rules} by hand: sixteen date-heavy requirements and the
 * Contract_Queue routing set, in plain {@code java.time}, with the rules' own calendars and
 * quarter-end windows from the same library where the rules use them. Salesforce's ADDMONTHS
 * (a month end stays a month end) is written out; days between dates are epoch-day differences.
 */
final class HandWrittenDatePeer implements PeerTwin {
    private static final String[] SERVING = {"AMER", "EMEA", "APAC"};
    private static final Optional<BigDecimal> PRIORITY_1 = Optional.of(BigDecimal.ONE);
    private static final Optional<BigDecimal> PRIORITY_2 = Optional.of(BigDecimal.valueOf(2));
    private static final Optional<BigDecimal> PRIORITY_3 = Optional.of(BigDecimal.valueOf(3));

    private final int status, region, startDate, endDate, contractTerm, billingFrequency, signedDate, signedAt,
            submittedAt, activatedAt, firstInvoiceDate, autoRenew, renewalNoticeDays, lastPriceReview, goLiveDate;
    private final BusinessCalendar[] supportHours = new BusinessCalendar[SERVING.length];
    private final PeriodEnds companyPeriodEnds;
    private final Violation endAfterStart, endDateMatchesTerm, expiredStillActive, monthlyStartDay,
            quarterlyStartMonth, startNotOnWeekend, firstInvoiceInFirstMonth, signedBeforeStart,
            signatureDateMatchesTimestamp, activationTimestamp, lateActivation, quarterEndSignatureStillDraft,
            submittedOutsideBusinessHours, renewalNoticeDue, priceReviewWithinAYear, goLiveWithinTerm;

    HandWrittenDatePeer(Rules rules) {
        RecordType type = rules.recordType("Contract");
        status = PeerTwin.slot(type, "Status");
        region = PeerTwin.slot(type, "Region__c");
        startDate = PeerTwin.slot(type, "StartDate");
        endDate = PeerTwin.slot(type, "EndDate");
        contractTerm = PeerTwin.slot(type, "ContractTerm");
        billingFrequency = PeerTwin.slot(type, "Billing_Frequency__c");
        signedDate = PeerTwin.slot(type, "Customer_Signed_Date__c");
        signedAt = PeerTwin.slot(type, "Customer_Signed_At__c");
        submittedAt = PeerTwin.slot(type, "Submitted_At__c");
        activatedAt = PeerTwin.slot(type, "Activated_At__c");
        firstInvoiceDate = PeerTwin.slot(type, "First_Invoice_Date__c");
        autoRenew = PeerTwin.slot(type, "Auto_Renew__c");
        renewalNoticeDays = PeerTwin.slot(type, "Renewal_Notice_Days__c");
        lastPriceReview = PeerTwin.slot(type, "Last_Price_Review__c");
        goLiveDate = PeerTwin.slot(type, "Go_Live_Date__c");
        PolicyRuntime policy = PolicyRuntime.of(rules.checked());
        for (int i = 0; i < SERVING.length; i++) {
            supportHours[i] = policy.supportCalendar(SERVING[i]);
        }
        companyPeriodEnds = policy.periodEnds(null);
        endAfterStart = PeerTwin.violation(rules, "End_After_Start");
        endDateMatchesTerm = PeerTwin.violation(rules, "End_Date_Matches_Term");
        expiredStillActive = PeerTwin.violation(rules, "Expired_Contract_Still_Active");
        monthlyStartDay = PeerTwin.violation(rules, "Monthly_Billing_Start_Day");
        quarterlyStartMonth = PeerTwin.violation(rules, "Quarterly_Billing_Start_Month");
        startNotOnWeekend = PeerTwin.violation(rules, "Start_Not_On_Weekend");
        firstInvoiceInFirstMonth = PeerTwin.violation(rules, "First_Invoice_In_First_Month");
        signedBeforeStart = PeerTwin.violation(rules, "Signed_Before_Start");
        signatureDateMatchesTimestamp = PeerTwin.violation(rules, "Signature_Date_Matches_Timestamp");
        activationTimestamp = PeerTwin.violation(rules, "Activation_Timestamp");
        lateActivation = PeerTwin.violation(rules, "Late_Activation");
        quarterEndSignatureStillDraft = PeerTwin.violation(rules, "Quarter_End_Signature_Still_Draft");
        submittedOutsideBusinessHours = PeerTwin.violation(rules, "Submitted_Outside_Business_Hours");
        renewalNoticeDue = PeerTwin.violation(rules, "Renewal_Notice_Due");
        priceReviewWithinAYear = PeerTwin.violation(rules, "Price_Review_Within_A_Year");
        goLiveWithinTerm = PeerTwin.violation(rules, "Go_Live_Within_Term");
    }

    @Override
    public Decision evaluate(DataRecord record, EvalContext context) {
        List<Violation> fired = new ArrayList<>(4);
        LocalDate today = PeerTwin.today(context);
        String statusValue = (String) record.value(status);
        boolean activated = "Activated".equals(statusValue);
        LocalDate start = (LocalDate) record.value(startDate);
        LocalDate end = (LocalDate) record.value(endDate);
        boolean renews = (Boolean) record.value(autoRenew);

        if (end != null && start != null && !end.isAfter(start)) {
            fired.add(endAfterStart);
        }
        BigDecimal term = (BigDecimal) record.value(contractTerm);
        if (term != null && start != null && end != null && !end.equals(addMonths(start, term.intValue()).minusDays(1))) {
            fired.add(endDateMatchesTerm);
        }
        if (activated && end != null && end.isBefore(today)) {
            fired.add(expiredStillActive);
        }
        if (start != null) {
            alignmentChecks(record, fired, start);
        }
        LocalDate signedOn = (LocalDate) record.value(signedDate);
        if (signedOn != null && start != null && signedOn.isAfter(start)) {
            fired.add(signedBeforeStart);
        }
        Instant signed = (Instant) record.value(signedAt);
        if (signed != null
                && (signedOn == null || Math.abs(PeerTwin.utcDate(signed).toEpochDay() - signedOn.toEpochDay()) > 1)) {
            fired.add(signatureDateMatchesTimestamp);
        }
        if (activated) {
            Instant activatedOn = (Instant) record.value(activatedAt);
            if (activatedOn == null || activatedOn.isAfter(context.now())) {
                fired.add(activationTimestamp);
            }
            if (activatedOn != null && start != null && PeerTwin.utcDate(activatedOn).isAfter(start.plusDays(30))) {
                fired.add(lateActivation);
            }
        }
        if ("Draft".equals(statusValue) && signed != null && companyPeriodEnds.isPeriodEnd(signed, PeriodKind.EOQ)) {
            fired.add(quarterEndSignatureStillDraft);
        }
        int serving = serving((String) record.value(region));
        Instant submitted = (Instant) record.value(submittedAt);
        boolean waiting = "In Approval".equals(statusValue) && submitted != null
                && !supportHours[serving].isOpen(submitted);
        if (waiting) {
            fired.add(submittedOutsideBusinessHours);
        }
        long daysLeft = end == null ? 0 : end.toEpochDay() - today.toEpochDay();
        if (renews && end != null && !"Terminated".equals(statusValue) && daysLeft >= 0) {
            BigDecimal notice = (BigDecimal) record.value(renewalNoticeDays);
            if (daysLeft <= (notice == null ? 60 : notice.longValue())) {
                fired.add(renewalNoticeDue);
            }
        }
        if (activated) {
            LocalDate reviewed = (LocalDate) record.value(lastPriceReview);
            if (reviewed == null || reviewed.isBefore(LocalDate.of(today.getYear() - 1, today.getMonthValue(), 1))) {
                fired.add(priceReviewWithinAYear);
            }
        }
        LocalDate goLive = (LocalDate) record.value(goLiveDate);
        if (goLive != null && (start != null && goLive.isBefore(start) || end != null && goLive.isAfter(end))) {
            fired.add(goLiveWithinTerm);
        }
        return new Decision(record.id(), fired,
                List.of(contractQueue(serving, waiting, submitted, renews && end != null && daysLeft <= 30,
                        start != null && start.getYear() > today.getYear())), List.of());
    }

    /** Monthly_Billing_Start_Day, Quarterly_Billing_Start_Month, Start_Not_On_Weekend, First_Invoice_In_First_Month. */
    private void alignmentChecks(DataRecord record, List<Violation> fired, LocalDate start) {
        String frequency = (String) record.value(billingFrequency);
        if ("Monthly".equals(frequency) && start.getDayOfMonth() != 1 && start.getDayOfMonth() != 15) {
            fired.add(monthlyStartDay);
        }
        if ("Quarterly".equals(frequency) && (start.getMonthValue() - 1) % 3 != 0) {
            fired.add(quarterlyStartMonth);
        }
        DayOfWeek day = start.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            fired.add(startNotOnWeekend);
        }
        LocalDate invoice = (LocalDate) record.value(firstInvoiceDate);
        if (invoice != null && (invoice.isBefore(start) || invoice.isAfter(addMonths(start, 1)))) {
            fired.add(firstInvoiceInFirstMonth);
        }
    }

    private Route contractQueue(int serving, boolean waiting, Instant submitted, boolean renewalDue, boolean futureStart) {
        String servingRegion = SERVING[serving];
        if (waiting) {
            return new Route("Contract_Queue", 1, servingRegion + " Contracts", servingRegion, PRIORITY_2,
                    Optional.empty(), Optional.of(supportHours[serving].startOfNextBusinessDay(submitted)));
        }
        if (renewalDue) {
            return new Route("Contract_Queue", 2, "Renewals", servingRegion, PRIORITY_1, Optional.empty(), Optional.empty());
        }
        if (futureStart) {
            return new Route("Contract_Queue", 3, "Future Starts", servingRegion, PRIORITY_3, Optional.empty(),
                    Optional.empty());
        }
        return new Route("Contract_Queue", 4, servingRegion + " Contracts", servingRegion, PRIORITY_3, Optional.empty(),
                Optional.empty());
    }

    /** Salesforce's ADDMONTHS: the month end of a month-end date, else the same day, clamped to the target month. */
    private static LocalDate addMonths(LocalDate date, int months) {
        LocalDate shifted = date.plusMonths(months);
        return date.getDayOfMonth() == date.lengthOfMonth() ? shifted.withDayOfMonth(shifted.lengthOfMonth()) : shifted;
    }

    /** CASE(Region__c, "EMEA", "EMEA", "APAC", "APAC", "AMER") as an index into {@link #SERVING}. */
    private static int serving(String regionValue) {
        if ("EMEA".equals(regionValue)) {
            return 1;
        }
        return "APAC".equals(regionValue) ? 2 : 0;
    }
}

package io.stage7.sim.report;

import io.stage7.sim.model.AttemptRow;
import io.stage7.sim.model.CaseRow;
import io.stage7.sim.model.EscalationStatus;
import io.stage7.sim.model.Outcome;
import io.stage7.sim.stats.PercentileHistogram;

import java.util.OptionalDouble;

/**
 * The running counts behind one {@link Metrics}. Times to decision and to first response go into
 * {@link PercentileHistogram}s, so a tally's memory does not grow with the number of decisions:
 * percentiles are within 0.1% (or half a second near zero) of the exact ones; counts, means and
 * SLA attainment (a count of the attempts that met it) stay exact. Work still open at the end
 * counts too: past its SLA deadline it is a miss, and its time so far goes into a histogram of
 * right-censored times that the percentiles take into account ({@link TimeToDecision}).
 */
final class Tally {

    /** The resolution of the time histograms, in hours. */
    private static final double ONE_SECOND = 1.0 / 3600;

    private long submitted;
    private long decided;
    private long approvals;
    private long rejections;
    private long unroutable;
    private long waiting;
    private long inReview;
    private long slaMet;
    private long slaBreachedOpen;
    private long slaMeasured;
    private final PercentileHistogram business = new PercentileHistogram(ONE_SECOND);
    private final PercentileHistogram wall = new PercentileHistogram(ONE_SECOND);
    /** The times so far of the work still open at the end: right-censored times to decision. */
    private final PercentileHistogram openBusiness = new PercentileHistogram(ONE_SECOND);
    private final PercentileHistogram openWall = new PercentileHistogram(ONE_SECOND);
    double workingHours;
    double busyHours;
    private long billingRejections;
    private long defectiveApprovals;
    private long escalationsAccepted;
    private long escalationsRefused;
    private long reviewedByOthers;

    private long casesOpened;
    private long casesResponded;
    private long casesWaiting;
    private long casesInProgress;
    private long casesMet;
    private long casesBreachedOpen;
    private long casesMeasured;
    private final PercentileHistogram responseHours = new PercentileHistogram(ONE_SECOND);
    private final PercentileHistogram openResponseHours = new PercentileHistogram(ONE_SECOND);

    void attempt(AttemptRow row) {
        submitted++;
        Outcome outcome = row.outcome();
        switch (outcome) {
            case APPROVED:
                approvals++;
                if (row.defective()) {
                    defectiveApprovals++;
                }
                break;
            case REJECTED:
                rejections++;
                break;
            case UNROUTABLE:
                unroutable++;
                break;
            case WAITING:
                waiting++;
                break;
            default:
                inReview++;
                break;
        }
        if (outcome.isDecided()) {
            decided++;
            business.add(row.businessHours());
            wall.add(row.wallHours());
        } else if (outcome != Outcome.UNROUTABLE) {
            addIfMeasured(openBusiness, row.businessHours());
            addIfMeasured(openWall, row.wallHours());
        }
        if (row.slaMet().isPresent()) {
            boolean met = row.slaMet().get();
            slaMeasured++;
            if (met) {
                slaMet++;
            } else if (!outcome.isDecided()) {
                slaBreachedOpen++;
            }
        }
        if (row.escalation() == EscalationStatus.ACCEPTED) {
            escalationsAccepted++;
        } else if (row.escalation() == EscalationStatus.REFUSED) {
            escalationsRefused++;
        }
        if (!row.reviewerRegion().isEmpty() && !row.reviewerRegion().equals(row.region())) {
            reviewedByOthers++;
        }
    }

    void chatterCase(CaseRow row) {
        casesOpened++;
        if (row.isResponded()) {
            casesResponded++;
            responseHours.add(row.businessHours());
        } else {
            if (row.started() != AttemptRow.NEVER) {
                casesInProgress++;
            } else {
                casesWaiting++;
            }
            addIfMeasured(openResponseHours, row.businessHours());
        }
        if (row.slaMet().isPresent()) {
            casesMeasured++;
            if (row.slaMet().get()) {
                casesMet++;
            } else if (!row.isResponded()) {
                casesBreachedOpen++;
            }
        }
    }

    /** Adds an open item's time so far, when it has one (NaN: no SLA calendar to measure it on). */
    private static void addIfMeasured(PercentileHistogram open, double hours) {
        if (!Double.isNaN(hours)) {
            open.add(hours);
        }
    }

    void billingReturned() {
        billingRejections++;
    }

    Metrics metrics() {
        OptionalDouble attainment = slaMeasured > 0 && decided + slaBreachedOpen > 0
                ? OptionalDouble.of(slaMet / (double) (decided + slaBreachedOpen)) : OptionalDouble.empty();
        OptionalDouble utilization = workingHours > 0 ? OptionalDouble.of(busyHours / workingHours) : OptionalDouble.empty();
        OptionalDouble accuracy = approvals > 0
                ? OptionalDouble.of((approvals - defectiveApprovals) / (double) approvals) : OptionalDouble.empty();
        OptionalDouble caseAttainment = casesMeasured > 0 && casesResponded + casesBreachedOpen > 0
                ? OptionalDouble.of(casesMet / (double) (casesResponded + casesBreachedOpen)) : OptionalDouble.empty();
        ChatterMetrics chatter = new ChatterMetrics(casesOpened, casesResponded, casesWaiting, casesInProgress, casesMet,
                casesBreachedOpen, caseAttainment, TimeToDecision.of(responseHours, openResponseHours));
        return new Metrics(submitted, decided, approvals, rejections, unroutable, waiting, inReview, slaMet,
                slaBreachedOpen, attainment, TimeToDecision.of(business, openBusiness), TimeToDecision.of(wall, openWall),
                utilization, workingHours, busyHours, rejections + billingRejections, billingRejections,
                defectiveApprovals, accuracy, escalationsAccepted, escalationsRefused, reviewedByOthers, chatter);
    }

    /** The bucket counts the time histograms hold: what the tally's memory grows with (tests only). */
    int retainedBuckets() {
        return business.buckets() + wall.buckets() + responseHours.buckets() + openBusiness.buckets()
                + openWall.buckets() + openResponseHours.buckets();
    }
}

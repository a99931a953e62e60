package io.stage7.sim.report;

import io.stage7.sim.model.AttemptRow;
import io.stage7.sim.model.CaseRow;
import io.stage7.sim.model.EscalationStatus;
import io.stage7.sim.model.Outcome;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The running counts behind one {@link Metrics}. Times to decision are kept, one double per
 * decision, so that percentiles are exact: memory grows by 16 bytes per decision (about 1 MB for
 * a quarter of the default scenario), the one part of the report that grows with the horizon.
 */
final class Tally {

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
    private double[] business = new double[64];
    private double[] wall = new double[64];
    private int times;
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
    private double[] responseHours = new double[16];
    private int responses;

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
            if (times == business.length) {
                business = Arrays.copyOf(business, times * 2);
                wall = Arrays.copyOf(wall, times * 2);
            }
            business[times] = row.businessHours();
            wall[times] = row.wallHours();
            times++;
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
            if (responses == responseHours.length) {
                responseHours = Arrays.copyOf(responseHours, responses * 2);
            }
            responseHours[responses++] = row.businessHours();
        } else if (row.started() != AttemptRow.NEVER) {
            casesInProgress++;
        } else {
            casesWaiting++;
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
                casesBreachedOpen, caseAttainment, TimeToDecision.of(responseHours, responses));
        return new Metrics(submitted, decided, approvals, rejections, unroutable, waiting, inReview, slaMet,
                slaBreachedOpen, attainment, TimeToDecision.of(business, times), TimeToDecision.of(wall, times),
                utilization, workingHours, busyHours, rejections + billingRejections, billingRejections,
                defectiveApprovals, accuracy, escalationsAccepted, escalationsRefused, reviewedByOthers, chatter);
    }
}

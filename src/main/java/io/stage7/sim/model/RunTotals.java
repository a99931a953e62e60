package io.stage7.sim.model;

/**
 * Where every counted opportunity, attempt and case stands at the end of a run, as the model
 * tracked them live. These satisfy, exactly:
 * <pre>
 * attempts      = decided + unroutable + waiting + inReview
 * opportunities = booked + atBilling + inRework + waiting + inReview + unroutable
 * attempts      = opportunities + resubmissions
 * cases         = responded + casesWaiting + casesInProgress
 * </pre>
 * where {@code booked} are approved submissions with nothing missing (final), {@code atBilling}
 * approved but defective ones Billing has not returned yet, and {@code inRework} rejected or
 * returned ones sales has not resubmitted yet.
 */
public record RunTotals(long opportunities, long attempts, long resubmissions, long decided, long unroutable,
                        long waiting, long inReview, long booked, long atBilling, long inRework,
                        long cases, long responded, long casesWaiting, long casesInProgress) {

    /** Whether the identities above hold. */
    public boolean balanced() {
        return attempts == decided + unroutable + waiting + inReview
                && opportunities == booked + atBilling + inRework + waiting + inReview + unroutable
                && attempts == opportunities + resubmissions
                && cases == responded + casesWaiting + casesInProgress;
    }
}

package io.stage7.sim.report;

import io.stage7.sim.model.RunTotals;

/**
 * The conservation of work at the end of a run, as counted from what the model reported (rows and
 * events), next to the model's own live counts. Every counted opportunity is in exactly one state:
 * <pre>
 * opportunities = booked + atBilling + inRework + waiting + inReview + unroutable
 * attempts      = decided + waiting + inReview + unroutable = opportunities + resubmissions
 * cases         = responded + casesWaiting + casesInProgress
 * </pre>
 * with {@code booked} = approvals of complete submissions (final), {@code atBilling} = defective
 * approvals Billing has not returned yet, {@code inRework} = rejections + Billing's returns −
 * resubmissions.
 *
 * @param reported the states counted from the reported rows and events
 * @param model    the model's live counts
 */
public record Conservation(RunTotals reported, RunTotals model) {

    /** Whether both sets of counts satisfy the identities and agree with each other. */
    public boolean holds() {
        return reported.balanced() && model.balanced() && reported.equals(model);
    }

    /** The identities with their numbers, one per line, for the terminal. */
    public String describe() {
        RunTotals t = reported;
        return "opportunities " + t.opportunities() + " = booked " + t.booked() + " + at billing " + t.atBilling()
                + " + in rework " + t.inRework() + " + waiting " + t.waiting() + " + in review " + t.inReview()
                + " + unroutable " + t.unroutable() + "\n"
                + "attempts " + t.attempts() + " = decided " + t.decided() + " + waiting " + t.waiting()
                + " + in review " + t.inReview() + " + unroutable " + t.unroutable() + " = opportunities "
                + t.opportunities() + " + resubmissions " + t.resubmissions() + "\n"
                + "chatter cases " + t.cases() + " = responded " + t.responded() + " + waiting " + t.casesWaiting()
                + " + in progress " + t.casesInProgress() + "\n"
                + (holds() ? "conservation holds" : "CONSERVATION VIOLATED (model counts: " + model + ")");
    }
}

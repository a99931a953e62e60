package io.stage7.sim.report;

import java.util.OptionalDouble;

/**
 * The metrics of one region (or all regions) over the counted part of a run, or over the work
 * submitted inside period-end windows. Attempts are counted by the region whose queue they were
 * routed to; utilization by the region whose specialists did the work.
 *
 * @param submitted             attempts submitted (first submissions and resubmissions)
 * @param decided               attempts approved or rejected
 * @param unroutable            attempts the rules could not route (overall only: they have no region)
 * @param waiting               attempts still waiting at the end of the run
 * @param inReview              attempts still in review at the end of the run
 * @param slaMet                decided attempts that met the decided-SLA
 * @param slaBreachedOpen       attempts still undecided at the end that had already breached it
 * @param slaAttainment         slaMet / (decided + slaBreachedOpen); empty without an SLA or decisions
 * @param businessHours         business hours from submission to decision, on the SLA's calendar
 * @param wallHours             wall-clock hours from submission to decision
 * @param utilization           busy specialist-hours over working specialist-hours (on shift, or
 *                              finishing a review past the end of a shift)
 * @param rework                times an opportunity was sent to rework: rejections plus Billing's returns
 * @param billingRejections     approvals Billing returned within the horizon
 * @param defectiveApprovals    approvals that missed a requirement (Billing returns every one of them)
 * @param approvalAccuracy      (approvals - defectiveApprovals) / approvals
 * @param reviewedByOtherRegions attempts and cases of this region's queue worked by another region's specialists
 */
public record Metrics(long submitted, long decided, long approvals, long rejections, long unroutable, long waiting,
                      long inReview, long slaMet, long slaBreachedOpen, OptionalDouble slaAttainment,
                      TimeToDecision businessHours, TimeToDecision wallHours, OptionalDouble utilization,
                      double workingHours, double busyHours, long rework, long billingRejections,
                      long defectiveApprovals, OptionalDouble approvalAccuracy, long escalationsAccepted,
                      long escalationsRefused, long reviewedByOtherRegions, ChatterMetrics chatter) {
}

package io.stage7.sim.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One attempt of one opportunity on the approval desk: a submission for approval, from the moment
 * it is submitted to its decision (or the end of the run). Resubmissions after rework are new
 * attempts of the same opportunity. Times are epoch milliseconds; a time that did not happen is
 * {@link #NEVER}.
 *
 * @param opportunity     the opportunity's id (the record's id)
 * @param attempt         1 for the first submission, 2 for the first resubmission, ...
 * @param source          the load source it came from ({@code trace} for a replayed trace)
 * @param region          the region whose queue it was routed to; empty when unroutable
 * @param queue           the routed queue; empty when unroutable
 * @param priority        the priority it was worked at (after escalation); NaN when the route set none or unroutable
 * @param complexity      the routed complexity; empty when unassigned
 * @param escalation      whether it asked to be escalated and what became of that
 * @param defective       whether it misses an error-severity requirement (the rules' violations on
 *                        a first attempt; the rework's fix draw on a resubmission)
 * @param submitted       when it was submitted
 * @param eligible        when it could first be worked (support hours, not_before, cutoff); NEVER if unroutable
 * @param started         when a specialist picked it; NEVER if not started
 * @param decided         when it was approved or rejected; NEVER if not decided
 * @param outcome         approved, rejected, unroutable, or still waiting / in review at the end
 * @param reviewerRegion  the region of the specialist who picked it (another region under coverage); empty if not started
 * @param businessHours   business hours from submission to decision on the SLA calendar, or to the end
 *                        of the run if undecided; NaN if unroutable or no decided-SLA is declared
 * @param wallHours       wall-clock hours from submission to decision, or to the end of the run; NaN if unroutable
 * @param slaMet          for a decided attempt, whether it met the decided-SLA; for an undecided one,
 *                        false once it has already breached it; empty otherwise
 * @param periodEnd       the most significant period-end window at submission on the handling
 *                        region's calendar ({@code EoM}, {@code EoQ}, {@code EoY}); empty outside them
 * @param unroutableReason why the rules could not route it; empty unless unroutable
 */
public record AttemptRow(String opportunity, int attempt, String source, String region, String queue,
                         double priority, String complexity, EscalationStatus escalation, boolean defective,
                         long submitted, long eligible, long started, long decided, Outcome outcome,
                         String reviewerRegion, double businessHours, double wallHours, Optional<Boolean> slaMet,
                         String periodEnd, String unroutableReason) {

    /** A time that did not happen. */
    public static final long NEVER = Long.MIN_VALUE;

    public AttemptRow {
        Objects.requireNonNull(opportunity, "opportunity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(complexity, "complexity");
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reviewerRegion, "reviewerRegion");
        Objects.requireNonNull(slaMet, "slaMet");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(unroutableReason, "unroutableReason");
    }

    /** Whether it was submitted inside a period-end window. */
    public boolean inPeriodEnd() {
        return !periodEnd.isEmpty();
    }
}

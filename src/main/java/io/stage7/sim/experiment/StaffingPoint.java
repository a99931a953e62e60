package io.stage7.sim.experiment;

/**
 * One point of a region's staffing curve: the target's metric at one headcount, over the
 * replications that measured it.
 *
 * @param headcount    the headcount of the level searched
 * @param replications the replications that measured the metric in this window
 * @param mean         the metric's mean over them
 * @param low          the lower end of the two-sided Student-t interval at the search's confidence,
 *                     clipped to the metric's range (0 and 100% for a share, 0 for a time)
 * @param high         its upper end, clipped likewise
 * @param bound        the one-sided confidence bound the decision uses: the lower bound for a share,
 *                     the upper bound for a time
 * @param meets        whether {@code bound} meets the target
 */
public record StaffingPoint(int headcount, int replications, double mean, double low, double high, double bound,
                            boolean meets) {
}

package io.stage7.sim.experiment;

/**
 * One point of a region's staffing curve: the target's metric at one headcount, over the
 * replications that measured it.
 *
 * <p>A percentile target (such as {@code p90 <= 12h}) is <em>censored</em> in a replication when
 * work was submitted but the percentile cannot be estimated: more than 1 &minus; p of the work is
 * still open at the end of the horizon, past every decision (the Kaplan–Meier estimate stops below
 * p; see {@link io.stage7.sim.report.TimeToDecision}), so it is only known to be longer than every
 * decision measured. Such a
 * replication counts as a miss, never as "nothing measured": a point with {@code censored > 0}
 * has no mean or interval (all {@link Double#POSITIVE_INFINITY}) and does not meet the target, so
 * the search adds staff until the backlog is decided.
 *
 * @param headcount    the headcount of the level searched
 * @param replications the replications that measured the metric in this window (censored ones included)
 * @param mean         the metric's mean over them; {@code +∞} when censored
 * @param low          the lower end of the two-sided Student-t interval at the search's confidence,
 *                     clipped to the metric's range (0 and 100% for a share, 0 for a time); {@code +∞}
 *                     when censored
 * @param high         its upper end, clipped likewise; {@code +∞} when censored
 * @param bound        the one-sided confidence bound the decision uses: the lower bound for a share,
 *                     the upper bound for a time; {@code +∞} when censored
 * @param meets        whether {@code bound} meets the target (never when censored)
 * @param censored     the replications in which the percentile could not be estimated (0 for a share)
 */
public record StaffingPoint(int headcount, int replications, double mean, double low, double high, double bound,
                            boolean meets, int censored) {

    public StaffingPoint {
        if (censored < 0 || censored > replications) {
            throw new IllegalArgumentException("censored " + censored + " of " + replications + " replications");
        }
        if (censored > 0 && meets) {
            throw new IllegalArgumentException("a censored point never meets the target");
        }
    }

    /** A point every replication estimated. */
    public StaffingPoint(int headcount, int replications, double mean, double low, double high, double bound,
                         boolean meets) {
        this(headcount, replications, mean, low, high, bound, meets, 0);
    }

    /** A point at which {@code censored} of the {@code replications} could not estimate the percentile: a miss. */
    static StaffingPoint censored(int headcount, int replications, int censored) {
        double unknown = Double.POSITIVE_INFINITY;
        return new StaffingPoint(headcount, replications, unknown, unknown, unknown, unknown, false, censored);
    }

    /** Whether some replication could not estimate the percentile (too much work still open at the end). */
    public boolean isCensored() {
        return censored > 0;
    }
}

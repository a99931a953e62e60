package io.stage7.sim.report;

import io.stage7.sim.stats.KaplanMeier;
import io.stage7.sim.stats.PercentileHistogram;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The distribution of times to a decision (or a first response), in hours, counting the work still
 * open at the end of the run as right-censored: its time so far is a lower bound of its time to
 * decision. The 50th, 90th, 95th and 99th percentiles are Kaplan–Meier estimates
 * ({@link KaplanMeier}: linear interpolation between order statistics, as
 * {@link io.stage7.sim.stats.Percentiles}, when nothing is open), so a backlog left undecided
 * raises them instead of vanishing from them. A percentile is empty when nothing was decided, or
 * when more than 1 − p of the work is still open or took longer than the longest decision (the
 * estimate stops below p); {@link #longestDecided} is then a lower bound for it. The mean is over
 * the decided work only.
 *
 * @param count          the decisions measured
 * @param open           the work still open at the end of the run, right-censored
 * @param mean           the mean time of the decisions
 * @param longestDecided the longest time to a decision
 */
public record TimeToDecision(long count, long open, OptionalDouble mean, OptionalDouble p50, OptionalDouble p90,
                             OptionalDouble p95, OptionalDouble p99, OptionalDouble longestDecided) {

    static TimeToDecision of(PercentileHistogram decided, PercentileHistogram open) {
        if (decided.count() == 0) {
            OptionalDouble none = OptionalDouble.empty();
            return new TimeToDecision(0, open.count(), none, none, none, none, none, none);
        }
        return new TimeToDecision(decided.count(), open.count(), OptionalDouble.of(decided.mean()),
                KaplanMeier.quantile(decided, open, 0.50), KaplanMeier.quantile(decided, open, 0.90),
                KaplanMeier.quantile(decided, open, 0.95), KaplanMeier.quantile(decided, open, 0.99),
                OptionalDouble.of(decided.max()));
    }

    /** A percentile for a table: the estimate, {@code >x} when only the bound x is known, {@code -} without decisions. */
    static String show(OptionalDouble percentile, TimeToDecision times) {
        if (percentile.isPresent()) {
            return String.format(Locale.ROOT, "%.2f", percentile.getAsDouble());
        }
        return times.longestDecided().isPresent()
                ? String.format(Locale.ROOT, ">%.2f", times.longestDecided().getAsDouble()) : "-";
    }
}

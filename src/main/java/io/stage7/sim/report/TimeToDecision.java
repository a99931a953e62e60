package io.stage7.sim.report;

import io.stage7.sim.stats.PercentileHistogram;

import java.util.OptionalDouble;

/**
 * The distribution of times to a decision (or a first response), in hours: the mean and the
 * 50th, 90th, 95th and 99th percentiles (linear interpolation between order statistics, as
 * {@link io.stage7.sim.stats.Percentiles}, estimated by a {@link PercentileHistogram} to within
 * 0.1% or half a second). All empty when nothing was decided.
 */
public record TimeToDecision(long count, OptionalDouble mean, OptionalDouble p50, OptionalDouble p90,
                             OptionalDouble p95, OptionalDouble p99) {

    static TimeToDecision of(PercentileHistogram times) {
        if (times.count() == 0) {
            OptionalDouble none = OptionalDouble.empty();
            return new TimeToDecision(0, none, none, none, none, none);
        }
        return new TimeToDecision(times.count(), OptionalDouble.of(times.mean()),
                OptionalDouble.of(times.quantile(0.50)), OptionalDouble.of(times.quantile(0.90)),
                OptionalDouble.of(times.quantile(0.95)), OptionalDouble.of(times.quantile(0.99)));
    }
}

package io.stage7.sim.report;

import io.stage7.sim.stats.Percentiles;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The distribution of times to a decision (or a first response), in hours: the mean and the
 * 50th, 90th, 95th and 99th percentiles (linear interpolation between order statistics, as
 * {@link Percentiles}). All empty when nothing was decided.
 */
public record TimeToDecision(long count, OptionalDouble mean, OptionalDouble p50, OptionalDouble p90,
                             OptionalDouble p95, OptionalDouble p99) {

    static TimeToDecision of(double[] values, int count) {
        if (count == 0) {
            OptionalDouble none = OptionalDouble.empty();
            return new TimeToDecision(0, none, none, none, none, none);
        }
        double[] exact = Arrays.copyOf(values, count);
        Percentiles percentiles = Percentiles.of(exact);
        double sum = 0;
        for (double value : exact) {
            sum += value;
        }
        return new TimeToDecision(count, OptionalDouble.of(sum / count), OptionalDouble.of(percentiles.quantile(0.50)),
                OptionalDouble.of(percentiles.quantile(0.90)), OptionalDouble.of(percentiles.quantile(0.95)),
                OptionalDouble.of(percentiles.quantile(0.99)));
    }
}

package io.stage7.sim.report;

import io.stage7.sim.stats.PercentileHistogram;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Times to decision count the open work: censored percentiles, and what the tables show when one is unknown. */
class TimeToDecisionTest {

    private static PercentileHistogram hours(double... values) {
        PercentileHistogram histogram = new PercentileHistogram(1.0 / 3600);
        for (double value : values) {
            histogram.add(value);
        }
        return histogram;
    }

    @Test
    void openWorkIsCountedAndRaisesThePercentiles() {
        TimeToDecision decidedOnly = TimeToDecision.of(hours(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), hours());
        TimeToDecision withBacklog = TimeToDecision.of(hours(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), hours(4, 4, 4));
        assertEquals(3, withBacklog.open());
        assertEquals(decidedOnly.mean(), withBacklog.mean(), "the mean stays that of the decisions");
        assertTrue(withBacklog.p50().getAsDouble() > decidedOnly.p50().getAsDouble());
        assertTrue(withBacklog.p90().getAsDouble() > decidedOnly.p90().getAsDouble());
    }

    @Test
    void aPercentileTooMuchOpenWorkHidesShowsAsABoundOverTheLongestDecision() {
        TimeToDecision times = TimeToDecision.of(hours(1, 2, 3), hours(20, 30));
        assertEquals(OptionalDouble.empty(), times.p90());
        assertEquals(">3.00", TimeToDecision.show(times.p90(), times));
        assertEquals("3.00", TimeToDecision.show(times.p50(), times), "the median is the last decision");
        TimeToDecision none = TimeToDecision.of(hours(), hours(5));
        assertEquals("-", TimeToDecision.show(none.p50(), none));
        assertEquals(1, none.open());
    }
}

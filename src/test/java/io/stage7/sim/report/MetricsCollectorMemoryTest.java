package io.stage7.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stage7.scenario.Scenario;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.TestDesks;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

/** What a run's metrics retain grows with the work in flight, not with the length of the horizon. */
class MetricsCollectorMemoryTest {

    /**
     * One region of three specialists, arrivals at one an hour, every review one hour, 24/7: the
     * times to decision stay between one and a few hours however long it runs. (A histogram's
     * size follows the largest time, so a scenario whose tail grows over the horizon, with its
     * holidays and quarter ends, would grow it by a power of two now and then.)
     */
    private static Scenario lightDesk(String end) {
        return TestDesks.scenario(TestDesks.MMC).name("light-desk").seed(11)
                .horizon("2026-01-05T00:00:00Z", end).warmup(Duration.ofDays(2))
                .region("ONE", 3)
                .source("all", "ONE", 24, Map.of())
                .review("standard", TestDesks.fixed(1))
                .build();
    }

    private static MetricsCollector run(Scenario scenario) {
        DeskModel model = TestDesks.model(scenario);
        MetricsCollector metrics = new MetricsCollector(model, 0);
        model.run(0, metrics);
        return metrics;
    }

    @Test
    void aYearRetainsNoMoreThanAMonth() {
        MetricsCollector month = run(lightDesk("2026-02-02T00:00:00Z"));
        MetricsCollector year = run(lightDesk("2027-01-04T00:00:00Z"));
        long monthDecided = month.summary().overall().decided();
        long yearDecided = year.summary().overall().decided();
        assertTrue(yearDecided > 10 * monthDecided, monthDecided + " decisions in a month, " + yearDecided + " in a year");
        assertTrue(month.retainedBuckets() > 0, "the histograms hold the times");
        assertEquals(month.retainedBuckets(), year.retainedBuckets(),
                "the time histograms hold as many buckets after a year as after a month");
    }
}

package io.stage7.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * A sanity run of the hold model. It prints a rough rate for whoever reads the test output but
 * asserts nothing about time: throughput is measured with JMH in {@code benchmarks/}.
 */
class HoldModelTest {

    @Test
    void theHoldModelIsDeterministicForASeed() {
        assertEquals(HoldModel.run(1_000, 200_000, 11), HoldModel.run(1_000, 200_000, 11));
        assertNotEquals(HoldModel.run(1_000, 200_000, 11), HoldModel.run(1_000, 200_000, 12));
    }

    @Test
    void aRoughRateForTheRecord() {
        HoldModel.run(1_000, 2_000_000, 1); // warm-up
        long events = 5_000_000;
        long start = System.nanoTime();
        long checksum = HoldModel.run(1_000, events, 2);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("hold model, 1000 pending: %.1f million events/s (checksum %d)%n",
                events / seconds / 1e6, checksum);
    }
}

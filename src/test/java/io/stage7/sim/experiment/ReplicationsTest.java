package io.stage7.sim.experiment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReplicationsTest {

    /** A stand-in for a replication: its result depends only on its number. */
    private static double work(int replication) {
        SplittableRandom random = new SplittableRandom(1000L + replication);
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            sum += random.nextDouble();
        }
        return sum;
    }

    @Test
    void resultsComeBackInReplicationOrderWhateverTheThreadCount() {
        List<Double> one = Replications.run(12, 1, ReplicationsTest::work, Replications.Progress.NONE);
        List<Double> two = Replications.run(12, 2, ReplicationsTest::work, Replications.Progress.NONE);
        List<Double> five = Replications.run(12, 5, ReplicationsTest::work, Replications.Progress.NONE);
        assertEquals(one, two);
        assertEquals(one, five);
    }

    @Test
    void progressCountsEveryReplication() {
        AtomicInteger last = new AtomicInteger();
        Replications.run(7, 2, ReplicationsTest::work, (done, total) -> {
            assertEquals(7, total);
            last.accumulateAndGet(done, Math::max);
        });
        assertEquals(7, last.get());
    }

    @Test
    void theFirstFailureInReplicationOrderIsRethrown() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () ->
                Replications.run(6, 2, r -> {
                    if (r >= 3) {
                        throw new IllegalStateException("replication " + r);
                    }
                    return r;
                }, Replications.Progress.NONE));
        assertEquals("replication 3", failure.getMessage());
    }
}

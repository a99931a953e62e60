package io.stage7.sim.experiment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * An error in a worker thread (here an OutOfMemoryError, as a full heap throws it) reaches the
     * caller unchanged, and only after the other replications were cancelled and have stopped, so
     * their memory is free when the caller reports it.
     */
    @Test
    void anErrorInAWorkerIsRethrownAfterTheOthersStopped() throws InterruptedException {
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        OutOfMemoryError failure = assertThrows(OutOfMemoryError.class, () ->
                Replications.run(2, 2, r -> {
                    if (r == 1) {
                        io.stage7.sim.kernel.Simulation forever = new io.stage7.sim.kernel.Simulation(0);
                        forever.schedule(0, new io.stage7.sim.kernel.Action() {
                            @Override
                            public void fire(io.stage7.sim.kernel.Simulation simulation) {
                                running.countDown();
                                simulation.scheduleAfter(1, this);
                            }
                        });
                        try {
                            forever.run(Long.MAX_VALUE - 1);
                        } catch (io.stage7.sim.kernel.RunInterrupted e) {
                            stopped.set(true);
                            throw e;
                        }
                        return r;
                    }
                    try {
                        running.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    throw new OutOfMemoryError("Java heap space (test)");
                }, Replications.Progress.NONE));
        assertEquals("Java heap space (test)", failure.getMessage());
        assertTrue(stopped.get(), "the replication still running was cancelled and stopped before the rethrow");
    }
}

package io.stage7.sim.kernel;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run's bounds: a limit on the events it fires, and an interrupt that stops it between events. */
class SimulationLimitsTest {

    /** An event that schedules the next one a millisecond later: without a bound it runs for years. */
    private static final Action FOREVER = new Action() {
        @Override
        public void fire(Simulation simulation) {
            simulation.scheduleAfter(1, this);
        }
    };

    @Test
    void aRunStopsAtItsEventLimitWithTheEventStillPending() {
        Simulation simulation = new Simulation(0);
        simulation.limitEvents(1_000);
        simulation.schedule(0, FOREVER);
        EventLimitExceeded stopped = assertThrows(EventLimitExceeded.class, () -> simulation.run(Long.MAX_VALUE - 1));
        assertEquals(1_000, stopped.limit());
        assertEquals(1_000, simulation.eventsFired());
        assertEquals(1_000, stopped.atMillis(), "the 1,001st event, due at 1,000 ms, did not fire");
        assertEquals(1, simulation.pendingEvents());
        assertThrows(EventLimitExceeded.class, simulation::step, "the limit is for the simulation's life");
    }

    @Test
    void everyWayOfRunningHonoursTheLimit() {
        for (int way = 0; way < 3; way++) {
            Simulation simulation = new Simulation(0);
            simulation.limitEvents(10);
            simulation.schedule(0, FOREVER);
            int chosen = way;
            assertThrows(EventLimitExceeded.class, () -> {
                switch (chosen) {
                    case 0 -> simulation.runUntilEmpty();
                    case 1 -> simulation.run(1_000_000);
                    default -> {
                        while (simulation.step()) {
                            // until the limit
                        }
                    }
                }
            });
            assertEquals(10, simulation.eventsFired());
        }
    }

    @Test
    void aRunBelowItsLimitIsUnchanged() {
        Simulation simulation = new Simulation(0);
        simulation.limitEvents(100);
        simulation.schedule(0, FOREVER);
        assertEquals(100, simulation.run(100));
        assertEquals(100, simulation.nowMillis());
    }

    @Test
    void theLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Simulation(0).limitEvents(0));
    }

    @Test
    void anInterruptedThreadStopsItsRunBetweenEvents() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Simulation simulation = new Simulation(0);
        simulation.schedule(0, sim -> {
            started.countDown();
            sim.scheduleAfter(1, FOREVER);
        });
        Thread runner = new Thread(() -> {
            try {
                simulation.run(Long.MAX_VALUE - 1);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        runner.start();
        started.await();
        runner.interrupt();
        runner.join(60_000);
        assertTrue(failure.get() instanceof RunInterrupted, String.valueOf(failure.get()));
    }
}

package io.stage7.sim.kernel;

/**
 * The classic hold model for measuring an event queue: {@code population} events are pending at
 * all times; each one, when it fires, schedules a successor an exponentially distributed delay
 * later. Benchmarks call {@link #run}; it has no {@code main} and asserts nothing.
 *
 * <p>The delays come from an inline xorshift generator rather than {@code io.stage7.sim.random},
 * so the kernel depends on nothing and the measurement is of the queue, not of stream lookups.
 */
public final class HoldModel {

    /** Mean hold time: one hour, so that ties are as rare as they are in a real model. */
    private static final double MEAN_DELAY_MILLIS = SimTime.MILLIS_PER_HOUR;

    private HoldModel() {
    }

    /**
     * Fires {@code events} hold events with {@code population} events pending throughout.
     *
     * @return the final simulation time in milliseconds, a checksum for the caller to consume
     */
    public static long run(int population, long events, long seed) {
        if (population < 1 || events < 0) {
            throw new IllegalArgumentException(
                    "need population >= 1 and events >= 0, got " + population + " and " + events);
        }
        Simulation simulation = new Simulation();
        Hold hold = new Hold(seed, events);
        for (int i = 0; i < population; i++) {
            simulation.scheduleAfter(hold.nextDelay(), hold);
        }
        if (events > 0) {
            simulation.runUntilEmpty();
        }
        return simulation.nowMillis();
    }

    /** One shared action: fires, then schedules its successor; stops the run after the last event. */
    private static final class Hold implements Action {
        private long state;
        private long remaining;

        Hold(long seed, long events) {
            state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
            remaining = events;
        }

        long nextDelay() {
            // xorshift64: enough for a benchmark's delays, not for a scenario's samples.
            long x = state;
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            state = x;
            double u = ((x >>> 12) + 0.5) * 0x1.0p-52;
            return (long) (-MEAN_DELAY_MILLIS * Math.log(u));
        }

        @Override
        public void fire(Simulation simulation) {
            simulation.scheduleAfter(nextDelay(), this);
            if (--remaining == 0) {
                simulation.stop();
            }
        }
    }
}

/**
 * The discrete-event kernel: a {@link io.stage7.sim.kernel.Simulation} clock and its pending-event
 * queue, and nothing else. It knows nothing of opportunities, queues, calendars or randomness;
 * the order-management model is written on top of it.
 *
 * <p>Events are ordered by (time, sequence number), so events scheduled for the same instant run
 * in the order they were scheduled and a run is reproducible. Time is a {@code long} of epoch
 * milliseconds, with {@link java.time.Instant} views; {@link io.stage7.sim.kernel.SimTime}
 * converts sampled durations to it. A simulation is an ordinary object: no statics, no global
 * state, no thread safety (one replication runs on one thread; replications run in parallel on
 * separate {@code Simulation}s).
 *
 * <p>Depends on nothing else in Stage7.
 * <p>May import: nothing of Stage7. (Read by the architecture test.)
 */
package io.stage7.sim.kernel;

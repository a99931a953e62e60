package io.stage7.sim.kernel;

/**
 * What happens when a scheduled event fires.
 *
 * <p>The simulation is passed in so that one action instance can be shared by many events, and
 * by many simulations: a stateless action allocates nothing per event. When it fires, the clock
 * ({@link Simulation#nowMillis()}) already reads the event's time; it may schedule and cancel
 * events and call {@link Simulation#stop()}, but not run the simulation.
 */
@FunctionalInterface
public interface Action {

    /** Carries out the event at the simulation's current time. */
    void fire(Simulation simulation);
}

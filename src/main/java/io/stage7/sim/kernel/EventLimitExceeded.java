package io.stage7.sim.kernel;

/**
 * A run reached the simulation's limit on events ({@link Simulation#limitEvents(long)}): the
 * event that would have been one too many did not fire, and the run stopped. The model that set
 * the limit says which input it belongs to.
 */
public final class EventLimitExceeded extends RuntimeException {

    private final long limit;
    private final long atMillis;

    EventLimitExceeded(long limit, long atMillis) {
        super("the simulation fired " + limit + " events, its limit, at epoch millisecond " + atMillis);
        this.limit = limit;
        this.atMillis = atMillis;
    }

    /** The limit that was reached. */
    public long limit() {
        return limit;
    }

    /** The simulation time, in epoch milliseconds, of the event that would have passed the limit. */
    public long atMillis() {
        return atMillis;
    }
}

package io.stage7.sim.model;

/**
 * A replication reached the documented limit on events per replication (docs/limits.md,
 * {@code stage7.limit.eventsPerReplication}): the scenario makes more work than a run can finish
 * in bounded time and memory. An input error, not a bug: the message names the scenario file, the
 * replication, the simulated time reached, the limit and how to raise it, and the command line
 * exits 1.
 */
public final class EventLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EventLimitException(String message, Throwable cause) {
        super(message, cause);
    }
}

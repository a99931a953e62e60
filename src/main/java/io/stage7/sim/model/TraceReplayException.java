package io.stage7.sim.model;

/**
 * A trace that was checked before the run can no longer be read while replications replay it
 * (for a trace file, its temporary replay file is gone or unreadable). A problem of the
 * environment, not a bug: the command line reports the message and exits 1.
 */
public final class TraceReplayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TraceReplayException(String message) {
        super(message);
    }

    public TraceReplayException(String message, Throwable cause) {
        super(message, cause);
    }
}

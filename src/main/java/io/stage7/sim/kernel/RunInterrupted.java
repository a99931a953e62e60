package io.stage7.sim.kernel;

/**
 * The thread running the simulation was interrupted (its replication was cancelled because
 * another one failed): the run stopped between two events. The interrupt status is kept.
 */
public final class RunInterrupted extends RuntimeException {

    RunInterrupted(long eventsFired) {
        super("interrupted after " + eventsFired + " events");
    }
}

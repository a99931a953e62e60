package io.stage7.sim.model;

import java.util.Locale;

/** Where one attempt stands: decided either way, never routed, or still in flight when the run ended. */
public enum Outcome {
    /** A specialist approved it (the submission may still miss a requirement: Billing returns those). */
    APPROVED,
    /** A specialist caught a missing requirement and sent it back to sales. */
    REJECTED,
    /** The rules could not route it: a rule failed at run time, or the route names a region the scenario does not staff. */
    UNROUTABLE,
    /** In flight at the end of the run: waiting for its region's hours, its cutoff or a specialist. */
    WAITING,
    /** In flight at the end of the run: a specialist was reviewing it. */
    IN_REVIEW;

    /** The lower-case name used in output files ({@code in_review}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a specialist decided the attempt. */
    public boolean isDecided() {
        return this == APPROVED || this == REJECTED;
    }
}

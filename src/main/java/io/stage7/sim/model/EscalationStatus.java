package io.stage7.sim.model;

import java.util.Locale;

/** What became of an attempt's request to be fast-tracked. */
public enum EscalationStatus {
    /** The submission did not ask to be escalated. */
    NONE,
    /** Escalated: worked at the scenario's escalated priority. */
    ACCEPTED,
    /** Asked inside a period-end window the escalation policy refuses it in: worked at its routed priority. */
    REFUSED;

    /** The lower-case name used in output files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.stage7.sim.model;

import io.stage7.check.Sla;

/**
 * An SLA as the model measures it: so many hours, business (on the SLA's calendar) or wall-clock.
 *
 * @param name the SLA's name in the rules
 */
public record SlaTarget(String name, double hours, boolean businessHours) {

    static SlaTarget of(Sla sla) {
        return new SlaTarget(sla.name(), sla.hours().doubleValue(), sla.businessHours());
    }

    /** Whether a time to the event, in business and wall-clock hours, meets the SLA. */
    public boolean met(double business, double wall) {
        return (businessHours ? business : wall) <= hours;
    }
}

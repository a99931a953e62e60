package io.stage7.sim.model;

import io.stage7.check.Sla;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An SLA as the model measures it: so many hours, business (on the SLA's calendar) or wall-clock.
 *
 * @param name          the SLA's name in the rules
 * @param targetPercent the share of work that must meet it, in percent (the rules' {@code target N%}), if declared
 */
public record SlaTarget(String name, double hours, boolean businessHours, OptionalDouble targetPercent) {

    public SlaTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetPercent, "targetPercent");
    }

    /** An SLA without a declared attainment target. */
    public SlaTarget(String name, double hours, boolean businessHours) {
        this(name, hours, businessHours, OptionalDouble.empty());
    }

    static SlaTarget of(Sla sla) {
        return new SlaTarget(sla.name(), sla.hours().doubleValue(), sla.businessHours(),
                sla.targetPercent().map(t -> OptionalDouble.of(t.doubleValue())).orElse(OptionalDouble.empty()));
    }

    /** Whether a time to the event, in business and wall-clock hours, meets the SLA. */
    public boolean met(double business, double wall) {
        return (businessHours ? business : wall) <= hours;
    }
}

package io.stage7.sim.experiment;

/**
 * The two headcounts of a region's plan: {@link io.stage7.scenario.RegionPlan#specialists()} for
 * normal weeks, measured on work submitted outside the region's period-end windows, and
 * {@link io.stage7.scenario.RegionPlan#periodEndSpecialists()} for the EoM/EoQ/EoY windows,
 * measured on work submitted inside them.
 */
public enum StaffingLevel {
    NORMAL("normal"),
    PERIOD_END("periodEnd");

    private final String key;

    StaffingLevel(String key) {
        this.key = key;
    }

    /** Its name in {@code staff.json}. */
    public String key() {
        return key;
    }
}

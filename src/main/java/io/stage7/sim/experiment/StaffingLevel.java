package io.stage7.sim.experiment;

import io.stage7.calendar.PeriodKind;

import java.util.Optional;

/**
 * The four headcounts of a region's plan, each searched on its own: normal weeks
 * ({@link io.stage7.scenario.RegionPlan#specialists()}), measured on work submitted outside the
 * region's period-end windows, and one per kind of window (EoM, EoQ, EoY), measured on work
 * submitted on days whose most significant window is of that kind: the days that headcount staffs.
 */
public enum StaffingLevel {
    NORMAL("normal", "normal weeks", Optional.empty()),
    EOM("EoM", "EoM windows", Optional.of(PeriodKind.EOM)),
    EOQ("EoQ", "EoQ windows", Optional.of(PeriodKind.EOQ)),
    EOY("EoY", "EoY windows", Optional.of(PeriodKind.EOY));

    private final String key;
    private final String label;
    private final Optional<PeriodKind> window;

    StaffingLevel(String key, String label, Optional<PeriodKind> window) {
        this.key = key;
        this.label = label;
        this.window = window;
    }

    /** Its name in {@code staff.json}, and the label of its window in the model's rows ("" for normal weeks: none). */
    public String key() {
        return key;
    }

    /** How the table and the report name it: "normal weeks", "EoQ windows". */
    public String label() {
        return label;
    }

    /** The kind of window it staffs; empty for normal weeks. */
    public Optional<PeriodKind> window() {
        return window;
    }

    /** The level of work whose row says it was submitted in {@code periodEnd} ("" outside every window). */
    static StaffingLevel ofRowLabel(String periodEnd) {
        for (StaffingLevel level : values()) {
            if (level != NORMAL && level.key.equalsIgnoreCase(periodEnd)) {
                return level;
            }
        }
        return NORMAL;
    }
}

package io.stage7.scenario;

import io.stage7.calendar.PeriodKind;

import java.util.Optional;

/**
 * The staffing of one region: a headcount for normal days and one for each kind of period-end
 * window, since a quarter end is not a month end.
 *
 * <p>A day's headcount is the one of the most significant window its local date is in (EoY over
 * EoQ over EoM: a year end is also a quarter end and a month end, and is staffed as a year end),
 * and {@code specialists} outside every window.
 *
 * @param specialists    specialists on the rota outside period-end windows
 * @param eomSpecialists on the rota on days whose most significant window is an EoM window
 * @param eoqSpecialists on the rota on days whose most significant window is an EoQ window
 * @param eoySpecialists on the rota on days inside an EoY window
 * @param absence        the probability that a specialist is out (PTO, sickness) on a given
 *                       business day, drawn per specialist per day
 */
public record RegionPlan(int specialists, int eomSpecialists, int eoqSpecialists, int eoySpecialists, double absence) {
    public RegionPlan {
        if (specialists < 0 || eomSpecialists < 0 || eoqSpecialists < 0 || eoySpecialists < 0) {
            throw new IllegalArgumentException("headcount cannot be negative");
        }
        if (!(absence >= 0 && absence < 1)) {
            throw new IllegalArgumentException("absence must be in [0, 1), got " + absence);
        }
    }

    /** One period-end headcount for all three windows: what a single {@code period_end_specialists} number means. */
    public RegionPlan(int specialists, int periodEndSpecialists, double absence) {
        this(specialists, periodEndSpecialists, periodEndSpecialists, periodEndSpecialists, absence);
    }

    /** The headcount of a day whose most significant window is {@code window} (empty: a normal day). */
    public int specialists(Optional<PeriodKind> window) {
        return window.map(this::specialists).orElse(specialists);
    }

    /** The headcount of a day whose most significant window is of this kind. */
    public int specialists(PeriodKind kind) {
        switch (kind) {
            case EOM:
                return eomSpecialists;
            case EOQ:
                return eoqSpecialists;
            default:
                return eoySpecialists;
        }
    }

    /** The same plan with the headcount of {@code window} (empty: normal days) replaced. */
    public RegionPlan withSpecialists(Optional<PeriodKind> window, int headcount) {
        if (window.isEmpty()) {
            return new RegionPlan(headcount, eomSpecialists, eoqSpecialists, eoySpecialists, absence);
        }
        switch (window.get()) {
            case EOM:
                return new RegionPlan(specialists, headcount, eoqSpecialists, eoySpecialists, absence);
            case EOQ:
                return new RegionPlan(specialists, eomSpecialists, headcount, eoySpecialists, absence);
            default:
                return new RegionPlan(specialists, eomSpecialists, eoqSpecialists, headcount, absence);
        }
    }

    /** The size of the roster: the largest of the four headcounts. */
    public int rosterSize() {
        return Math.max(Math.max(specialists, eomSpecialists), Math.max(eoqSpecialists, eoySpecialists));
    }
}

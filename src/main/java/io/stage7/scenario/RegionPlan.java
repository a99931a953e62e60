package io.stage7.scenario;

/**
 * The staffing of one region.
 *
 * @param specialists          specialists on the rota outside period-end windows
 * @param periodEndSpecialists specialists on the rota inside the region's EoM/EoQ/EoY windows
 *                             (the same as {@code specialists} unless the scenario says otherwise)
 * @param absence              the probability that a specialist is out (PTO, sickness) on a
 *                             given business day, drawn per specialist per day
 */
public record RegionPlan(int specialists, int periodEndSpecialists, double absence) {
    public RegionPlan {
        if (specialists < 0 || periodEndSpecialists < 0) {
            throw new IllegalArgumentException("headcount cannot be negative");
        }
        if (!(absence >= 0 && absence < 1)) {
            throw new IllegalArgumentException("absence must be in [0, 1), got " + absence);
        }
    }
}

package io.stage7.sim.report.html;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A region's SLA attainment over the submissions of one week: {@code met} of the {@code measured}
 * attempts submitted in the week (decided ones, and undecided ones already past the SLA at the end
 * of the run) met the SLA, as {@code summary.json} counts attainment.
 *
 * @param week the Monday starting the week, on the region's local calendar
 * @param days how many of the week's seven local dates lie in the counted part of the horizon
 *             (fewer than 7 for the partial weeks at its edges)
 */
public record WeekAttainment(String region, LocalDate week, int days, long met, long measured) {

    public WeekAttainment {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(week, "week");
        if (days < 1 || days > 7) {
            throw new IllegalArgumentException("a week has 1 to 7 counted days, not " + days);
        }
        if (met < 0 || measured < met) {
            throw new IllegalArgumentException("met " + met + " of " + measured);
        }
    }

    /** Whether the horizon covers only part of the week. */
    public boolean partial() {
        return days < 7;
    }

    /** met / measured, empty for a week with nothing measured. */
    public OptionalDouble attainment() {
        return measured == 0 ? OptionalDouble.empty() : OptionalDouble.of(met / (double) measured);
    }
}

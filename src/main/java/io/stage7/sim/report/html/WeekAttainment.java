package io.stage7.sim.report.html;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A region's SLA attainment over the submissions of a week, or of a run of {@code weeks} weeks
 * when the horizon is too long to chart week by week: {@code met} of the {@code measured} attempts
 * submitted in it (decided ones, and undecided ones already past the SLA at the end of the run)
 * met the SLA, as {@code summary.json} counts attainment.
 *
 * @param week  the Monday starting the week (the first of the weeks), on the region's local calendar
 * @param weeks how many weeks it covers: 1 unless the horizon spans more than
 *              {@value ReportCollector#MAX_WEEK_POINTS} weeks
 * @param days  how many of its local dates lie in the counted part of the horizon (fewer than
 *              7 × weeks for the partial weeks at its edges)
 */
public record WeekAttainment(String region, LocalDate week, int weeks, int days, long met, long measured) {

    public WeekAttainment {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(week, "week");
        if (weeks < 1) {
            throw new IllegalArgumentException("at least one week, not " + weeks);
        }
        if (days < 1 || days > 7L * weeks) {
            throw new IllegalArgumentException(weeks + " weeks have 1 to " + 7L * weeks + " counted days, not " + days);
        }
        if (met < 0 || measured < met) {
            throw new IllegalArgumentException("met " + met + " of " + measured);
        }
    }

    /** Whether the horizon covers only part of it. */
    public boolean partial() {
        return days < 7L * weeks;
    }

    /** met / measured, empty when nothing was measured. */
    public OptionalDouble attainment() {
        return measured == 0 ? OptionalDouble.empty() : OptionalDouble.of(met / (double) measured);
    }
}

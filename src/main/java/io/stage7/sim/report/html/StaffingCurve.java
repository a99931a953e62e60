package io.stage7.sim.report.html;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A region's SLA attainment against headcount, as a staffing search measured it: at each
 * headcount tried, the mean attainment over the replications and its confidence interval.
 *
 * @param region the region
 * @param window which work the curve measures, e.g. "normal weeks" or "period-end windows"
 * @param points the headcounts tried, sorted by headcount on construction
 * @param chosen the headcount the search recommends, if one met the target
 */
public record StaffingCurve(String region, String window, List<Point> points, OptionalInt chosen) {

    public StaffingCurve {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(window, "window");
        points = points.stream().sorted(Comparator.comparingInt(Point::headcount)).toList();
        Objects.requireNonNull(chosen, "chosen");
    }

    /**
     * One headcount tried: attainment as a fraction in [0, 1], with its interval {@code [lo, hi]}.
     */
    public record Point(int headcount, double mean, double lo, double hi) {
        public Point {
            if (headcount < 0) {
                throw new IllegalArgumentException("negative headcount " + headcount);
            }
            if (!(lo <= mean && mean <= hi)) {
                throw new IllegalArgumentException("the interval [" + lo + ", " + hi + "] must contain the mean " + mean);
            }
        }
    }
}

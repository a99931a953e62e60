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
     * One headcount tried: attainment as a fraction in [0, 1] (or hours), with its interval
     * {@code [lo, hi]}; or, for a percentile, censored: in {@code censored} of the
     * {@code replications} too much work was still open at the end to estimate it, so there is no
     * mean or interval (NaN) and the point misses the target.
     */
    public record Point(int headcount, double mean, double lo, double hi, int censored, int replications) {
        public Point {
            if (headcount < 0) {
                throw new IllegalArgumentException("negative headcount " + headcount);
            }
            if (censored < 0 || censored > replications) {
                throw new IllegalArgumentException("censored " + censored + " of " + replications + " replications");
            }
            if (censored > 0) {
                mean = Double.NaN;
                lo = Double.NaN;
                hi = Double.NaN;
            } else if (!(lo <= mean && mean <= hi)) {
                throw new IllegalArgumentException("the interval [" + lo + ", " + hi + "] must contain the mean " + mean);
            }
        }

        /** A point every replication estimated. */
        public Point(int headcount, double mean, double lo, double hi) {
            this(headcount, mean, lo, hi, 0, 0);
        }

        /** A point some replication could not estimate: a miss, drawn as "censored". */
        public static Point censored(int headcount, int censored, int replications) {
            return new Point(headcount, Double.NaN, Double.NaN, Double.NaN, censored, replications);
        }

        /** Whether some replication could not estimate the percentile. */
        public boolean isCensored() {
            return censored > 0;
        }
    }
}

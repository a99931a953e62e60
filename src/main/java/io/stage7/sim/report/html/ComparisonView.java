package io.stage7.sim.report.html;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A what-if comparison as the report shows it: for overall, each region and the same inside
 * period-end windows, the headline metrics with A's mean, B's mean, the paired difference B − A
 * and its 95% interval.
 *
 * @param labelA       how A is named (its file)
 * @param labelB       how B is named
 * @param replications the paired replications
 * @param groups       overall, the regions, then the period-end windows
 */
public record ComparisonView(String labelA, String labelB, int replications, List<Group> groups) {

    public ComparisonView {
        Objects.requireNonNull(labelA, "labelA");
        Objects.requireNonNull(labelB, "labelB");
        groups = List.copyOf(groups);
    }

    /** One block of the comparison: "overall", "EMEA", "period-end windows, EMEA". */
    public record Group(String title, String region, boolean periodEnd, List<Row> rows) {
        public Group {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(region, "region");
            rows = List.copyOf(rows);
        }
    }

    /**
     * One metric: its label, unit ({@code percent}, {@code hours}, {@code count}), A's and B's
     * means, the mean difference and its interval (empty where undefined), and whether the
     * interval excludes zero.
     */
    public record Row(String label, String metric, String unit, OptionalDouble a, OptionalDouble b,
                      OptionalDouble difference, OptionalDouble low, OptionalDouble high, boolean significant) {
        public Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(unit, "unit");
        }
    }
}

package io.stage7.sim.report;

import io.stage7.sim.stats.ConfidenceInterval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The terminal report of a what-if comparison: for overall, each region and the same inside
 * period-end windows, the planner's headline metrics with A's mean, B's mean, the difference
 * B − A and its paired 95% confidence interval, a {@code *} where the difference is significant.
 * {@code compare.json} has every metric.
 */
public final class ComparisonTable {

    /** How a headline metric is shown. */
    public enum Unit { PERCENT, HOURS, COUNT }

    /** A headline metric: its label, its path inside a metrics section, its unit. */
    public record Row(String label, String metric, Unit unit) {
    }

    /** The headline metrics, in the order the table (and the report's comparison page) shows them. */
    public static final List<Row> ROWS = List.of(
            new Row("SLA met", "sla.attainment", Unit.PERCENT),
            new Row("mean business hours", "timeToDecision.businessHours.mean", Unit.HOURS),
            new Row("p90 business hours", "timeToDecision.businessHours.p90", Unit.HOURS),
            new Row("p90 wall hours", "timeToDecision.wallHours.p90", Unit.HOURS),
            new Row("utilization", "utilization", Unit.PERCENT),
            new Row("decided", "decided", Unit.COUNT),
            new Row("still waiting at end", "waiting", Unit.COUNT),
            new Row("rework", "rework", Unit.COUNT),
            new Row("approval accuracy", "approvalAccuracy", Unit.PERCENT),
            new Row("Chatter SLA met", "chatter.slaAttainment", Unit.PERCENT));

    private static final String LINE = "%-30s %10s %10s %12s  %-24s %s";

    private ComparisonTable() {
    }

    /** The table; {@code fileA} and {@code fileB} name the scenario files as the user gave them. */
    public static String render(Comparison comparison, String fileA, String fileB) {
        RunSummary a = comparison.a().first();
        RunSummary b = comparison.b().first();
        StringBuilder out = new StringBuilder();
        out.append("A: ").append(fileA).append(" (").append(a.scenario()).append(")\n");
        out.append("B: ").append(fileB).append(" (").append(b.scenario()).append(")\n");
        out.append(comparison.a().count()).append(" replications of each, seed ").append(a.seed())
                .append(", common random numbers: replication i of B is paired with replication i of A.\n");
        out.append("B − A is the mean paired difference with its 95% confidence interval (Student t); "
                + "* marks a significant difference (the interval excludes 0).\n");
        List<String> regions = new ArrayList<>(a.regions().keySet());
        section(out, comparison, "overall", "overall");
        for (String region : regions) {
            section(out, comparison, region, "regions." + region);
        }
        section(out, comparison, "period-end windows, overall", "periodEnd.overall");
        for (String region : regions) {
            section(out, comparison, "period-end windows, " + region, "periodEnd.regions." + region);
        }
        List<String> significant = comparison.significant();
        out.append('\n').append(significant.size()).append(" of ").append(comparison.differences().size())
                .append(" metrics differ significantly; compare.json lists them all.\n");
        if (!comparison.a().conservationHolds() || !comparison.b().conservationHolds()) {
            out.append("CONSERVATION VIOLATED in A's replications ").append(comparison.a().conservationViolations())
                    .append(", B's ").append(comparison.b().conservationViolations()).append('\n');
        }
        return out.toString();
    }

    private static void section(StringBuilder out, Comparison comparison, String title, String prefix) {
        out.append('\n');
        line(out, title, "A", "B", "B − A", "95% interval", "");
        for (Row row : ROWS) {
            String path = prefix + "." + row.metric();
            if (row.metric().startsWith("chatter.") && comparison.a().estimate(prefix + ".chatter.opened").mean().orElse(0) == 0
                    && comparison.b().estimate(prefix + ".chatter.opened").mean().orElse(0) == 0) {
                continue;
            }
            Estimate difference = comparison.difference(path);
            line(out, "  " + row.label(),
                    value(comparison.a().estimate(path).mean(), row.unit()),
                    value(comparison.b().estimate(path).mean(), row.unit()),
                    difference(difference.mean(), row.unit()),
                    difference.interval().map(ci -> interval(ci, row.unit())).orElse("-"),
                    difference.excludesZero() ? "*" : "");
        }
    }

    private static void line(StringBuilder out, Object... columns) {
        out.append(String.format(Locale.ROOT, LINE, columns).stripTrailing()).append('\n');
    }

    private static String value(OptionalDouble value, Unit unit) {
        if (value.isEmpty()) {
            return "-";
        }
        double v = value.getAsDouble();
        switch (unit) {
            case PERCENT:
                return String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case HOURS:
                return String.format(Locale.ROOT, "%.2f h", v);
            default:
                return String.format(Locale.ROOT, "%.1f", v);
        }
    }

    private static String difference(OptionalDouble value, Unit unit) {
        if (value.isEmpty()) {
            return "-";
        }
        return signed(value.getAsDouble(), unit) + (unit == Unit.PERCENT ? " pts" : unit == Unit.HOURS ? " h" : "");
    }

    private static String interval(ConfidenceInterval ci, Unit unit) {
        return "[" + signed(ci.low(), unit) + ", " + signed(ci.high(), unit) + "]";
    }

    /** With its sign, except an exact zero: {@code +4.2}, {@code -0.35}, {@code -0.0} (small but negative), {@code 0.0}. */
    private static String signed(double value, Unit unit) {
        double scaled = unit == Unit.PERCENT ? 100 * value : value;
        return String.format(Locale.ROOT, (scaled == 0 ? "%" : "%+") + (unit == Unit.HOURS ? ".2f" : ".1f"), scaled == 0 ? 0.0 : scaled);
    }
}

package io.stage7.sim.report;

import java.util.List;

/**
 * {@code replications.csv}: every metric of {@code summary.json} in every replication, for a
 * planner who wants more than the mean and interval. One row per replication (0..n−1); one column
 * per metric, named by its dotted path in {@code summary.json}, in document order; an empty cell
 * where the metric is undefined. Numbers are formatted as in {@code summary.json}.
 */
public final class ReplicationsCsv {

    public static final String FILE = "replications.csv";

    private ReplicationsCsv() {
    }

    /** The CSV text, {@code \n} line ends. */
    public static String render(ReplicatedSummary summary) {
        List<String> metrics = summary.metrics();
        double[][] columns = new double[metrics.size()][];
        StringBuilder out = new StringBuilder("replication");
        for (int m = 0; m < metrics.size(); m++) {
            out.append(',').append(Format.csv(metrics.get(m)));
            columns[m] = summary.values(metrics.get(m));
        }
        out.append('\n');
        for (int r = 0; r < summary.count(); r++) {
            out.append(r);
            for (double[] column : columns) {
                out.append(',').append(Format.decimal(column[r]));
            }
            out.append('\n');
        }
        return out.toString();
    }
}

package io.stage7.sim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The summaries of replications 0..n−1 of one scenario, and every metric of {@code summary.json}
 * estimated over them: its mean and 95% Student-t confidence interval ({@link Estimate}).
 *
 * <p>A metric is named by its dotted path in {@code summary.json}, such as
 * {@code overall.sla.attainment} or {@code regions.EMEA.timeToDecision.businessHours.p90}. The
 * metrics are every number in the document except the run's description ({@code scenario},
 * {@code seed}, {@code replication}, {@code horizon}, {@code sla}, {@code percentiles}), in
 * document order, so a
 * metric added to {@link SummaryJson} gets its interval here without further work.
 */
public final class ReplicatedSummary {

    /** The confidence level of every interval of the replicated outputs. */
    public static final double LEVEL = 0.95;

    /** The keys of {@code summary.json} that describe the run rather than measure it. */
    static final Set<String> DESCRIPTION = Set.of("scenario", "seed", "replication", "horizon", "sla",
            "percentiles");

    private final List<RunSummary> runs;
    private final Map<String, double[]> values;
    private final Map<String, Estimate> estimates;

    private ReplicatedSummary(List<RunSummary> runs, Map<String, double[]> values) {
        this.runs = List.copyOf(runs);
        this.values = Collections.unmodifiableMap(values);
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        values.forEach((path, perReplication) -> estimates.put(path, Estimate.of(perReplication, LEVEL)));
        this.estimates = Collections.unmodifiableMap(estimates);
    }

    /**
     * The summary of these runs, replication i at index i.
     *
     * @throws IllegalArgumentException without runs, or if they are not replications 0..n−1 of
     *                                  one scenario (same name, seed and regions)
     */
    public static ReplicatedSummary of(List<RunSummary> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a replicated summary needs at least one run");
        }
        RunSummary first = runs.get(0);
        Map<String, double[]> values = new LinkedHashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            RunSummary run = runs.get(r);
            if (run.replication() != r || run.seed() != first.seed() || !run.scenario().equals(first.scenario())
                    || !run.regions().keySet().equals(first.regions().keySet())) {
                throw new IllegalArgumentException("run " + r + " is not replication " + r + " of " + first.scenario()
                        + " with seed " + first.seed() + ": " + run.scenario() + ", seed " + run.seed()
                        + ", replication " + run.replication());
            }
            Map<String, Double> metrics = metrics(run);
            if (r > 0 && !metrics.keySet().equals(values.keySet())) {
                throw new IllegalArgumentException("replication " + r + " reports other metrics than replication 0");
            }
            int index = r;
            metrics.forEach((path, value) -> values.computeIfAbsent(path, p -> new double[runs.size()])[index] = value);
        }
        return new ReplicatedSummary(runs, values);
    }

    /**
     * Every metric of one run's {@code summary.json} by dotted path, in document order; NaN where
     * the document has {@code null}.
     */
    public static Map<String, Double> metrics(RunSummary run) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        ObjectNode tree = SummaryJson.tree(run);
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!DESCRIPTION.contains(field.getKey())) {
                collect(field.getKey(), field.getValue(), metrics);
            }
        }
        return metrics;
    }

    private static void collect(String path, JsonNode node, Map<String, Double> metrics) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collect(path + "." + field.getKey(), field.getValue(), metrics));
        } else if (node.isNumber()) {
            metrics.put(path, node.doubleValue());
        } else if (node.isNull()) {
            metrics.put(path, Double.NaN);
        }
        // Booleans (conservation.holds) are not estimated: see conservationHolds().
    }

    /** The number of replications. */
    public int count() {
        return runs.size();
    }

    /** The runs, replication i at index i. */
    public List<RunSummary> runs() {
        return runs;
    }

    /** Replication 0: the run whose time series and submissions the output folder keeps. */
    public RunSummary first() {
        return runs.get(0);
    }

    /** The metrics' dotted paths, in document order. */
    public List<String> metrics() {
        return new ArrayList<>(values.keySet());
    }

    /** Whether {@code path} names a metric. */
    public boolean hasMetric(String path) {
        return values.containsKey(path);
    }

    /**
     * The metric's value in each replication, NaN where undefined (a copy).
     *
     * @throws IllegalArgumentException for an unknown path
     */
    public double[] values(String path) {
        return require(values, path).clone();
    }

    /**
     * The metric's mean and confidence interval over the replications.
     *
     * @throws IllegalArgumentException for an unknown path
     */
    public Estimate estimate(String path) {
        return require(estimates, path);
    }

    /** Whether the conservation of work held in every replication. */
    public boolean conservationHolds() {
        return runs.stream().allMatch(run -> run.conservation().holds());
    }

    /** The replications whose conservation of work does not hold, in order. */
    public List<Integer> conservationViolations() {
        List<Integer> violated = new ArrayList<>();
        for (RunSummary run : runs) {
            if (!run.conservation().holds()) {
                violated.add(run.replication());
            }
        }
        return violated;
    }

    private static <T> T require(Map<String, T> map, String path) {
        T value = map.get(path);
        if (value == null) {
            throw new IllegalArgumentException("no metric " + path);
        }
        return value;
    }
}

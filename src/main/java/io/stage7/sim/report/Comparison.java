package io.stage7.sim.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two configurations, A and B, each run for replications 0..n−1 with the same seed (common random
 * numbers), and every metric's paired difference B − A with its 95% confidence interval. A
 * difference is significant when its interval excludes zero.
 *
 * @param a the replications of A
 * @param b the replications of B, replication i paired with A's replication i
 */
public record Comparison(ReplicatedSummary a, ReplicatedSummary b, Map<String, Estimate> differences) {

    public Comparison {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        differences = Collections.unmodifiableMap(new LinkedHashMap<>(differences));
    }

    /**
     * The comparison of two replicated runs.
     *
     * @throws IllegalArgumentException unless they have the same number of replications and the
     *                                  same metrics (the same regions)
     */
    public static Comparison of(ReplicatedSummary a, ReplicatedSummary b) {
        if (a.count() != b.count()) {
            throw new IllegalArgumentException("paired replications must match: " + a.count() + " and " + b.count());
        }
        // The same metrics, perhaps in another order (B may list its regions differently): A's order.
        if (!new HashSet<>(a.metrics()).equals(new HashSet<>(b.metrics()))) {
            throw new IllegalArgumentException("the two runs report different metrics (different regions?)");
        }
        Map<String, Estimate> differences = new LinkedHashMap<>();
        for (String path : a.metrics()) {
            differences.put(path, Estimate.ofDifferences(a.values(path), b.values(path), ReplicatedSummary.LEVEL));
        }
        return new Comparison(a, b, differences);
    }

    /** The difference B − A of a metric. @throws IllegalArgumentException for an unknown path */
    public Estimate difference(String path) {
        Estimate difference = differences.get(path);
        if (difference == null) {
            throw new IllegalArgumentException("no metric " + path);
        }
        return difference;
    }

    /** Whether the metric's difference is significant at 95%: its interval excludes zero. */
    public boolean significant(String path) {
        return difference(path).excludesZero();
    }

    /** The metrics whose difference is significant, in document order. */
    public List<String> significant() {
        List<String> paths = new ArrayList<>();
        differences.forEach((path, difference) -> {
            if (difference.excludesZero()) {
                paths.add(path);
            }
        });
        return paths;
    }
}

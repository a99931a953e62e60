package io.stage7.sim.experiment;

import io.stage7.scenario.Scenario;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.report.Comparison;
import io.stage7.sim.report.ReplicatedSummary;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.report.SimulationOutputs;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code stage7 compare A B}: two configurations of the desk run with common random numbers —
 * the same seed and the same replication numbers, so replication i of each sees the same
 * arrivals, the same opportunities and the same draws for each opportunity and specialist — and
 * compared metric by metric with paired confidence intervals.
 *
 * <p>What may differ is what a planner asks about: staffing, load, service and rework times,
 * coverage, Chatter, even the rules. What must match is what makes the numbers comparable: the
 * horizon (start, end and warm-up: the same stretch of time counted), the seed (common random
 * numbers) and the regions (the metrics are per region).
 */
public final class WhatIf {

    /** Replication r of A and of B. */
    private record Pair(RunSummary a, RunSummary b) {
    }

    private WhatIf() {
    }

    /** Why A and B cannot be compared; empty when they can. */
    public static List<String> incompatibilities(Scenario a, Scenario b) {
        List<String> problems = new ArrayList<>();
        if (!a.start().equals(b.start()) || !a.end().equals(b.end())) {
            problems.add("the horizons differ: A runs " + a.start() + " .. " + a.end() + ", B " + b.start() + " .. "
                    + b.end() + "; metrics over different stretches of time do not compare");
        }
        if (!a.warmup().equals(b.warmup())) {
            problems.add("the warm-ups differ: A " + a.warmup() + ", B " + b.warmup()
                    + "; they would count different work");
        }
        if (a.seed() != b.seed()) {
            problems.add("the seeds differ: A " + a.seed() + ", B " + b.seed()
                    + "; common random numbers need one seed (give --seed N to run both with N)");
        }
        if (!a.regions().keySet().equals(b.regions().keySet())) {
            problems.add("the regions differ: A " + a.regions().keySet() + ", B " + b.regions().keySet()
                    + "; the metrics are compared region by region");
        }
        return problems;
    }

    /**
     * Runs replications 0..count−1 of both models on {@code threads} threads (replication r of A
     * and of B in one task) and compares them. The result is the same whatever the thread count.
     *
     * @throws IllegalArgumentException if the models' scenarios are incompatible, or count &lt; 2
     */
    public static Comparison compare(DeskModel a, DeskModel b, int count, int threads, Replications.Progress progress) {
        List<String> problems = incompatibilities(a.scenario(), b.scenario());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (count < 2) {
            throw new IllegalArgumentException("a paired confidence interval needs at least 2 replications, got " + count);
        }
        List<Pair> pairs = Replications.run(count, threads,
                r -> new Pair(SimulationOutputs.summarize(a, r), SimulationOutputs.summarize(b, r)), progress);
        List<RunSummary> runsA = new ArrayList<>(count);
        List<RunSummary> runsB = new ArrayList<>(count);
        for (Pair pair : pairs) {
            runsA.add(pair.a());
            runsB.add(pair.b());
        }
        return Comparison.of(ReplicatedSummary.of(runsA), ReplicatedSummary.of(runsB));
    }
}

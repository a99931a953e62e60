package io.stage7.sim.experiment;

import io.stage7.scenario.RegionPlan;
import io.stage7.scenario.Scenario;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.stats.ConfidenceInterval;
import io.stage7.sim.stats.StudentT;
import io.stage7.sim.stats.Summary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Simulates staffing plans for the search: each plan (a headcount per level and region) runs
 * replications 0..n−1 under a seed, and every level of every region is summarized as a
 * {@link StaffingPoint} with the search's decision rule. A plan simulated once under a seed is
 * never simulated again (a cache keyed by plan and seed).
 */
final class PlanRuns {

    /** One region's level in one plan: its point (null when no replication measured it) and a hint. */
    record Measured(StaffingPoint point, OptionalInt stableHeadcount) {
    }

    /** A plan's measurements, by level and region. */
    record Evaluation(Measured[][] measured) {
        Measured at(StaffingLevel level, int region) {
            return measured[level.ordinal()][region];
        }
    }

    /**
     * One replication: the metric and the utilization, by level and region (NaN when unmeasured,
     * the metric +∞ when censored: see {@link StaffingTarget.Metric#value}).
     */
    private record Replication(double[][] metric, double[][] utilization) {
    }

    private static final int LEVELS = StaffingLevel.values().length;

    private final Scenario scenario;
    private final Function<Scenario, DeskModel> models;
    private final StaffingSearch.Settings settings;
    private final StaffingSearch.Progress progress;
    private final List<String> regions;
    private final Map<String, Evaluation> cache = new HashMap<>();
    private final double boundT;
    private int simulated;

    PlanRuns(Scenario scenario, Function<Scenario, DeskModel> models, StaffingSearch.Settings settings,
             StaffingSearch.Progress progress) {
        this.scenario = scenario;
        this.models = models;
        this.settings = settings;
        this.progress = progress;
        this.regions = List.copyOf(scenario.regions().keySet());
        boundT = StudentT.quantile(settings.confidence(), settings.replications() - 1);
    }

    /** Distinct plans simulated so far. */
    int simulated() {
        return simulated;
    }

    /** The plan's measurements under {@code seed}, simulated unless cached. */
    Evaluation evaluate(int[][] plan, long seed) {
        String description = describe(plan);
        String key = seed + ": " + description;
        Evaluation cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        DeskModel model = models.apply(scenario.withSeed(seed).withRegions(staffing(plan)));
        int number = ++simulated;
        String label = seed == scenario.seed() ? description : description + " (verification, seed " + seed + ")";
        List<Replication> runs = Replications.run(settings.replications(), settings.threads(),
                replication -> measure(model, replication),
                (completed, total) -> progress.replication(number, label, completed, total));
        Measured[][] measured = new Measured[LEVELS][regions.size()];
        for (int l = 0; l < LEVELS; l++) {
            for (int r = 0; r < regions.size(); r++) {
                measured[l][r] = summarize(runs, l, r, plan[l][r]);
            }
        }
        Evaluation evaluation = new Evaluation(measured);
        cache.put(key, evaluation);
        return evaluation;
    }

    /** The scenario's staffing with the plan's headcounts (absence kept). */
    Map<String, RegionPlan> staffing(int[][] plan) {
        Map<String, RegionPlan> staffing = new LinkedHashMap<>();
        for (int r = 0; r < regions.size(); r++) {
            double absence = scenario.regions().get(regions.get(r)).absence();
            staffing.put(regions.get(r), new RegionPlan(plan[0][r], plan[1][r], plan[2][r], plan[3][r], absence));
        }
        return staffing;
    }

    private Replication measure(DeskModel model, int replication) {
        WindowSplit split = new WindowSplit(model, replication);
        model.run(replication, split);
        int n = regions.size();
        double[][] metric = new double[LEVELS][n];
        double[][] utilization = new double[LEVELS][n];
        for (StaffingLevel level : StaffingLevel.values()) {
            var summary = split.summary(level);
            for (int r = 0; r < n; r++) {
                metric[level.ordinal()][r] = settings.target().metric().value(summary.regions().get(regions.get(r)));
                utilization[level.ordinal()][r] = split.utilization(level, r);
            }
        }
        return new Replication(metric, utilization);
    }

    private Measured summarize(List<Replication> runs, int level, int region, int headcount) {
        double[] values = runs.stream().mapToDouble(run -> run.metric()[level][region]).filter(v -> !Double.isNaN(v))
                .toArray();
        double[] utilizations = runs.stream().mapToDouble(run -> run.utilization()[level][region])
                .filter(v -> !Double.isNaN(v)).toArray();
        OptionalInt stable = OptionalInt.empty();
        if (utilizations.length > 0) {
            double mean = Arrays.stream(utilizations).average().orElse(0);
            // The offered load in specialists is about utilization × (headcount present); the queue
            // is stable only above it. Absence thins the headcount present, not the utilization.
            stable = OptionalInt.of((int) Math.floor(mean * headcount) + 1);
        }
        if (values.length < 2) {
            return new Measured(null, stable);
        }
        int censored = (int) Arrays.stream(values).filter(Double::isInfinite).count();
        if (censored > 0) {
            // Not averaged over the replications that could estimate it: a backlog left open
            // would flatter the mean. An unestimable percentile misses any target.
            return new Measured(StaffingPoint.censored(headcount, values.length, censored), stable);
        }
        Summary summary = Summary.of(values);
        ConfidenceInterval interval = summary.confidenceInterval(settings.confidence());
        double t = values.length == settings.replications() ? boundT
                : StudentT.quantile(settings.confidence(), values.length - 1);
        StaffingTarget target = settings.target();
        double bound = target.metric().isShare() ? summary.mean() - t * summary.standardError()
                : summary.mean() + t * summary.standardError();
        // The interval is clipped to the metric's range (a share within [0, 1], a time at least 0).
        double high = target.metric().isShare() ? Math.min(1, interval.high()) : interval.high();
        StaffingPoint point = new StaffingPoint(headcount, values.length, summary.mean(), Math.max(0, interval.low()),
                high, bound, target.isMetBy(bound));
        return new Measured(point, stable);
    }

    /** {@code APAC 4/6/6/6, EMEA 5/5/7/7}: each region's normal / EoM / EoQ / EoY headcount. */
    String describe(int[][] plan) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < regions.size(); r++) {
            if (r > 0) {
                text.append(", ");
            }
            text.append(regions.get(r)).append(' ');
            for (int l = 0; l < LEVELS; l++) {
                text.append(l > 0 ? "/" : "").append(plan[l][r]);
            }
        }
        return text.toString();
    }
}

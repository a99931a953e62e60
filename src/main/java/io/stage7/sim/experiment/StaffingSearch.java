package io.stage7.sim.experiment;

import io.stage7.scenario.Coverage;
import io.stage7.scenario.RegionPlan;
import io.stage7.scenario.Scenario;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.report.Metrics;
import io.stage7.sim.report.MetricsCollector;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.stats.ConfidenceInterval;
import io.stage7.sim.stats.StudentT;
import io.stage7.sim.stats.Summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The staffing search: per region, the smallest headcount for normal weeks and for the
 * period-end windows whose target metric meets the target with the given confidence.
 *
 * <p><b>Decision rule.</b> A headcount meets the target when the one-sided Student-t confidence
 * bound of the metric's mean over the replications (n − 1 degrees of freedom, level
 * {@code confidence}) meets it: {@code mean − t·s/√n ≥ threshold} for a share such as
 * {@code approval}, {@code mean + t·s/√n ≤ threshold} for a time such as {@code p90}. Normal weeks
 * are measured on the work submitted outside the region's period-end windows, the period-end
 * level on the work submitted inside them.
 *
 * <p><b>Common random numbers.</b> Every plan runs replications 0..n−1 with the scenario's seed,
 * so each candidate sees the same arrivals, opportunities, review times and absences (see the
 * model's random streams), and a plan evaluated once is never simulated again (a cache keyed by
 * the plan).
 *
 * <p><b>Search.</b> Attainment is taken to be non-decreasing in a region's headcount. Each
 * (region, level) is one integer variable, searched by {@link MonotoneSearch}: from its current
 * value (the scenario's plan at first), step away with doubling steps, jumping to the headcount
 * that keeps the queue stable as measured (⌊utilization × headcount⌋ + 1), then bisect. Levels in
 * order: the normal headcount first (period-end headcounts held), then the period-end headcount
 * with the normal one fixed. With coverage {@code never} the regions are independent (each draws
 * only from its own random streams), so all regions are searched in lockstep: one simulated plan
 * carries every region's next probe. With coverage the first round is lockstep too (coverage
 * couples regions weakly), and later rounds search one region at a time with the others fixed.
 * Rounds repeat until one changes nothing, at most {@value #MAX_PASSES}.
 */
public final class StaffingSearch {

    /** The rounds after which the search stops even if the last one still changed a headcount. */
    public static final int MAX_PASSES = 4;

    /**
     * How to search.
     *
     * @param confidence   the level of the one-sided bound, in (0, 1)
     * @param replications replications of every plan, at least 2
     * @param min          the smallest headcount considered, at least 0
     * @param max          the largest headcount considered, at least min
     * @param threads      threads running replications
     */
    public record Settings(StaffingTarget target, double confidence, int replications, int min, int max, int threads) {
        public Settings {
            Objects.requireNonNull(target, "target");
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
            }
            if (replications < 2) {
                throw new IllegalArgumentException("at least two replications are needed, got " + replications);
            }
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("bounds must satisfy 0 <= min <= max, got " + min + ".." + max);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("at least one thread, got " + threads);
            }
        }
    }

    /** Told as plans are simulated. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (plan, description, completed, total) -> { };

        /** Replication {@code completed} of {@code total} of the {@code plan}-th plan simulated. */
        void replication(int plan, String description, int completed, int total);
    }

    private final Scenario scenario;
    private final Function<Scenario, DeskModel> models;
    private final Settings settings;
    private final Progress progress;
    private final List<String> regions;
    private final double[] absence;
    private final Map<String, Evaluation> cache = new HashMap<>();
    private final double boundT;

    /** Each (region, level): headcount → the latest point measured there. */
    private final List<Map<StaffingLevel, TreeMap<Integer, StaffingPoint>>> curves = new ArrayList<>();
    private final LevelAnswer.Status[][] status;
    private final int[][] current;

    private StaffingSearch(Scenario scenario, Function<Scenario, DeskModel> models, Settings settings,
                           Progress progress) {
        this.scenario = scenario;
        this.models = models;
        this.settings = settings;
        this.progress = progress;
        this.regions = List.copyOf(scenario.regions().keySet());
        int n = regions.size();
        absence = new double[n];
        current = new int[StaffingLevel.values().length][n];
        status = new LevelAnswer.Status[StaffingLevel.values().length][n];
        for (int r = 0; r < n; r++) {
            RegionPlan plan = scenario.regions().get(regions.get(r));
            absence[r] = plan.absence();
            current[StaffingLevel.NORMAL.ordinal()][r] = clamp(plan.specialists());
            current[StaffingLevel.PERIOD_END.ordinal()][r] = clamp(plan.periodEndSpecialists());
            Map<StaffingLevel, TreeMap<Integer, StaffingPoint>> byLevel = new LinkedHashMap<>();
            for (StaffingLevel level : StaffingLevel.values()) {
                byLevel.put(level, new TreeMap<>());
            }
            curves.add(byLevel);
        }
        boundT = StudentT.quantile(settings.confidence(), settings.replications() - 1);
    }

    /**
     * Searches the staffing of {@code scenario}.
     *
     * @param models builds the desk model of the scenario with another staffing plan
     *               ({@link DeskModel#prepare} with the scenario's rules and trace); called once per
     *               plan simulated
     */
    public static StaffingResult run(Scenario scenario, Function<Scenario, DeskModel> models, Settings settings,
                                     Progress progress) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(progress, "progress");
        return new StaffingSearch(scenario, models, settings, progress).search();
    }

    private StaffingResult search() {
        boolean independent = scenario.coverage().policy() == Coverage.Policy.NEVER;
        int passes = 0;
        boolean settled = false;
        while (!settled && passes < MAX_PASSES) {
            passes++;
            boolean changed = false;
            for (StaffingLevel level : StaffingLevel.values()) {
                // The first round treats the regions as independent even under coverage (coverage
                // couples them weakly): a cheap first answer that later rounds correct one region at a time.
                if (independent || passes == 1) {
                    changed |= searchLevel(level, allRegions());
                } else {
                    for (int r = 0; r < regions.size(); r++) {
                        changed |= searchLevel(level, new int[]{r});
                    }
                }
            }
            settled = !changed;
        }
        List<RegionStaffing> answers = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            answers.add(new RegionStaffing(regions.get(r), answer(r, StaffingLevel.NORMAL),
                    answer(r, StaffingLevel.PERIOD_END)));
        }
        return new StaffingResult(scenario.name(), scenario.seed(), settings.target(), settings.confidence(),
                settings.replications(), settings.min(), settings.max(), scenario.coverage().policy(), answers,
                cache.size(), passes, settled);
    }

    private int[] allRegions() {
        int[] all = new int[regions.size()];
        Arrays.setAll(all, r -> r);
        return all;
    }

    /**
     * Searches one level of the given regions, everything else held at its current value; with
     * several regions (independent ones) each simulated plan carries every region's next probe.
     *
     * @return whether a current headcount changed
     */
    private boolean searchLevel(StaffingLevel level, int[] searched) {
        int l = level.ordinal();
        MonotoneSearch[] searches = new MonotoneSearch[searched.length];
        boolean[] unmeasured = new boolean[searched.length];
        for (int i = 0; i < searched.length; i++) {
            searches[i] = new MonotoneSearch(settings.min(), settings.max(), current[l][searched[i]]);
        }
        int[][] plan = copy(current);
        while (true) {
            boolean any = false;
            int[] probe = new int[searched.length];
            for (int i = 0; i < searched.length; i++) {
                OptionalInt next = unmeasured[i] ? OptionalInt.empty() : searches[i].next();
                probe[i] = next.orElse(-1);
                if (next.isPresent()) {
                    any = true;
                    plan[l][searched[i]] = next.getAsInt();
                } else {
                    plan[l][searched[i]] = settled(searches[i], unmeasured[i], current[l][searched[i]]);
                }
            }
            if (!any) {
                break;
            }
            Evaluation evaluation = evaluate(plan);
            for (int i = 0; i < searched.length; i++) {
                if (probe[i] < 0) {
                    continue;
                }
                int r = searched[i];
                Measured measured = evaluation.measured[l][r];
                if (measured.point == null) {
                    unmeasured[i] = true;
                    continue;
                }
                curves.get(r).get(level).put(probe[i], measured.point);
                searches[i].record(probe[i], measured.point.meets(), measured.stableHeadcount);
            }
        }
        boolean changed = false;
        for (int i = 0; i < searched.length; i++) {
            int r = searched[i];
            int value = settled(searches[i], unmeasured[i], current[l][r]);
            status[l][r] = unmeasured[i] ? LevelAnswer.Status.NOT_MEASURED
                    : searches[i].answer().isPresent() ? LevelAnswer.Status.MET : LevelAnswer.Status.NOT_MET_WITHIN_BOUNDS;
            changed |= value != current[l][r];
            current[l][r] = value;
        }
        return changed;
    }

    /** Where a finished search leaves its headcount: the answer, max when none meets, unchanged when unmeasured. */
    private int settled(MonotoneSearch search, boolean unmeasured, int before) {
        if (unmeasured) {
            return before;
        }
        return search.answer().orElse(settings.max());
    }

    private LevelAnswer answer(int region, StaffingLevel level) {
        LevelAnswer.Status s = status[level.ordinal()][region];
        List<StaffingPoint> curve = new ArrayList<>(curves.get(region).get(level).values());
        return new LevelAnswer(s, s == LevelAnswer.Status.MET ? OptionalInt.of(current[level.ordinal()][region])
                : OptionalInt.empty(), curve);
    }

    // ------------------------------------------------------------------ evaluating plans

    /** One region's level in one plan: its point (null when no replication measured it) and a hint. */
    private record Measured(StaffingPoint point, OptionalInt stableHeadcount) {
    }

    /** A plan's measurements, by level and region. */
    private record Evaluation(Measured[][] measured) {
    }

    /** One replication: the metric and the utilization, by level and region (NaN when unmeasured). */
    private record Replication(double[][] metric, double[][] utilization) {
    }

    private Evaluation evaluate(int[][] plan) {
        String key = describe(plan);
        Evaluation cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Map<String, RegionPlan> staffing = new LinkedHashMap<>();
        for (int r = 0; r < regions.size(); r++) {
            staffing.put(regions.get(r), new RegionPlan(plan[0][r], plan[1][r], absence[r]));
        }
        DeskModel model = models.apply(scenario.withRegions(staffing));
        int number = cache.size() + 1;
        List<Replication> runs = Replications.run(settings.replications(), settings.threads(),
                replication -> measure(model, replication),
                (completed, total) -> progress.replication(number, key, completed, total));
        Measured[][] measured = new Measured[2][regions.size()];
        for (StaffingLevel level : StaffingLevel.values()) {
            int l = level.ordinal();
            for (int r = 0; r < regions.size(); r++) {
                measured[l][r] = summarize(runs, l, r, plan[l][r]);
            }
        }
        Evaluation evaluation = new Evaluation(measured);
        cache.put(key, evaluation);
        return evaluation;
    }

    private Replication measure(DeskModel model, int replication) {
        MetricsCollector all = new MetricsCollector(model, replication);
        MetricsCollector normal = new MetricsCollector(model, replication);
        model.run(replication, new WindowSplit(all, normal));
        RunSummary everything = all.summary();
        RunSummary normalWeeks = normal.summary();
        int n = regions.size();
        double[][] metric = new double[2][n];
        double[][] utilization = new double[2][n];
        for (int r = 0; r < n; r++) {
            String region = regions.get(r);
            Metrics whole = everything.regions().get(region);
            Metrics periodEnd = everything.periodEndRegions().get(region);
            metric[0][r] = value(settings.target().metric().measure(normalWeeks.regions().get(region)));
            metric[1][r] = value(settings.target().metric().measure(periodEnd));
            double normalWorking = whole.workingHours() - periodEnd.workingHours();
            utilization[0][r] = normalWorking > 0 ? (whole.busyHours() - periodEnd.busyHours()) / normalWorking : Double.NaN;
            utilization[1][r] = periodEnd.workingHours() > 0 ? periodEnd.busyHours() / periodEnd.workingHours() : Double.NaN;
        }
        return new Replication(metric, utilization);
    }

    private static double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : Double.NaN;
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

    /** {@code APAC 4/6, EMEA 5/5}: each region's normal / period-end headcount. */
    private String describe(int[][] plan) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < regions.size(); r++) {
            if (r > 0) {
                text.append(", ");
            }
            text.append(regions.get(r)).append(' ').append(plan[0][r]).append('/').append(plan[1][r]);
        }
        return text.toString();
    }

    private int clamp(int headcount) {
        return Math.max(settings.min(), Math.min(settings.max(), headcount));
    }

    private static int[][] copy(int[][] values) {
        int[][] copy = new int[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }
}

package io.stage7.sim.experiment;

import io.stage7.scenario.Coverage;
import io.stage7.scenario.RegionPlan;
import io.stage7.scenario.Scenario;
import io.stage7.sim.model.DeskModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The staffing search: one plan for every region and window (normal weeks, EoM, EoQ, EoY), each
 * headcount the smallest whose target metric meets the target with the given confidence, with the
 * marginal curve of each headcount around the plan and a verification of the plan with fresh
 * random numbers.
 *
 * <p><b>Decision rule.</b> A headcount meets the target when the one-sided Student-t confidence
 * bound of the metric's mean over the replications (n − 1 degrees of freedom, level
 * {@code confidence}) meets it: {@code mean − t·s/√n ≥ threshold} for a share such as
 * {@code approval}, {@code mean + t·s/√n ≤ threshold} for a time such as {@code p90}. Normal weeks
 * are measured on the work submitted outside the region's period-end windows, a window's level on
 * the work submitted on the days it staffs (those whose most significant window is of its kind).
 * A percentile that some replication cannot estimate because more than 1 − p of the window's work
 * is still open at the end of the horizon (censored) misses the target: the search adds staff
 * rather than read a backlog as "nothing measured" ({@link StaffingPoint}).
 *
 * <p><b>Common random numbers.</b> Every plan of the search runs replications 0..n−1 with the
 * scenario's seed, so each candidate sees the same arrivals, opportunities, review times and
 * absences (see the model's random streams), and a plan evaluated once is never simulated again.
 *
 * <p><b>Search.</b> Attainment is taken to be non-decreasing in a region's headcount. Each
 * (region, level) is one integer variable, searched by {@link MonotoneSearch}: from its current
 * value (the scenario's plan at first), step away with doubling steps, jumping to the headcount
 * that keeps the queue stable as measured (⌊utilization × headcount⌋ + 1), then bisect. Levels in
 * order: normal weeks, EoM, EoQ, EoY, each with the others held. With coverage {@code never} the
 * regions are independent (each draws only from its own random streams), so all regions are
 * searched in lockstep: one simulated plan carries every region's next probe. With coverage the
 * first round is lockstep too (coverage couples regions weakly), and later rounds search one region
 * at a time with the others fixed. Rounds repeat until one changes nothing, at most
 * {@value #MAX_PASSES}.
 *
 * <p><b>Marginal curves.</b> Then each level of each region is varied around the plan (two below
 * the recommended headcount to two above, and the scenario's own headcount) with every other
 * headcount at the plan, the same random numbers. A settled plan is one whose last round changed
 * nothing and whose every marginal curve backs it: the recommended headcount meets, one fewer does
 * not.
 *
 * <p><b>Verification.</b> Finally the plan runs replications 0..n−1 under a seed derived from the
 * scenario's ({@link #verificationSeed}): random numbers the search never selected on.
 */
public final class StaffingSearch {

    /** The rounds after which the search stops even if the last one still changed a headcount. */
    public static final int MAX_PASSES = 6;
    /** How far below and above the recommended headcount a marginal curve reaches. */
    public static final int CURVE_REACH = 2;

    private static final int LEVELS = StaffingLevel.values().length;

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
    private final Settings settings;
    private final PlanRuns runs;
    private final List<String> regions;
    private final boolean independent;
    private final LevelAnswer.Status[][] status;
    /** The scenario's own headcounts, clipped to the bounds. */
    private final int[][] start;
    private final int[][] current;

    private StaffingSearch(Scenario scenario, Function<Scenario, DeskModel> models, Settings settings,
                           Progress progress) {
        this.scenario = scenario;
        this.settings = settings;
        this.runs = new PlanRuns(scenario, models, settings, progress);
        this.regions = List.copyOf(scenario.regions().keySet());
        this.independent = scenario.coverage().policy() == Coverage.Policy.NEVER;
        int n = regions.size();
        start = new int[LEVELS][n];
        status = new LevelAnswer.Status[LEVELS][n];
        for (int r = 0; r < n; r++) {
            RegionPlan plan = scenario.regions().get(regions.get(r));
            for (StaffingLevel level : StaffingLevel.values()) {
                start[level.ordinal()][r] = clamp(plan.specialists(level.window()));
            }
        }
        current = copy(start);
    }

    /**
     * Searches the staffing of {@code scenario}.
     *
     * @param models builds the desk model of the scenario with another staffing plan or seed
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

    /**
     * The seed of the verification run: the first output of SplitMix64 seeded with the search's
     * seed, its sign bit cleared (so it can be given to {@code --seed}): fresh random numbers that
     * the same inputs always give.
     */
    public static long verificationSeed(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    private StaffingResult search() {
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
        int[][] plan = copy(current);
        List<List<List<StaffingPoint>>> curves = marginalCurves(plan);
        long verificationSeed = verificationSeed(scenario.seed());
        PlanRuns.Evaluation verification = runs.evaluate(plan, verificationSeed);
        int simulated = runs.simulated() - 1;
        List<RegionStaffing> answers = new ArrayList<>();
        boolean agree = true;
        for (int r = 0; r < regions.size(); r++) {
            Map<StaffingLevel, LevelAnswer> levels = new EnumMap<>(StaffingLevel.class);
            for (StaffingLevel level : StaffingLevel.values()) {
                int l = level.ordinal();
                LevelAnswer answer = new LevelAnswer(status[l][r], start[l][r], plan[l][r], curves.get(l).get(r),
                        Optional.ofNullable(verification.at(level, r).point()));
                agree &= answer.curveAgrees(settings.min());
                levels.put(level, answer);
            }
            answers.add(new RegionStaffing(regions.get(r), levels));
        }
        return new StaffingResult(scenario.name(), scenario.seed(), settings.target(), settings.confidence(),
                settings.replications(), settings.min(), settings.max(), scenario.coverage().policy(), answers,
                simulated, passes, settled, agree, verificationSeed);
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
            PlanRuns.Evaluation evaluation = runs.evaluate(plan, scenario.seed());
            for (int i = 0; i < searched.length; i++) {
                if (probe[i] < 0) {
                    continue;
                }
                PlanRuns.Measured measured = evaluation.at(level, searched[i]);
                if (measured.point() == null) {
                    unmeasured[i] = true;
                    continue;
                }
                searches[i].record(probe[i], measured.point().meets(), measured.stableHeadcount());
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

    /**
     * Per level and region, the marginal curve: the level's headcount varied around the plan with
     * everything else at the plan. Independent regions are varied in lockstep (one plan carries the
     * k-th headcount of every region's curve), since a region's results do not depend on the
     * others' headcounts.
     */
    private List<List<List<StaffingPoint>>> marginalCurves(int[][] plan) {
        List<List<List<StaffingPoint>>> curves = new ArrayList<>();
        for (StaffingLevel level : StaffingLevel.values()) {
            int l = level.ordinal();
            List<List<StaffingPoint>> byRegion = new ArrayList<>();
            List<int[]> headcounts = new ArrayList<>();
            for (int r = 0; r < regions.size(); r++) {
                byRegion.add(new ArrayList<>());
                headcounts.add(status[l][r] == LevelAnswer.Status.NOT_MEASURED ? new int[0] : curveHeadcounts(plan[l][r], start[l][r]));
            }
            int[][] groups = independent ? new int[][]{allRegions()} : singleRegions();
            for (int[] group : groups) {
                int longest = Arrays.stream(group).map(r -> headcounts.get(r).length).max().orElse(0);
                for (int k = 0; k < longest; k++) {
                    int[][] varied = copy(plan);
                    for (int r : group) {
                        if (k < headcounts.get(r).length) {
                            varied[l][r] = headcounts.get(r)[k];
                        }
                    }
                    PlanRuns.Evaluation evaluation = runs.evaluate(varied, scenario.seed());
                    for (int r : group) {
                        StaffingPoint point = evaluation.at(level, r).point();
                        if (k < headcounts.get(r).length && point != null) {
                            byRegion.get(r).add(point);
                        }
                    }
                }
            }
            curves.add(byRegion);
        }
        return curves;
    }

    /** The headcounts of a marginal curve, ascending: the recommended ± {@value #CURVE_REACH}, and the scenario's own. */
    private int[] curveHeadcounts(int recommended, int own) {
        TreeSet<Integer> values = new TreeSet<>();
        for (int h = recommended - CURVE_REACH; h <= recommended + CURVE_REACH; h++) {
            values.add(clamp(h));
        }
        values.add(own);
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[][] singleRegions() {
        int[][] groups = new int[regions.size()][];
        for (int r = 0; r < regions.size(); r++) {
            groups[r] = new int[]{r};
        }
        return groups;
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

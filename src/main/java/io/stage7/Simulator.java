package io.stage7;

import io.stage7.scenario.Load;
import io.stage7.scenario.Scenario;
import io.stage7.scenario.ScenarioReader;
import io.stage7.scenario.ScenarioResult;
import io.stage7.sim.experiment.StaffingSearch;
import io.stage7.sim.experiment.StaffingTarget;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.trace.TraceFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulation half's entry point, beside {@link Rules}: a scenario read, its rules loaded,
 * checked and compiled once, its trace checked, and its desk model built, ready to run. Every
 * simulation command and every embedder goes through it:
 *
 * <pre>{@code
 * Simulator.Prepared prepared = Simulator.prepare(Path.of("scenarios/default.yaml"), Optional.empty());
 * System.err.print(prepared.messages());              // problems and warnings, located
 * try (Simulator simulator = prepared.simulator().orElseThrow()) {
 *     Simulator.Run run = simulator.runReplications(20, 2, Path.of("out/default"), Simulator.Progress.NONE);
 *     System.out.print(run.table());
 * }
 * }</pre>
 *
 * <p>Outputs are written atomically ({@code io.stage7.output.OutputFolder}): a folder holds one complete run or
 * the previous one, never a mix. A simulator is thread-safe and its runs are deterministic: the
 * same scenario and seed give byte-identical files. Close it when done: a replayed trace keeps a
 * temporary binary copy until then.
 */
public final class Simulator implements AutoCloseable {

    private final Scenario scenario;
    private final Rules rules;
    private final DeskModel model;
    private final Optional<TraceFile> trace;

    private Simulator(Scenario scenario, Rules rules, DeskModel model, Optional<TraceFile> trace) {
        this.scenario = scenario;
        this.rules = rules;
        this.model = model;
        this.trace = trace;
    }

    /** Told as replications complete, from the threads running them. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (completed, total) -> { };

        void completed(int completed, int total);
    }

    /**
     * What preparing a scenario gave: the simulator when nothing kept it from running, and the
     * messages to show either way (every problem and warning, located, with a summary line).
     */
    public record Prepared(Optional<Simulator> simulator, String messages) {
        public Prepared {
            Objects.requireNonNull(simulator, "simulator");
            Objects.requireNonNull(messages, "messages");
        }

        public boolean hasErrors() {
            return simulator.isEmpty();
        }
    }

    /**
     * Reads the scenario in {@code file} and prepares it: the rules the scenario names are loaded
     * and checked once, by the scenario reader, and compiled from that same check.
     *
     * @param seed overrides the scenario's seed when present
     */
    public static Prepared prepare(Path file, Optional<Long> seed) {
        ScenarioResult read = ScenarioReader.read(file);
        StringBuilder messages = new StringBuilder();
        if (!read.problems().isEmpty() || !read.ruleDiagnostics().isEmpty()) {
            messages.append(read.render()).append(read.summaryLine(file.toString())).append('\n');
        }
        if (read.scenario().isEmpty()) {
            return new Prepared(Optional.empty(), messages.toString());
        }
        Scenario scenario = seed.map(read.scenario().get()::withSeed).orElse(read.scenario().get());
        Rules rules = Rules.of(read.rules().orElseThrow(() -> new IllegalStateException(
                "the scenario reader accepted a scenario without checked rules")));
        return prepare(scenario, rules, messages);
    }

    /** Prepares a scenario built in code, loading its rules directory. */
    public static Prepared prepare(Scenario scenario) {
        Rules.Loaded loaded = Rules.load(scenario.rulesDir());
        if (loaded.hasErrors()) {
            return new Prepared(Optional.empty(), loaded.render());
        }
        return prepare(scenario, loaded.rules().get(), new StringBuilder());
    }

    private static Prepared prepare(Scenario scenario, Rules rules, StringBuilder messages) {
        Optional<TraceFile> trace = Optional.empty();
        if (scenario.load() instanceof Load.Trace replay) {
            trace = TraceCheck.scan(scenario, rules, replay, messages);
            if (trace.isEmpty()) {
                return new Prepared(Optional.empty(), messages.toString());
            }
        }
        DeskModel.Preparation prepared = model(scenario, rules, trace);
        if (!prepared.problems().isEmpty()) {
            prepared.problems().forEach(p -> messages.append(scenario.source()).append(": error: ").append(p).append('\n'));
            trace.ifPresent(TraceFile::close);
            return new Prepared(Optional.empty(), messages.toString());
        }
        return new Prepared(Optional.of(new Simulator(scenario, rules, prepared.model().get(), trace)),
                messages.toString());
    }

    private static DeskModel.Preparation model(Scenario plan, Rules rules, Optional<TraceFile> trace) {
        return trace.isPresent()
                ? DeskModel.prepare(plan, rules.checked(), rules.evaluator(), trace.get())
                : DeskModel.prepare(plan, rules.checked(), rules.evaluator(), List.of());
    }

    /** The scenario, with the seed it runs under. */
    public Scenario scenario() {
        return scenario;
    }

    /** The scenario's rules, compiled. */
    public Rules rules() {
        return rules;
    }

    /** The desk model; for the commands and reports in this code base, not a stable API. */
    DeskModel model() {
        return model;
    }

    /** The desk model of the same scenario with another plan (staffing, seed), under the same rules and trace. */
    DeskModel modelFor(Scenario plan) {
        DeskModel.Preparation prepared = model(plan, rules, trace);
        return prepared.model().orElseThrow(() -> new IllegalArgumentException("the plan cannot run: " + prepared.problems()));
    }

    /** The default output folder: {@code out/<scenario name>}, with characters unsafe in a file name replaced by '-'. */
    public static Path defaultOutput(Scenario scenario) {
        String safe = scenario.name().replaceAll("[^A-Za-z0-9._-]", "-");
        return Path.of("out", safe.isEmpty() || safe.startsWith(".") ? "scenario" + safe : safe);
    }

    /**
     * What a simulation run wrote.
     *
     * @param table             the summary table, as {@code stage7 simulate} prints it
     * @param json              the summary as JSON, the content of the folder's {@code summary.json}
     * @param output            the folder written, as given
     * @param conservationHolds whether the conservation of work held in every replication (if not, a bug)
     * @param violations        the replications where it did not
     */
    public record Run(String table, String json, Path output, boolean conservationHolds, List<Integer> violations) {
        public Run {
            violations = List.copyOf(violations);
        }
    }

    /** One replication (replication 0): the single-run summary.json, timeseries.csv, submissions.csv and report.html. */
    public Run run(Path output) throws IOException {
        return SimulationRuns.single(this, output);
    }

    /**
     * {@code count} replications on {@code threads} threads: the replicated summary.json (mean and
     * 95% interval of every metric), replications.csv, replication 0's CSV files and report.html.
     */
    public Run runReplications(int count, int threads, Path output, Progress progress) throws IOException {
        return SimulationRuns.replicated(this, count, threads, output, progress);
    }

    /** The file {@link #compare} writes into its output folder. */
    public static final String COMPARE_FILE = "compare.json";

    /**
     * What a comparison wrote.
     *
     * @param table             each metric's difference B − A with its paired interval, as {@code stage7 compare} prints it
     * @param json              the same as JSON, the content of the folder's {@link #COMPARE_FILE}
     * @param output            the folder written, as given
     * @param conservationHolds whether the conservation of work held in every replication of both (if not, a bug)
     */
    public record Compared(String table, String json, Path output, boolean conservationHolds) {
    }

    /**
     * Why two scenarios cannot be compared with common random numbers (a different horizon,
     * warm-up, seed or regions); empty when they can.
     */
    public static List<String> incompatibilities(Simulator a, Simulator b) {
        return SimulationRuns.incompatibilities(a, b);
    }

    /**
     * A what-if: runs both for replications 0..n−1 with common random numbers and writes each
     * metric's difference B − A with its paired 95% interval ({@link #COMPARE_FILE}).
     *
     * @param labelA how the table and the JSON name A (usually its file)
     */
    public static Compared compare(Simulator a, Simulator b, String labelA, String labelB, int replications, int threads,
                                   Path output, Progress progress) throws IOException {
        return SimulationRuns.compare(a, b, labelA, labelB, replications, threads, output, progress);
    }

    /**
     * What a staffing search is asked for.
     *
     * @param target       {@code approval >= 95%}, {@code chatter >= 95%} or {@code p90 <= 12h}
     * @param confidence   the level of the one-sided bound that must meet the target, in (0, 1)
     * @param replications replications of every plan, at least 2
     * @param min          the smallest headcount considered, at least 0
     * @param max          the largest headcount considered, at least min
     * @param threads      threads running replications, at least 1
     * @throws IllegalArgumentException with the reason, when any of these is invalid
     */
    public record StaffingGoal(String target, double confidence, int replications, int min, int max, int threads) {
        public StaffingGoal {
            new StaffingSearch.Settings(StaffingTarget.parse(target), confidence, replications, min, max, threads);
        }
    }

    /** Told as the staffing search simulates plans, from the threads running them. */
    @FunctionalInterface
    public interface StaffingProgress {
        StaffingProgress NONE = (plan, description, completed, total) -> { };

        /** Replication {@code completed} of {@code total} of the {@code plan}-th plan simulated. */
        void replication(int plan, String description, int completed, int total);
    }

    /**
     * What a staffing search found and wrote ({@code staff.json} and {@code report.html}).
     *
     * @param table    the plan, its verification and the marginal curves, as {@code stage7 staff} prints them
     * @param output   the folder written, as given
     * @param allMet   whether every region and level met the target within the bounds
     * @param settled  whether the search settled: its last round changed nothing and every marginal curve backs the plan
     * @param verified whether the recommended plan, re-run with fresh random numbers, met the target everywhere it measured
     */
    public record Staffed(String table, Path output, boolean allMet, boolean settled, boolean verified) {
        /** Whether the plan can be acted on: met, settled and verified. */
        public boolean recommended() {
            return allMet && settled && verified;
        }
    }

    /**
     * Searches one plan for every region and window (normal weeks, EoM, EoQ, EoY) whose every
     * headcount is the smallest that meets {@code goal}, draws each headcount's marginal curve
     * around it, verifies it with fresh random numbers, and writes the answer.
     */
    public Staffed staff(StaffingGoal goal, Path output, StaffingProgress progress) throws IOException {
        return SimulationRuns.staff(this, goal, output, progress);
    }

    /** The marker's description of a run: the command and what makes it reproducible. */
    Map<String, Object> marker(String command) {
        Map<String, Object> marker = new LinkedHashMap<>();
        marker.put("command", command);
        marker.put("scenario", scenario.source().toString().replace('\\', '/'));
        marker.put("seed", scenario.seed());
        return marker;
    }

    /**
     * What {@link #generate} wrote, or why it could not.
     *
     * @param written  the submissions written
     * @param problems what went wrong, one message a line; empty on success
     */
    public record Generated(long written, List<String> problems) {
        public Generated {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Writes the first submissions of the scenario's synthetic load in [from, to) as a JSON Lines
     * trace, atomically, then reads the file back as a trace scenario would, to prove it replays.
     */
    public Generated generate(Instant from, Instant to, Path file) {
        return TraceCheck.generate(this, from, to, file);
    }

    /** Releases the replayed trace's temporary copy, if any. */
    @Override
    public void close() {
        trace.ifPresent(TraceFile::close);
    }
}

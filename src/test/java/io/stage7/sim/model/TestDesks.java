package io.stage7.sim.model;

import io.stage7.check.CheckResult;
import io.stage7.check.CheckedRules;
import io.stage7.check.Checker;
import io.stage7.diag.Diagnostic;
import io.stage7.eval.interp.Interpreter;
import io.stage7.scenario.Billing;
import io.stage7.scenario.Chatter;
import io.stage7.scenario.Coverage;
import io.stage7.scenario.FieldSpec;
import io.stage7.scenario.Load;
import io.stage7.scenario.RegionPlan;
import io.stage7.scenario.Rework;
import io.stage7.scenario.Scenario;
import io.stage7.scenario.Service;
import io.stage7.sim.random.Distribution;
import io.stage7.sim.random.Exponential;
import io.stage7.sim.random.Fixed;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rules for the model tests, and scenarios built in code (a builder with small, explicit defaults). */
public final class TestDesks {

    /** One region open around the clock: the M/M/c desk. */
    public static final Path MMC = Path.of("src/test/resources/sim/model/mmc");
    /** APAC and EMEA with handbook hours, cutoffs, period ends, escalation and one requirement. */
    public static final Path DESK = Path.of("src/test/resources/sim/model/desk");

    private static final Map<Path, CheckedRules> RULES = new HashMap<>();

    private TestDesks() {
    }

    /** The rules in a directory, checked; they must have no errors. */
    public static synchronized CheckedRules rules(Path directory) {
        return RULES.computeIfAbsent(directory, dir -> {
            LoadResult load = RulesLoader.load(List.of(dir));
            CheckResult checked = Checker.check(load.program());
            List<String> errors = new ArrayList<>();
            load.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).forEach(errors::add);
            checked.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).forEach(errors::add);
            if (!errors.isEmpty()) {
                throw new AssertionError("test rules must check cleanly:\n" + String.join("\n", errors));
            }
            return checked.rules();
        });
    }

    /** The model of a scenario over the rules it names, evaluated by the interpreter; fails on problems. */
    public static DeskModel model(Scenario scenario) {
        return model(scenario, Interpreter.of(rules(scenario.rulesDir())));
    }

    /** The model of a scenario over the rules it names, evaluated by {@code evaluator}; fails on problems. */
    public static DeskModel model(Scenario scenario, io.stage7.eval.Evaluator evaluator) {
        CheckedRules rules = rules(scenario.rulesDir());
        DeskModel.Preparation prepared = DeskModel.prepare(scenario, rules, evaluator, List.of());
        if (!prepared.problems().isEmpty()) {
            throw new AssertionError("scenario problems: " + prepared.problems());
        }
        return prepared.model().orElseThrow();
    }

    /** Hours as a fixed distribution. */
    public static Distribution fixed(double hours) {
        return new Fixed(hours);
    }

    /** Exponential with the given mean. */
    public static Distribution exponential(double mean) {
        return new Exponential(mean);
    }

    /** A flat intraday profile: every local hour weighs the same. */
    public static double[] flat() {
        double[] weights = new double[24];
        Arrays.fill(weights, 1);
        return weights;
    }

    /** Only the hours from {@code from} (inclusive) to {@code to} (exclusive) have load. */
    public static double[] hours(int from, int to) {
        double[] weights = new double[24];
        for (int h = from; h < to; h++) {
            weights[h] = 1;
        }
        return weights;
    }

    /** Starts a scenario over the rules in {@code rulesDir}. */
    public static Builder scenario(Path rulesDir) {
        return new Builder(rulesDir);
    }

    /** A scenario in code. Defaults: no load (a source's closed days get a tenth of its rate), no warm-up, seed 1, nothing defective, no Chatter, hourly steps. */
    public static final class Builder {
        private final Path rulesDir;
        private String name = "test";
        private Instant start = Instant.parse("2026-03-02T00:00:00Z");
        private Instant end = Instant.parse("2026-03-09T00:00:00Z");
        private Duration warmup = Duration.ZERO;
        private long seed = 1;
        private final Map<String, RegionPlan> regions = new LinkedHashMap<>();
        private final List<Load.Source> sources = new ArrayList<>();
        private double[] intraday = flat();
        private final Map<io.stage7.calendar.PeriodKind, Double> multipliers = new LinkedHashMap<>();
        private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
        private Load load;
        private final Map<String, Distribution> review = new LinkedHashMap<>();
        private double catchProbability = 1;
        private int escalatedPriority = 0;
        private Rework rework = new Rework(fixed(24), 1);
        private Billing billing = new Billing(fixed(48));
        private Coverage coverage = new Coverage(Coverage.Policy.NEVER, 0);
        private Optional<Chatter> chatter = Optional.empty();
        private Duration timeStep = Duration.ofHours(1);

        Builder(Path rulesDir) {
            this.rulesDir = rulesDir;
            review.put("standard", fixed(1));
            review.put("complex", fixed(2));
        }

        public Builder name(String value) { name = value; return this; }
        public Builder horizon(String from, String to) { start = Instant.parse(from); end = Instant.parse(to); return this; }
        public Builder warmup(Duration value) { warmup = value; return this; }
        public Builder seed(long value) { seed = value; return this; }
        public Builder region(String region, int specialists) { return region(region, specialists, specialists, 0); }
        public Builder region(String region, int specialists, int periodEnd, double absence) {
            regions.put(region, new RegionPlan(specialists, periodEnd, absence));
            return this;
        }
        public Builder region(String region, RegionPlan plan) {
            regions.put(region, plan);
            return this;
        }
        public Builder source(String source, String calendar, double perBusinessDay, Map<String, FieldSpec> own) {
            sources.add(new Load.Source(source, calendar, perBusinessDay, 0.1, own));
            return this;
        }
        public Builder intraday(double[] weights) { intraday = weights.clone(); return this; }
        public Builder periodEndMultiplier(io.stage7.calendar.PeriodKind kind, double value) { multipliers.put(kind, value); return this; }
        public Builder field(String path, FieldSpec spec) { fields.put(path, spec); return this; }
        public Builder trace(Path file) { load = new Load.Trace("Opportunity", file); return this; }
        public Builder review(String complexity, Distribution hours) { review.put(complexity, hours); return this; }
        public Builder catchProbability(double value) { catchProbability = value; return this; }
        public Builder rework(Distribution delay, double fix) { rework = new Rework(delay, fix); return this; }
        public Builder rework(Distribution delay, double fix, List<Rework.Change> changes) {
            rework = new Rework(delay, fix, changes);
            return this;
        }
        public Builder billing(Distribution returnHours) { billing = new Billing(returnHours); return this; }
        public Builder coverage(Coverage.Policy policy, int threshold) { coverage = new Coverage(policy, threshold); return this; }
        public Builder chatter(Map<String, Double> perDay, Distribution response, int priority) {
            chatter = Optional.of(new Chatter(perDay, response, priority));
            return this;
        }
        public Builder timeStep(Duration value) { timeStep = value; return this; }

        public Scenario build() {
            Load built = load != null ? load
                    : new Load.Synthetic("Opportunity", sources, intraday, multipliers, fields);
            return new Scenario(rulesDir.resolve("scenario.yaml"), name, rulesDir, start, end, warmup, seed, regions,
                    built, new Service(review, catchProbability, escalatedPriority), rework, billing, coverage,
                    chatter, timeStep);
        }
    }
}

package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.scenario.Scenario;
import io.stage7.scenario.ScenarioReader;
import io.stage7.scenario.ScenarioResult;
import io.stage7.sim.experiment.Replications;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.report.SimulationOutputs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Eight replications of {@code scenarios/default.yaml}, as {@code stage7 simulate --replications 8}
 * runs them, on one thread and on two: the speed-up of {@code threads=2} over {@code threads=1}
 * is how well replications use both cores. (The results are identical whatever the thread count;
 * a test pins that.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class ReplicationsBenchmark {
    static final int REPLICATIONS = 8;

    @Param({"1", "2"})
    int threads;

    DeskModel model;

    @Setup(Level.Trial)
    public void setUp() {
        ScenarioResult read = ScenarioReader.read(Stage7Files.resolve("scenarios/default.yaml"));
        if (read.hasErrors()) {
            throw new IllegalStateException("scenarios/default.yaml has problems:\n" + read.render());
        }
        Scenario scenario = read.scenario().orElseThrow();
        Rules rules = Stage7Files.load(scenario.rulesDir());
        DeskModel.Preparation prepared = DeskModel.prepare(scenario, rules.checked(), rules.evaluator(), List.of());
        if (!prepared.problems().isEmpty()) {
            throw new IllegalStateException("the default scenario does not build: " + prepared.problems());
        }
        model = prepared.model().orElseThrow();
    }

    @Benchmark
    public List<RunSummary> replications() {
        return Replications.run(REPLICATIONS, threads, r -> SimulationOutputs.summarize(model, r),
                Replications.Progress.NONE);
    }
}

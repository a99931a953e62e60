package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.Evaluator;
import io.stage7.scenario.Load;
import io.stage7.scenario.Scenario;
import io.stage7.scenario.ScenarioReader;
import io.stage7.scenario.ScenarioResult;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One replication of {@code scenarios/default.yaml} (a fiscal quarter, three regions, the team
 * rules evaluated on every submission), on one thread, with the rules already compiled:
 * {@link #replication} collects the summary as {@code stage7 simulate} does but writes no file;
 * {@link #replicationWithFiles} also writes summary.json, timeseries.csv and submissions.csv to a
 * temporary folder. {@code evaluator=interpreter} runs the same model on the reference
 * interpreter, for comparison. Target: one replication in under 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScenarioBenchmark {
    @Param({"compiled"})
    String evaluator;

    DeskModel model;
    Path output;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ScenarioResult read = ScenarioReader.read(Stage7Files.resolve("scenarios/default.yaml"));
        if (read.hasErrors()) {
            throw new IllegalStateException("scenarios/default.yaml has problems:\n" + read.render());
        }
        Scenario scenario = read.scenario().orElseThrow();
        if (scenario.load() instanceof Load.Trace) {
            throw new IllegalStateException("the default scenario replays a trace; this benchmark expects synthetic load");
        }
        Rules rules = Stage7Files.load(scenario.rulesDir());
        Evaluator chosen = switch (evaluator) {
            case "compiled" -> rules.evaluator();
            case "interpreter" -> rules.interpreter();
            default -> throw new IllegalArgumentException("evaluator is compiled or interpreter, not " + evaluator);
        };
        DeskModel.Preparation prepared = DeskModel.prepare(scenario, rules.checked(), chosen, List.of());
        if (!prepared.problems().isEmpty()) {
            throw new IllegalStateException("the default scenario does not build: " + prepared.problems());
        }
        model = prepared.model().orElseThrow();
        output = Files.createTempDirectory("stage7-bench-simulate");
    }

    @Benchmark
    public RunSummary replication() {
        return SimulationOutputs.summarize(model, 0);
    }

    @Benchmark
    public RunSummary replicationWithFiles() throws IOException {
        return SimulationOutputs.write(model, 0, output);
    }
}

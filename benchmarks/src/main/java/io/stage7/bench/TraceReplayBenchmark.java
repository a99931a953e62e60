package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.records.LoadedRecords;
import io.stage7.records.RecordFiles;
import io.stage7.records.RecordSchema;
import io.stage7.scenario.Load;
import io.stage7.scenario.Scenario;
import io.stage7.scenario.ScenarioReader;
import io.stage7.scenario.ScenarioResult;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.TraceSource;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.report.SimulationOutputs;
import io.stage7.sim.trace.TraceFile;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One replication of {@code scenarios/trace-replay.yaml} (the 1,527 opportunities of
 * {@code data/trace-march-2026.jsonl} against the team rules), on one thread:
 * {@code source=streamed} replays from the trace's binary replay file as {@code stage7 simulate}
 * does, one record at a time; {@code source=inMemory}, the baseline, replays the same records held
 * in a list, as Stage7 did before traces were streamed. Both give the same files.
 * {@link #scan} is the check before the runs: read and check every row of the trace and write
 * the replay file; it does not depend on {@code source} (run it with {@code -p source=streamed}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TraceReplayBenchmark {
    @Param({"streamed", "inMemory"})
    String source;

    Scenario scenario;
    Load.Trace trace;
    RecordSchema schema;
    TraceSource.Checked layout;
    TraceFile file;
    DeskModel model;

    @Setup(Level.Trial)
    public void setUp() {
        ScenarioResult read = ScenarioReader.read(Stage7Files.resolve("scenarios/trace-replay.yaml"));
        if (read.hasErrors()) {
            throw new IllegalStateException("scenarios/trace-replay.yaml has problems:\n" + read.render());
        }
        scenario = read.scenario().orElseThrow();
        trace = (Load.Trace) scenario.load();
        Rules rules = Stage7Files.load(scenario.rulesDir());
        schema = rules.schema().withDefault(trace.object()).orElseThrow();
        layout = DeskModel.traceLayout(scenario, rules.checked(), rules.evaluator()).checked().orElseThrow();
        file = TraceFile.scan(trace.file(), trace.file().toString(), schema, layout).trace()
                .orElseThrow(() -> new IllegalStateException("the shipped trace has problems"));
        DeskModel.Preparation prepared;
        switch (source) {
            case "streamed" -> prepared = DeskModel.prepare(scenario, rules.checked(), rules.evaluator(), file);
            case "inMemory" -> {
                LoadedRecords records = RecordFiles.read(trace.file(), schema);
                prepared = DeskModel.prepare(scenario, rules.checked(), rules.evaluator(), records.records());
            }
            default -> throw new IllegalArgumentException("source is streamed or inMemory, not " + source);
        }
        model = prepared.model().orElseThrow(() -> new IllegalStateException("does not build: " + prepared.problems()));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        file.close();
    }

    @Benchmark
    public RunSummary replication() {
        return SimulationOutputs.summarize(model, 0);
    }

    @Benchmark
    public TraceFile.Scan scan() {
        TraceFile.Scan scan = TraceFile.scan(trace.file(), trace.file().toString(), schema, layout);
        scan.trace().ifPresent(TraceFile::close);
        return scan;
    }
}

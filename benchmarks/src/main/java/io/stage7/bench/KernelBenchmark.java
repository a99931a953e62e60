package io.stage7.bench;

import io.stage7.sim.kernel.HoldModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The simulation kernel on the classic hold model: a fixed population of pending events, each
 * firing schedules the next at a random delay. The score is events per second (one operation is
 * one event), on one thread. Target: at least 10 million events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KernelBenchmark {
    static final long EVENTS = 1_000_000;

    @Param({"100", "1000", "10000"})
    int population;

    @Benchmark
    @OperationsPerInvocation((int) EVENTS)
    public long holdModel() {
        return HoldModel.run(population, EVENTS, 42L);
    }
}

package io.stage7.bench;

import io.stage7.eval.DataRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Opportunities per second through one shared compiled {@code RuleSet}, from one thread and from
 * two (this machine has two cores). JMH sums the threads' throughput, so perfect scaling is a
 * ratio of 2.0. Each thread walks the pool from its own starting point so the two do not
 * evaluate the same record at the same moment.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ThroughputBenchmark {
    private static final int BATCH = 256;

    /** A thread's position in the pool. */
    @State(Scope.Thread)
    public static class Cursor {
        private static final java.util.concurrent.atomic.AtomicInteger STARTS = new java.util.concurrent.atomic.AtomicInteger();
        int next = STARTS.getAndAdd(OpportunityPool.SIZE / 2) % OpportunityPool.SIZE;
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    public void compiledOneThread(TeamRules team, Cursor cursor, Blackhole out) {
        evaluate(team, cursor, out);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(BATCH)
    public void compiledTwoThreads(TeamRules team, Cursor cursor, Blackhole out) {
        evaluate(team, cursor, out);
    }

    private static void evaluate(TeamRules team, Cursor cursor, Blackhole out) {
        DataRecord[] pool = team.pool;
        int at = cursor.next;
        for (int i = 0; i < BATCH; i++) {
            out.consume(team.compiled.evaluate(pool[at], OpportunityPool.CLOCK));
            at = (at + 1) & (OpportunityPool.SIZE - 1);
        }
        cursor.next = at;
    }
}

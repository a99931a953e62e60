package io.stage7.bench;

import io.stage7.eval.DataRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * The peer rule sets ({@link PeerSet}: rules written independently of the team's, one shape each)
 * on their record pools, per record: the compiled rules (default backend), the same plan walked as
 * closures, the reference interpreter, and the hand-written Java twin. One operation is one
 * record; an invocation evaluates the whole pool, so branch prediction cannot learn one record.
 * Issue #11's target: compiled within 1.5x of hand-written on every set. Run with
 * {@code -prof gc} for the bytes allocated per record.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PeerRulesBenchmark {

    @Benchmark
    @OperationsPerInvocation(PeerSet.SIZE)
    public void compiled(PeerRules peer, Blackhole out) {
        for (DataRecord record : peer.pool) {
            out.consume(peer.compiled.evaluate(record, PeerSet.CLOCK));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PeerSet.SIZE)
    public void closures(PeerRules peer, Blackhole out) {
        for (DataRecord record : peer.pool) {
            out.consume(peer.closures.evaluate(record, PeerSet.CLOCK));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PeerSet.SIZE)
    public void interpreter(PeerRules peer, Blackhole out) {
        for (DataRecord record : peer.pool) {
            out.consume(peer.interpreter.evaluate(record, PeerSet.CLOCK));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PeerSet.SIZE)
    public void handWritten(PeerRules peer, Blackhole out) {
        for (DataRecord record : peer.pool) {
            out.consume(peer.handWritten.evaluate(record, PeerSet.CLOCK));
        }
    }
}

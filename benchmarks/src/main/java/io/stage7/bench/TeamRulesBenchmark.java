package io.stage7.bench;

import io.stage7.eval.DataRecord;
import io.stage7.eval.Outcome;
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
 * The shipped team rules on the opportunity pool, per opportunity: the compiled {@code RuleSet}
 * (bytecode), the same plan run as closures, the reference interpreter, and the hand-written Java baseline. One operation is one record
 * (an invocation evaluates the whole pool, so the records vary and branch prediction cannot
 * learn one). Target: compiled within 1.5x of hand-written. Run with {@code -prof gc} for the
 * bytes allocated per opportunity.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TeamRulesBenchmark {

    @Benchmark
    @OperationsPerInvocation(OpportunityPool.SIZE)
    public void compiled(TeamRules team, Blackhole out) {
        for (DataRecord record : team.pool) {
            out.consume(team.compiled.evaluate(record, OpportunityPool.CLOCK));
        }
    }

    /**
     * The compiled rule set filling one reused {@link Outcome} per record (violation bits, routes,
     * failures) without building a Decision: what a summary that only counts pays. Consumes the
     * bits and the route's entry; {@code gc.alloc.rate.norm} is what the formulas allocate (the
     * queue name they concatenate).
     */
    @Benchmark
    @OperationsPerInvocation(OpportunityPool.SIZE)
    public void compiledOutcome(TeamRules team, Blackhole out) {
        Outcome outcome = team.outcome;
        for (DataRecord record : team.pool) {
            team.compiled.evaluate(record, OpportunityPool.CLOCK, outcome);
            out.consume(outcome.nextFired(0));
            out.consume(outcome.routeEntry(0));
        }
    }

    /**
     * Not an evaluator: allocates each record's Decision afresh from its parts and nothing else,
     * so its {@code gc.alloc.rate.norm} is the size of the Decisions the evaluators return. The
     * compiled evaluator's bytes per operation minus these is what its hot path allocates beyond
     * its result (target: zero).
     */
    @Benchmark
    @OperationsPerInvocation(OpportunityPool.SIZE)
    public void decisionOnly(TeamRules team, Blackhole out) {
        for (DecisionParts parts : team.decisions) {
            out.consume(parts.rebuild());
        }
    }

    /** The same compiled plan without generated classes: node trees walked as closures. */
    @Benchmark
    @OperationsPerInvocation(OpportunityPool.SIZE)
    public void closures(TeamRules team, Blackhole out) {
        for (DataRecord record : team.pool) {
            out.consume(team.closures.evaluate(record, OpportunityPool.CLOCK));
        }
    }

    @Benchmark
    @OperationsPerInvocation(OpportunityPool.SIZE)
    public void interpreter(TeamRules team, Blackhole out) {
        for (DataRecord record : team.pool) {
            out.consume(team.interpreter.evaluate(record, OpportunityPool.CLOCK));
        }
    }

    @Benchmark
    @OperationsPerInvocation(OpportunityPool.SIZE)
    public void handWritten(TeamRules team, Blackhole out) {
        for (DataRecord record : team.pool) {
            out.consume(team.handWritten.evaluate(record, OpportunityPool.CLOCK));
        }
    }
}

package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.Evaluator;
import io.stage7.eval.DataRecord;
import io.stage7.eval.compiled.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Per-record cost of the compiled {@code RuleSet} as rule files grow: {@link #requirements}
 * with 10 to 10,000 generated requirements (cost should grow linearly: every active requirement
 * is evaluated), and {@link #routing} with 10 to 10,000 entries on one picklist field (target:
 * 10,000 entries cost less than 3x what 10 do, which the RoutingIndex makes possible; the
 * {@code SCAN} shape puts a guard first so the index cannot apply, for comparison).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScalingBenchmark {
    static final int POOL = 1024;

    /** A compiled file of generated requirements and a pool of deals. */
    @State(Scope.Benchmark)
    public static class RequirementFile {
        @Param({"10", "100", "1000", "10000"})
        int requirements;

        /** DEFAULT: what {@code Rules} compiles ({@code RuleSet.compile}); or a {@code RuleSet.Backend} to compare. */
        @Param({"DEFAULT"})
        String backend;

        Evaluator ruleSet;
        DataRecord[] deals;

        @Setup(Level.Trial)
        public void setUp() {
            Rules rules = Stage7Files.load(GeneratedRules.write(GeneratedRules.requirements(requirements)));
            ruleSet = backend.equals("DEFAULT") ? rules.evaluator()
                    : RuleSet.compile(rules.checked(), RuleSet.Backend.valueOf(backend));
            deals = GeneratedRules.deals(rules, POOL, 10).toArray(new DataRecord[0]);
        }
    }

    /** A compiled routing set of generated entries and a pool of deals spread over its codes. */
    @State(Scope.Benchmark)
    public static class RoutingFile {
        @Param({"10", "100", "1000", "10000"})
        int entries;

        @Param({"INDEXED"})
        RoutingShape shape;

        /** DEFAULT: what {@code Rules} compiles ({@code RuleSet.compile}); or a {@code RuleSet.Backend} to compare. */
        @Param({"DEFAULT"})
        String backend;

        Evaluator ruleSet;
        DataRecord[] deals;

        @Setup(Level.Trial)
        public void setUp() {
            Rules rules = Stage7Files.load(GeneratedRules.write(GeneratedRules.routing(entries, shape)));
            ruleSet = backend.equals("DEFAULT") ? rules.evaluator()
                    : RuleSet.compile(rules.checked(), RuleSet.Backend.valueOf(backend));
            if (!(ruleSet instanceof RuleSet)) {
                throw new IllegalStateException("Rules.evaluator() is no longer the compiled RuleSet");
            }
            deals = GeneratedRules.deals(rules, POOL, entries).toArray(new DataRecord[0]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(POOL)
    public void requirements(RequirementFile file, Blackhole out) {
        for (DataRecord deal : file.deals) {
            out.consume(file.ruleSet.evaluate(deal, OpportunityPool.CLOCK));
        }
    }

    @Benchmark
    @OperationsPerInvocation(POOL)
    public void routing(RoutingFile file, Blackhole out) {
        for (DataRecord deal : file.deals) {
            out.consume(file.ruleSet.evaluate(deal, OpportunityPool.CLOCK));
        }
    }
}

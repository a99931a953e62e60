package io.stage7.bench;

import io.stage7.check.CheckResult;
import io.stage7.check.CheckedRules;
import io.stage7.check.Checker;
import io.stage7.eval.compiled.RuleSet;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;
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

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time to turn the generated 10,000-requirement file into a RuleSet: {@link #loadCheckCompile}
 * (read and parse the file, check it, compile it: what {@code stage7 eval} does before its first
 * record) and {@link #compileOnly} (the compiler on rules already checked). Single-shot: each
 * measurement is one cold call. Target: under 2 s. The defaults measure a JVM that has compiled a
 * few files already; {@code -wi 0 -i 1 -f 5} measures the first file a fresh JVM sees. The
 * default backend generates bytecode later, for batches of formulas that get hot; BYTECODE shows
 * the cost of generating every class up front.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(2)
public class CompileBenchmark {
    @Param({"10000"})
    int requirements;

    /** ADAPTIVE (the default: closures now, bytecode for batches that get hot) or BYTECODE (every class generated now). */
    @Param({"ADAPTIVE", "BYTECODE"})
    String backend;

    Path file;
    CheckedRules checked;

    @Setup(Level.Trial)
    public void setUp() {
        file = GeneratedRules.write(GeneratedRules.requirements(requirements));
        checked = check(file);
    }

    @Benchmark
    public RuleSet loadCheckCompile() {
        return RuleSet.compile(check(file), RuleSet.Backend.valueOf(backend));
    }

    @Benchmark
    public RuleSet compileOnly() {
        return RuleSet.compile(checked, RuleSet.Backend.valueOf(backend));
    }

    private static CheckedRules check(Path file) {
        LoadResult load = RulesLoader.load(List.of(file));
        if (load.hasErrors()) {
            throw new IllegalStateException("the generated file does not parse: " + load.diagnostics().get(0));
        }
        CheckResult result = Checker.check(load.program());
        if (result.hasErrors()) {
            throw new IllegalStateException("the generated file does not check: " + result.diagnostics().get(0));
        }
        return result.rules();
    }
}

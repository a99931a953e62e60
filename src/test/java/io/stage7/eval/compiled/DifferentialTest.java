package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.check.CheckedRules;
import io.stage7.check.ExprType;
import io.stage7.check.Requirement;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Evaluator;
import io.stage7.eval.Outcome;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;
import io.stage7.eval.interp.Interpreter;
import io.stage7.functions.FormulaError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Differential tests: thousands of generated well-typed formulas, evaluated on generated records
 * by the compiled evaluator and by a reference, must give equal decisions, and every formula
 * equal values (or the same runtime error). The references are the compiled evaluator without
 * constant folding (folding must not change any result) and the reference interpreter. Each
 * formula's value is checked twice: walking its node tree, and running the bytecode generated
 * from that tree; each decision three times: returned by the generated code, and filled into a
 * reused {@link Outcome} by the generated code and by the trees.
 */
class DifferentialTest {
    private static final long SEED = 20_260_310L;
    private static final int FORMULAS = 250;
    private static final int ROUTING_ENTRIES = 30;
    private static final int RECORDS = 30;

    /** What the compiled evaluator is compared with: decisions, and the value of one formula. */
    interface Reference {
        Evaluator evaluator();

        Object value(Expr formula, DataRecord record, EvalContext context);
    }

    @Test
    void foldingConstantsChangesNoResult() {
        run((rules, type) -> {
            RuleSet unfolded = RuleSet.compile(rules, RoutingIndex.MIN_KEYED_ENTRIES, false);
            ExprCompiler plain = new ExprCompiler(rules, type, PolicyRuntime.of(rules), false);
            return new Reference() {
                @Override
                public Evaluator evaluator() {
                    return unfolded;
                }

                @Override
                public Object value(Expr formula, DataRecord record, EvalContext context) {
                    return plain.value(formula).eval(record, context);
                }
            };
        }, SEED, 4);
    }

    @Test
    void compiledAndInterpretedAgreeOnGeneratedFormulas() {
        run((rules, type) -> {
            Interpreter interpreter = Interpreter.of(rules);
            return new Reference() {
                @Override
                public Evaluator evaluator() {
                    return interpreter;
                }

                @Override
                public Object value(Expr formula, DataRecord record, EvalContext context) {
                    return interpreter.evaluateFormula(formula, record, context);
                }
            };
        }, SEED + 1_000, 10);
    }

    /** Builds the reference for one batch of generated rules. */
    interface ReferenceFactory {
        Reference create(CheckedRules rules, RecordType type);
    }

    /** Compares {@code batches} batches of FORMULAS formulas on RECORDS records each. */
    static void run(ReferenceFactory factory, long seed, int batches) {
        Counts total = new Counts(0, 0, 0, 0, 0);
        for (int batch = 0; batch < batches; batch++) {
            total = total.plus(compareBatch(factory, seed + batch, seed * 31 + batch, FORMULAS, RECORDS,
                    FormulaGenerator.Literals.ORDINARY, RandomRecords.Values.ORDINARY));
        }
        assertTrue(total.kept >= total.generated * 0.9, "most generated formulas check: " + total.kept + " of " + total.generated);
        assertTrue(total.comparisons > batches * FORMULAS * RECORDS * 0.9, "comparisons: " + total.comparisons);
        assertTrue(total.errors > 100 && total.errors < total.comparisons / 4,
                "runtime errors are exercised, not dominant: " + total.errors);
        assertTrue(total.fired > batches * 100, "requirements fire: " + total.fired);
    }

    /** What one or more batches did: formulas generated and kept, values compared, runtime errors, violations. */
    record Counts(int generated, int kept, int comparisons, int errors, int fired) {
        Counts plus(Counts other) {
            return new Counts(generated + other.generated, kept + other.kept, comparisons + other.comparisons,
                    errors + other.errors, fired + other.fired);
        }
    }

    /**
     * One batch: {@code formulaCount} formulas generated from {@code literals} with {@code seed}, compiled by
     * RuleSet (constants folded) and by the reference, evaluated on {@code recordCount} records of
     * {@code values}: the decisions and every formula's value must agree, and nothing but a
     * FormulaError may escape the library.
     */
    static Counts compareBatch(ReferenceFactory factory, long seed, long recordSeed, int formulaCount, int recordCount,
                               FormulaGenerator.Literals literals, RandomRecords.Values values) {
        int comparisons = 0;
        int errors = 0;
        int fired = 0;
        GeneratedRules generatedRules = GeneratedRules.generate(seed, formulaCount, ROUTING_ENTRIES, 4, literals);
        CheckedRules rules = generatedRules.rules;
        RuleSet compiled = RuleSet.compile(rules, RuleSet.Backend.BYTECODE);
        assertEquals(List.of(), compiled.bytecodeFallbacks(), "every unit of the rule set is generated");
        assertEquals(compiled.units(), compiled.generatedUnits());
        RuleSet closures = RuleSet.compile(rules, RuleSet.Backend.CLOSURES);
        Outcome reused = new Outcome();
        RecordType type = compiled.recordType("T");
        Reference reference = factory.create(rules, type);
        ExprCompiler exprs = new ExprCompiler(rules, type, PolicyRuntime.of(rules));
        List<Expr> formulas = new ArrayList<>();
        List<Val<?>> nodes = new ArrayList<>();
        for (Requirement requirement : rules.requirements()) {
            Expr condition = requirement.condition();
            Expr formula = condition instanceof Expr.Call call && call.canonicalName().equals("ISBLANK")
                    && rules.typeOf(condition) == ExprType.CHECKBOX ? call.arguments().get(0) : condition;
            formulas.add(formula);
            nodes.add(exprs.value(formula));
        }
        BytecodeUnit.Batch batch = new BytecodeUnit.Batch("Differential", true);
        List<Val<?>> generated = new ArrayList<>();
        for (Val<?> node : nodes) {
            generated.add(batch.value(node));
        }
        batch.define();
        for (BytecodeUnit unit : batch.units()) {
            assertEquals(null, unit.fallback(), "the formulas' values are generated");
        }
        RandomRecords records = new RandomRecords(recordSeed, values);
        for (int r = 0; r < recordCount; r++) {
            DataRecord record = records.next(type, "r" + r);
            EvalContext clock = records.clock().withPrior(records.prior(record));
            java.util.function.Supplier<String> where = () -> "seed " + seed + ", " + record + " at " + clock;
            Object expected = outcome(() -> reference.evaluator().evaluate(record, clock), where);
            Object actual = outcome(() -> compiled.evaluate(record, clock), where);
            if (!expected.equals(actual)) {
                fail(where.get() + ":\n expected " + expected + "\n   actual " + actual);
            }
            for (RuleSet evaluator : List.of(compiled, closures)) {
                Object filled = outcome(() -> {
                    evaluator.evaluate(record, clock, reused);
                    return reused.decision();
                }, where);
                if (!expected.equals(filled)) {
                    fail(where.get() + ":\n expected " + expected + "\n outcome " + filled);
                }
            }
            if (actual instanceof Value value) {
                fired += ((Decision) value.value()).violations().size();
            }
            for (int i = 0; i < formulas.size(); i++) {
                int index = i;
                java.util.function.Supplier<String> formula = () -> "seed " + seed + ", formula "
                        + io.stage7.ast.Formulas.parenthesized(formulas.get(index)) + "\n on " + record + " at " + clock;
                Object want = outcome(() -> reference.value(formulas.get(index), record, clock), formula);
                Object got = outcome(() -> nodes.get(index).eval(record, clock), formula);
                if (!Objects.equals(want, got)) {
                    fail(formula.get() + ":\n expected " + want + "\n   actual " + got);
                }
                Object ran = outcome(() -> generated.get(index).eval(record, clock), formula);
                if (!Objects.equals(want, ran)) {
                    fail(formula.get() + ":\n expected " + want + "\n   generated code gave " + ran);
                }
                errors += want instanceof Failure ? 1 : 0;
                comparisons++;
            }
        }
        return new Counts(generatedRules.generated, generatedRules.kept, comparisons, errors, fired);
    }

    /**
     * A result, or the runtime error as a comparable {@link Failure}. Any other exception escaping
     * an evaluator is a bug (the library promises FormulaError only): the test fails with it.
     */
    private static Object outcome(java.util.function.Supplier<Object> evaluation, java.util.function.Supplier<String> where) {
        try {
            return new Value(evaluation.get());
        } catch (FormulaError error) {
            return new Failure(error.getMessage());
        } catch (RuntimeException bug) {
            throw new AssertionError(where.get() + ":\n escaped as " + bug, bug);
        }
    }

    private record Value(Object value) {
    }

    private record Failure(String message) {
    }

    @Test
    void theGeneratorIsDeterministic() {
        assertEquals(new FormulaGenerator(5).formula(FormulaGenerator.Kind.TEXT, 5),
                new FormulaGenerator(5).formula(FormulaGenerator.Kind.TEXT, 5));
    }
}

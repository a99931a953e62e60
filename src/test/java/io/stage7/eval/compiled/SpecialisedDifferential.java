package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.check.CheckedRules;
import io.stage7.check.ExprType;
import io.stage7.check.Requirement;
import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.RecordType;
import io.stage7.eval.interp.Interpreter;
import io.stage7.functions.FormulaError;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A table of formulas over one object, each expected to compile to a given specialized node, and
 * checked against the reference interpreter on every record and clock given: the node tree and
 * the bytecode generated from it must give the interpreter's value or its runtime error.
 */
final class SpecialisedDifferential {
    /** A formula and the class of node it must compile to (its root, or the argument of a wrapping ISBLANK). */
    record Row(String formula, Class<?> node) {
    }

    /** What a table's comparisons came to: values compared and runtime errors among them. */
    record Counts(int comparisons, int errors) {
    }

    private SpecialisedDifferential() {
    }

    static Row row(String formula, Class<?> node) {
        return new Row(formula, node);
    }

    /**
     * Compiles every row's formula as a requirement on {@code object} (named T), and compares it
     * with the interpreter on each record made by {@code records} at each clock.
     */
    static Counts check(String object, List<Row> rows, java.util.function.Function<RecordType, List<DataRecord>> records,
                        List<EvalContext> clocks) {
        StringBuilder text = new StringBuilder(object);
        for (int i = 0; i < rows.size(); i++) {
            text.append("requirement F").append(i).append(" on T {\n  error when ISBLANK(").append(rows.get(i).formula())
                    .append(")\n  message \"m\"\n}\n");
        }
        CheckedRules rules = Rules.parse(text.toString());
        RuleSet compiled = RuleSet.compile(rules, RuleSet.Backend.BYTECODE);
        RecordType type = compiled.recordType("T");
        ExprCompiler exprs = new ExprCompiler(rules, type, PolicyRuntime.of(rules));
        Interpreter interpreter = Interpreter.of(rules);
        List<Expr> formulas = new ArrayList<>();
        List<Val<?>> nodes = new ArrayList<>();
        BytecodeUnit.Batch batch = new BytecodeUnit.Batch("Specialised", true);
        List<Val<?>> generated = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Requirement requirement = rules.requirements().get(i);
            Expr formula = ((Expr.Call) requirement.condition()).arguments().get(0);
            formulas.add(formula);
            Val<?> node = exprs.typeOf(formula) == ExprType.CHECKBOX ? new LogicNodes.Boxed(exprs.cond(formula))
                    : exprs.value(formula);
            Object root = node instanceof LogicNodes.Boxed boxed ? boxed.condition : node;
            assertTrue(rows.get(i).node().isInstance(root), rows.get(i).formula() + " compiles to "
                    + rows.get(i).node().getSimpleName() + ", not " + root.getClass().getSimpleName());
            nodes.add(node);
            generated.add(batch.value(node));
        }
        batch.define();
        for (BytecodeUnit unit : batch.units()) {
            assertEquals(null, unit.fallback(), "the formulas are generated");
        }
        int comparisons = 0;
        int errors = 0;
        for (DataRecord record : records.apply(type)) {
            for (EvalContext clock : clocks) {
                for (int i = 0; i < formulas.size(); i++) {
                    int index = i;
                    String where = rows.get(i).formula() + " on " + record + " at " + clock.now() + " " + clock.zone();
                    Object want = outcome(() -> interpreter.evaluateFormula(formulas.get(index), record, clock));
                    Object got = outcome(() -> nodes.get(index).eval(record, clock));
                    if (!Objects.equals(want, got)) {
                        fail(where + ":\n expected " + want + "\n   actual " + got);
                    }
                    Object ran = outcome(() -> generated.get(index).eval(record, clock));
                    if (!Objects.equals(want, ran)) {
                        fail(where + ":\n expected " + want + "\n   generated code gave " + ran);
                    }
                    errors += want instanceof Failure ? 1 : 0;
                    comparisons++;
                }
            }
        }
        return new Counts(comparisons, errors);
    }

    private static Object outcome(java.util.function.Supplier<Object> evaluation) {
        try {
            return new Value(evaluation.get());
        } catch (FormulaError error) {
            return new Failure(error.getMessage());
        }
    }

    private record Value(Object value) {
    }

    private record Failure(String message) {
    }
}

package io.stage7.eval.interp;

import io.stage7.ast.Expr;
import io.stage7.check.ExprType;
import io.stage7.check.FunctionSpec;
import io.stage7.check.Functions;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;
import io.stage7.functions.FormulaError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The language's semantics, pinned by {@code eval/formulas.txt} and evaluated by the interpreter. */
class FormulaTableTest {

    @TestFactory
    Stream<DynamicTest> everyFormulaEvaluatesAsTheTableSays() {
        FormulaTable table = FormulaTable.load();
        return table.cases.stream().map(c -> DynamicTest.dynamicTest("line " + c.line() + ": " + c.formula(), () -> {
            Expr formula = table.formula(c);
            String actual;
            try {
                Object value = table.interpreter.evaluateFormula(formula, table.record, c.clock());
                assertFits(table.rules.typeOf(formula), value, c);
                actual = FormulaValues.literal(value);
            } catch (FormulaError error) {
                actual = error.getMessage();
            }
            assertEquals(c.expected(), actual, FormulaTable.TABLE + ":" + c.line() + ": " + c.formula());
        }));
    }

    /** Requirements see the same values: {@code ISBLANK(formula)} fires exactly for the blank cases. */
    @Test
    void requirementsFireFailAndExplainAsTheTableSays() {
        FormulaTable table = FormulaTable.load();
        Map<EvalContext, List<FormulaTable.Case>> byClock = new LinkedHashMap<>();
        table.cases.forEach(c -> byClock.computeIfAbsent(c.clock(), k -> new java.util.ArrayList<>()).add(c));
        byClock.forEach((clock, cases) -> {
            Decision decision = table.interpreter.evaluate(table.record, clock);
            Explanation explanation = table.interpreter.explain(table.record, clock);
            assertEquals(decision, explanation.decision());
            Set<String> fired = decision.violations().stream().map(Violation::requirement).collect(Collectors.toSet());
            Map<String, String> failed = decision.failures().stream()
                    .collect(Collectors.toMap(RuleFailure::rule, RuleFailure::message));
            for (FormulaTable.Case c : cases) {
                String where = FormulaTable.TABLE + ":" + c.line() + ": " + c.formula();
                boolean error = c.expected().startsWith("#Error!");
                assertEquals(error ? c.expected() : null, failed.get(c.requirement()), where);
                assertEquals(c.expected().equals("BLANK"), fired.contains(c.requirement()), where);
                ExplainedNode formula = explanation.requirement(c.requirement()).orElseThrow().condition()
                        .orElseThrow().children().get(0);
                assertEquals(c.expected(), formula.value().or(formula::error).orElseThrow(), where);
            }
        });
    }

    @Test
    void everyCatalogFunctionHasACase() {
        FormulaTable table = FormulaTable.load();
        Set<String> used = new TreeSet<>();
        table.cases.forEach(c -> nodes(table.formula(c)).stream().filter(e -> e instanceof Expr.Call)
                .forEach(e -> used.add(table.rules.functionOf((Expr.Call) e).orElseThrow().name())));
        Set<String> missing = Functions.all().stream().map(FunctionSpec::name).collect(Collectors.toCollection(TreeSet::new));
        missing.removeAll(used);
        assertEquals(Set.of(), missing, "catalog functions without a case in " + FormulaTable.TABLE);
    }

    @Test
    void everyOperatorHasACase() {
        FormulaTable table = FormulaTable.load();
        Set<Expr.BinaryOp> binary = EnumSet.noneOf(Expr.BinaryOp.class);
        Set<Expr.UnaryOp> unary = EnumSet.noneOf(Expr.UnaryOp.class);
        table.cases.forEach(c -> nodes(table.formula(c)).forEach(e -> {
            if (e instanceof Expr.Binary b) {
                binary.add(b.op());
            } else if (e instanceof Expr.Unary u) {
                unary.add(u.op());
            }
        }));
        assertEquals(EnumSet.allOf(Expr.BinaryOp.class), binary);
        assertEquals(EnumSet.allOf(Expr.UnaryOp.class), unary);
        assertTrue(table.cases.size() >= 300, "only " + table.cases.size() + " cases");
    }

    /** A value has the Java type of its static type (blank fits every type). */
    private static void assertFits(ExprType type, Object value, FormulaTable.Case c) {
        if (value == null) {
            return;
        }
        Class<?> expected = switch (type) {
            case NUMBER, CURRENCY, PERCENT -> BigDecimal.class;
            case TEXT, PICKLIST -> String.class;
            case CHECKBOX -> Boolean.class;
            case DATE -> LocalDate.class;
            case DATETIME -> Instant.class;
            case TIME -> LocalTime.class;
            case MULTIPICKLIST -> SortedSet.class;
            case NULL, ERROR -> Void.class;
        };
        assertTrue(expected.isInstance(value), "line " + c.line() + ": " + type.label() + " formula gave a "
                + value.getClass().getSimpleName());
        if (value instanceof String text) {
            assertTrue(!text.isEmpty(), "line " + c.line() + ": blank text must be null, not \"\"");
        }
    }

    private static List<Expr> nodes(Expr root) {
        List<Expr> all = new java.util.ArrayList<>();
        Deque<Expr> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            all.add(e);
            todo.addAll(ExplainedNodes.operands(e));
        }
        return all;
    }
}

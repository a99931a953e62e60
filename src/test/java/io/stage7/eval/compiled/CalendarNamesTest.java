package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.check.CheckedRules;
import io.stage7.check.ExprType;
import io.stage7.check.Requirement;
import io.stage7.eval.EvalContext;
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

/**
 * The calendar argument of the business-hours functions in every form the compiler treats apart:
 * a constant as declared, in another case, undeclared or blank; a CASE of constant names (all
 * declared, or one not); a computed name. Compiled and interpreted results (or errors) agree.
 */
class CalendarNamesTest {
    private static final String[] NAMES = {"\"C\"", "\"c\"", "TRIM(\" X \")", "TRIM(\" \")", "LOWER(\"C\")", "T1", "IF(B1, \"C\", T1)",
        "CASE(PK, \"a\", \"C\", \"b\", \"c\", \"C\")", "CASE(PK, \"a\", \"C\", \"b\", \"X\", \"C\")",
        "CASE(T2, \"a\", \"C\", \"b\", \"c\", \"\")"};
    private static final String[] CALLS = {"IS_BUSINESS_HOURS(DT1, %s)", "ISBLANK(LOCAL_TIME(DT1, %s))",
        "ISBLANK(ADD_BUSINESS_HOURS(DT1, 5, %s))", "ISBLANK(BUSINESS_HOURS_BETWEEN(DT1, DT2, %s))",
        "ISBLANK(NEXT_BUSINESS_DAY(DT1, %s))", "IS_PERIOD_END(DT1, TRIM(\" \"), %s)", "ISBLANK(ADD_BUSINESS_HOURS(DT1, -1, %s))"};

    @Test
    void compiledCalendarArgumentsAgreeWithTheInterpreter() {
        StringBuilder text = new StringBuilder(FormulaGenerator.OBJECTS);
        int n = 0;
        for (String call : CALLS) {
            for (String name : NAMES) {
                text.append("requirement K").append(n++).append(" on T {\n  error when ")
                        .append(String.format(call, name)).append("\n  message \"fired\"\n}\n");
            }
        }
        CheckedRules rules = Rules.parse(text.toString());
        RuleSet compiled = RuleSet.compile(rules);
        RecordType type = compiled.recordType("T");
        Interpreter interpreter = Interpreter.of(rules);
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
        assertEquals(CALLS.length * NAMES.length, formulas.size());
        RandomRecords records = new RandomRecords(20_261_126L);
        int values = 0;
        int errors = 0;
        for (int r = 0; r < 200; r++) {
            DataRecord generated = records.next(type, "r" + r);
            DataRecord record = r % 4 == 0 ? withCalendarText(generated, type, r) : generated;
            EvalContext clock = records.clock();
            assertEquals(outcome(() -> interpreter.evaluate(record, clock)), outcome(() -> compiled.evaluate(record, clock)),
                    record + " at " + clock);
            for (int i = 0; i < formulas.size(); i++) {
                Expr formula = formulas.get(i);
                Val<?> node = nodes.get(i);
                Object want = outcome(() -> interpreter.evaluateFormula(formula, record, clock));
                Object got = outcome(() -> node.eval(record, clock));
                assertTrue(Objects.equals(want, got), io.stage7.ast.Formulas.parenthesized(formula) + " on " + record
                        + ": expected " + want + ", got " + got);
                if (want instanceof String message && message.startsWith("error: ")) {
                    errors++;
                } else if (want != null) {
                    values++;
                }
            }
        }
        assertTrue(values > 100 && errors > 100, values + " values, " + errors + " errors");
    }

    /** Every fourth record names the calendar in T1 (as declared or lower-cased): the computed path finds it. */
    private static DataRecord withCalendarText(DataRecord record, RecordType type, int r) {
        io.stage7.eval.RecordBuilder builder = DataRecord.builder(type).id(record.id());
        for (int s = 0; s < type.size(); s++) {
            builder.set(s, record.value(s));
        }
        return builder.set(type.slotOf("T1").getAsInt(), r % 8 == 0 ? "C" : "c").build();
    }

    private static Object outcome(java.util.function.Supplier<Object> evaluation) {
        try {
            return evaluation.get();
        } catch (FormulaError error) {
            return "error: " + error.getMessage();
        }
    }
}

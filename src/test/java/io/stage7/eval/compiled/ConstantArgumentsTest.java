package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.check.CheckResult;
import io.stage7.check.CheckedRules;
import io.stage7.check.Checker;
import io.stage7.check.Requirement;
import io.stage7.diag.Diagnostic;
import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.RecordType;
import io.stage7.eval.interp.Interpreter;
import io.stage7.functions.FormulaError;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Constant arguments as Salesforce treats them, and the checker, the interpreter and the compiled
 * evaluator (constants folded or not) agreeing on them: fractions of DATE's arguments truncate
 * whether they are literals or come from fields; an invalid constant in a branch that is not
 * taken is only a warning and costs nothing; taken, it is #Error!.
 */
class ConstantArgumentsTest {
    /** formula, expected value ({@code #Error! ...} for a runtime error). */
    private static final String[][] CASES = {
        {"DATE(2020, 3.6, 1.25)", "2020-03-01"},
        {"DATE(Y, M, D)", "2020-03-01"},
        {"DATE(2020.9, 12.99, 31.5)", "2020-12-31"},
        {"DATE(Y, M * 2, D * 10)", "2020-07-12"},
        {"IF(Flag, DATE(2020, 4, 31), Day)", "2026-01-31"},
        {"IF(NOT(Flag), DATE(2020, 4, 31), Day)", "#Error! Invalid date: DATE(2020, 4, 31)"},
        {"BLANKVALUE(Day, DATE(2020, 13, 1))", "2026-01-31"},
        {"BLANKVALUE(No_Day, DATE(2020, 13, 1))", "#Error! Invalid date: DATE(2020, 13, 1)"},
        {"CASE(Y, 2021, DATE(2021, 2, 29), Day)", "2026-01-31"},
        {"IF(Flag && DATEVALUE(\"2021-02-29\") > Day, Day, No_Day)", "null"},
        {"IF(Flag || DATEVALUE(\"2021-02-29\") > Day, Day, No_Day)", "#Error! Invalid date \"2021-02-29\""},
    };

    private static final String OBJECT = """
            object T {
              Y      Number
              M      Number
              D      Number
              Flag   Checkbox
              Day    Date
              No_Day Date
            }
            """;

    @Test
    void checkerAndEvaluatorsAgreeOnConstantArguments() {
        StringBuilder text = new StringBuilder(OBJECT);
        for (int i = 0; i < CASES.length; i++) {
            text.append("requirement R").append(i).append(" on T {\n  error when ISBLANK(").append(CASES[i][0])
                    .append(")\n  message \"x\"\n}\n");
        }
        LoadResult load = RulesLoader.parse("constants.rules", text.toString());
        assertFalse(load.hasErrors(), () -> load.diagnostics().toString());
        CheckResult check = Checker.check(load.program());
        assertEquals(List.of(), check.diagnostics().stream().filter(Diagnostic::isError).toList(),
                "fractions truncate and untaken branches are warnings, not errors");
        assertEquals(7, check.diagnostics().size(), () -> "one warning per invalid constant in a lazy argument: "
                + check.diagnostics());
        CheckedRules rules = check.rules();
        RecordType type = RecordType.of(rules, rules.object("T").orElseThrow());
        DataRecord record = DataRecord.builder(type).id("t").set("Y", new BigDecimal("2020"))
                .set("M", new BigDecimal("3.6")).set("D", new BigDecimal("1.25")).set("Flag", Boolean.FALSE)
                .set("Day", LocalDate.of(2026, 1, 31)).build();
        EvalContext context = new EvalContext(Instant.parse("2026-04-29T10:00:00Z"), ZoneOffset.UTC);
        Interpreter interpreter = Interpreter.of(rules);
        ExprCompiler folded = new ExprCompiler(rules, type, PolicyRuntime.of(rules), true);
        ExprCompiler plain = new ExprCompiler(rules, type, PolicyRuntime.of(rules), false);
        List<Requirement> requirements = rules.requirements();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES.length; i++) {
            Expr formula = ((Expr.Call) requirements.get(i).condition()).arguments().get(0);
            String expected = CASES[i][1];
            String interpreted = outcome(() -> interpreter.evaluateFormula(formula, record, context));
            String compiled = outcome(() -> folded.value(formula).eval(record, context));
            String unfolded = outcome(() -> plain.value(formula).eval(record, context));
            if (!expected.equals(interpreted) || !expected.equals(compiled) || !expected.equals(unfolded)) {
                failures.add(CASES[i][0] + ": expected " + expected + ", interpreted " + interpreted + ", compiled "
                        + compiled + ", compiled without folding " + unfolded);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aRuleWithAnInvalidConstantInABranchRunsAndFailsOnlyWhenTheBranchIsTaken() {
        CheckResult check = Checker.check(RulesLoader.parse("lazy.rules", OBJECT + """
                requirement Lazy on T {
                  error when IF(Flag, DATE(2020, 4, 31) > Day, Day > DATE(2020, 3.6, 1.25))
                  message "x"
                }
                routing Queue on T {
                  when Flag && DATE(2020, 2, 30) > Day
                    assign queue = "Never", region = "AMER"
                  otherwise
                    assign queue = "Standard", region = "AMER"
                }
                calendar AMER {
                  zone "America/Los_Angeles"
                  hours MON-FRI 07:00-17:00
                }
                region AMER {
                  calendar AMER
                }
                """).program());
        assertEquals(List.of(), check.diagnostics().stream().filter(Diagnostic::isError).toList());
        assertEquals(2, check.diagnostics().size(), () -> check.diagnostics().toString());
        CheckedRules rules = check.rules();
        EvalContext context = new EvalContext(Instant.parse("2026-04-29T10:00:00Z"), ZoneOffset.UTC);
        List<io.stage7.eval.Evaluator> evaluators = List.of(Interpreter.of(rules),
                RuleSet.compile(rules, RuleSet.Backend.CLOSURES), RuleSet.compile(rules, RuleSet.Backend.BYTECODE),
                RuleSet.compile(rules, RuleSet.Backend.ADAPTIVE));
        for (io.stage7.eval.Evaluator evaluator : evaluators) {
            RecordType type = evaluator.recordType("T");
            DataRecord notTaken = DataRecord.builder(type).id("off").set("Flag", Boolean.FALSE)
                    .set("Day", LocalDate.of(2026, 1, 31)).build();
            io.stage7.eval.Decision quiet = evaluator.evaluate(notTaken, context);
            assertEquals(List.of(), quiet.failures(), evaluator + ": the branch is not taken");
            assertEquals(List.of("Lazy"), quiet.violations().stream().map(io.stage7.eval.Violation::requirement).toList(),
                    evaluator + ": 2026-01-31 is after DATE(2020, 3.6, 1.25), 2020-03-01");
            assertEquals("Standard", quiet.route("Queue").orElseThrow().queue());
            DataRecord taken = DataRecord.builder(type).id("on").set("Flag", Boolean.TRUE)
                    .set("Day", LocalDate.of(2026, 1, 31)).build();
            io.stage7.eval.Decision failed = evaluator.evaluate(taken, context);
            assertEquals(List.of("Lazy: #Error! Invalid date: DATE(2020, 4, 31)",
                            "Queue: entry 1: #Error! Invalid date: DATE(2020, 2, 30)"),
                    failed.failures().stream().map(f -> f.rule() + ": " + f.message()).toList(), evaluator.toString());
        }
    }

    private static String outcome(Supplier<Object> evaluation) {
        try {
            return String.valueOf(evaluation.get());
        } catch (FormulaError error) {
            return error.getMessage();
        }
    }
}

package io.stage7.eval.compiled;

import io.stage7.check.CheckedRules;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;
import io.stage7.eval.interp.Interpreter;
import io.stage7.functions.FormulaError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bytecode backend: every shipped and generated formula runs generated code (no unit falls
 * back to closures), formulas too big for one method are split and still agree with the
 * interpreter, large rule files are spread over several classes, and TODAY()-only sub-expressions
 * are cached per day and zone without changing any value. (The differential tests compare the
 * generated code with the interpreter on thousands of formulas.)
 */
class BytecodeTest {
    private static final String OBJECT = "object T {\n  N Number\n  S Text\n  D Date\n}\n";

    @Test
    void theShippedRulesRunGeneratedCode() {
        RuleSet rules = RuleSet.compile(Rules.load(Rules.SHIPPED), RuleSet.Backend.BYTECODE);
        assertEquals(List.of(), rules.bytecodeFallbacks());
        assertEquals(2, rules.generatedUnits(), "one class per object: Opportunity and Case");
    }

    @Test
    void hugeFormulasAreSplitIntoMethodsAndAgreeWithTheInterpreter() {
        StringBuilder deepIf = new StringBuilder();
        for (int i = 0; i < 90; i++) {
            deepIf.append("IF(N > ").append(i).append(", ");
        }
        deepIf.append("N");
        deepIf.append(", -1)".repeat(90));
        StringBuilder wideAnd = new StringBuilder("AND(");
        for (int i = 0; i < 300; i++) {
            wideAnd.append(i == 0 ? "" : ", ").append("N <> ").append(1000 + i);
        }
        wideAnd.append(")");
        StringBuilder longOr = new StringBuilder();
        for (int i = 0; i < 90; i++) {
            longOr.append(i == 0 ? "" : " || ").append("(S = \"v").append(i).append("\" && N > ").append(i).append(")");
        }
        StringBuilder bigCase = new StringBuilder("CASE(N");
        for (int i = 0; i < 250; i++) {
            bigCase.append(", ").append(i).append(", \"n").append(i).append("\"");
        }
        bigCase.append(", \"other\")");
        String rules = OBJECT
                + "requirement Deep on T {\n  error when " + deepIf + " > 100\n  message \"deep\"\n}\n"
                + "requirement Wide on T {\n  error when " + wideAnd + "\n  message \"wide\"\n}\n"
                + "requirement Long on T {\n  error when " + longOr + "\n  message \"long\"\n}\n"
                + "requirement Big on T {\n  error when " + bigCase + " = \"n7\" || ISBLANK(S)\n  message \"big\"\n}\n";
        CheckedRules checked = Rules.parse(rules);
        RuleSet compiled = RuleSet.compile(checked, RuleSet.Backend.BYTECODE);
        assertEquals(List.of(), compiled.bytecodeFallbacks());
        assertEquals(1, compiled.generatedUnits());
        Interpreter interpreter = Interpreter.of(checked);
        RecordType type = compiled.recordType("T");
        EvalContext clock = EvalContext.at(Instant.parse("2026-03-10T12:00:00Z"));
        int fired = 0;
        for (int n = -2; n < 320; n += 3) {
            for (String s : new String[] {null, "v5", "v89", "x"}) {
                DataRecord record = DataRecord.builder(type).id("r" + n + s).set("N", BigDecimal.valueOf(n)).set("S", s).build();
                Decision expected = interpreter.evaluate(record, clock);
                assertEquals(expected, compiled.evaluate(record, clock), record.toString());
                fired += expected.violations().size();
            }
        }
        assertTrue(fired > 100, "the requirements fire: " + fired);
    }

    @Test
    void manyRequirementsOfOneObjectMakeOneClassAndSetBitsBeyondTheFirstWord() {
        StringBuilder rules = new StringBuilder(OBJECT);
        int count = BytecodeUnit.MAX_FORMULAS * 3 + 7;
        for (int i = 0; i < count; i++) {
            rules.append("requirement R").append(i).append(" on T {\n  error when N = ").append(i)
                    .append(" || S = \"s").append(i).append("\"\n  message \"R").append(i).append("\"\n}\n");
        }
        RuleSet compiled = RuleSet.compile(Rules.parse(rules.toString()), RuleSet.Backend.BYTECODE);
        assertEquals(List.of(), compiled.bytecodeFallbacks());
        assertEquals(1, compiled.generatedUnits(), "one class per object");
        RecordType type = compiled.recordType("T");
        EvalContext clock = EvalContext.at(Instant.parse("2026-03-10T12:00:00Z"));
        for (int i : new int[] {0, 199, 200, 401, count - 1}) {
            DataRecord record = DataRecord.builder(type).id("r").set("N", BigDecimal.valueOf(i)).set("S", "s" + (count - 1 - i))
                    .build();
            List<String> fired = compiled.evaluate(record, clock).violations().stream().map(v -> v.requirement()).toList();
            List<String> expected = i == count - 1 - i ? List.of("R" + i)
                    : i < count - 1 - i ? List.of("R" + i, "R" + (count - 1 - i)) : List.of("R" + (count - 1 - i), "R" + i);
            assertEquals(expected, fired, "record " + i);
        }
    }

    @Test
    void todayOnlySubExpressionsAreComputedPerDayAndZone() {
        CheckedRules checked = Rules.parse(OBJECT
                + "requirement Later on T {\n  error when D > ADDMONTHS(DATE(YEAR(TODAY()), MONTH(TODAY()), 1), 1) - 1\n"
                + "  message \"after this month\"\n}\n");
        RuleSet compiled = RuleSet.compile(checked, RuleSet.Backend.BYTECODE);
        Interpreter interpreter = Interpreter.of(checked);
        RecordType type = compiled.recordType("T");
        DataRecord endOfMarch = DataRecord.builder(type).id("d").set("D", LocalDate.of(2026, 3, 31)).build();
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        // Around the end of March in three zones, and across Sydney's DST end on 5 April: the cached
        // month end must follow the clock's day in the clock's zone.
        String[] instants = {"2026-03-31T12:00:00Z", "2026-03-31T13:00:00Z", "2026-03-31T12:59:59.999Z",
            "2026-04-01T06:59:59Z", "2026-04-01T07:00:00Z", "2026-03-15T00:00:00Z", "2026-04-04T15:00:00Z",
            "2026-04-04T14:59:59Z", "2026-03-31T12:00:00Z"};
        for (String instant : instants) {
            for (ZoneId zone : new ZoneId[] {ZoneId.of("UTC"), sydney, losAngeles, sydney}) {
                EvalContext clock = new EvalContext(Instant.parse(instant), zone);
                assertEquals(interpreter.evaluate(endOfMarch, clock), compiled.evaluate(endOfMarch, clock),
                        instant + " in " + zone);
            }
        }
    }

    @Test
    void aRuntimeErrorOfADailyValueIsRaisedEveryTimeItIsReached() {
        ValueNodes.Daily<Object> failing = new ValueNodes.Daily<>((record, context) -> {
            throw new FormulaError("no such day");
        });
        EvalContext clock = EvalContext.at(Instant.parse("2026-03-10T12:00:00Z"));
        FormulaError first = assertThrows(FormulaError.class, () -> failing.eval(null, clock));
        assertTrue(first.getMessage().endsWith("no such day"), first.getMessage());
        assertEquals(first.getMessage(), assertThrows(FormulaError.class, () -> failing.eval(null, clock)).getMessage());
        int[] calls = new int[1];
        ValueNodes.Daily<Object> counted = new ValueNodes.Daily<>((record, context) -> ++calls[0]);
        counted.eval(null, clock);
        counted.eval(null, EvalContext.at(Instant.parse("2026-03-10T23:59:59Z")));
        assertEquals(1, calls[0], "same day: computed once");
        counted.eval(null, EvalContext.at(Instant.parse("2026-03-11T00:00:00Z")));
        counted.eval(null, new EvalContext(Instant.parse("2026-03-11T00:00:00Z"), ZoneId.of("America/New_York")));
        assertEquals(3, calls[0], "a new day, then a new zone: computed again");
    }

    @Test
    void byDefaultAUnitRunsClosuresUntilHotThenGeneratedCodeWithTheSameResults() {
        CheckedRules checked = Rules.load(Rules.SHIPPED);
        RuleSet adaptive = RuleSet.compile(checked);
        Interpreter interpreter = Interpreter.of(checked);
        assertEquals(0, adaptive.generatedUnits(), "nothing generated at compile time");
        RecordType type = adaptive.recordType("Opportunity");
        EvalContext clock = EvalContext.at(Instant.parse("2026-03-12T15:00:00Z"));
        String[] stages = {"7 - Closing", "5 - Negotiating", null};
        String[] regions = {"APAC", "EMEA", "LATAM", null};
        int evaluated = 0;
        while (adaptive.generatedUnits() == 0 && evaluated < 100_000) {
            DataRecord record = DataRecord.builder(type).id("r" + evaluated)
                    .set("StageName", stages[evaluated % stages.length]).set("Region", regions[evaluated % regions.length])
                    .set("Amount", BigDecimal.valueOf(evaluated * 1_000L)).set("CloseDate", LocalDate.of(2026, 3, 1 + evaluated % 28))
                    .set("SubmittedAt", Instant.parse("2026-03-10T10:00:00Z").plusSeconds(evaluated * 3_600L)).build();
            assertEquals(interpreter.evaluate(record, clock), adaptive.evaluate(record, clock), record.toString());
            evaluated++;
        }
        assertEquals(1, adaptive.generatedUnits(), "the Opportunity unit is generated once hot, the Case unit never ran");
        assertTrue(evaluated * 50 >= BytecodeUnit.HOT_EVALUATIONS && evaluated * 10 <= BytecodeUnit.HOT_EVALUATIONS,
                "switched after about " + BytecodeUnit.HOT_EVALUATIONS + " formula evaluations: " + evaluated + " records");
        for (int n = 0; n < 200; n++) {
            DataRecord record = DataRecord.builder(type).id("after" + n).set("StageName", stages[n % stages.length])
                    .set("Region", regions[n % regions.length]).set("Amount", BigDecimal.valueOf(n * 7_000L)).build();
            assertEquals(interpreter.evaluate(record, clock), adaptive.evaluate(record, clock), record.toString());
        }
        assertEquals(List.of(), adaptive.bytecodeFallbacks());
    }

    @Test
    void byDefaultAnObjectWithManyFormulasKeepsItsClosures() {
        StringBuilder rules = new StringBuilder(OBJECT);
        for (int i = 0; i <= BytecodeUnit.ADAPTIVE_MAX_RULES; i++) {
            rules.append("requirement R").append(i).append(" on T {\n  error when N = ").append(i)
                    .append(" || S = \"s").append(i).append("\"\n  message \"R").append(i).append("\"\n}\n");
        }
        CheckedRules checked = Rules.parse(rules.toString());
        RuleSet adaptive = RuleSet.compile(checked);
        Interpreter interpreter = Interpreter.of(checked);
        RecordType type = adaptive.recordType("T");
        EvalContext clock = EvalContext.at(Instant.parse("2026-03-10T12:00:00Z"));
        for (int n = 0; n < 100; n++) {
            DataRecord record = DataRecord.builder(type).id("r" + n).set("N", BigDecimal.valueOf(n)).set("S", "s" + (n * 7 % 101)).build();
            assertEquals(interpreter.evaluate(record, clock), adaptive.evaluate(record, clock));
        }
        assertTrue(100L * (BytecodeUnit.ADAPTIVE_MAX_RULES + 1) > BytecodeUnit.HOT_EVALUATIONS, "the formulas ran hot");
        assertEquals(0, adaptive.generatedUnits(), "an object with more than 100 rules keeps its trees");
        assertEquals(0, adaptive.units(), "and wraps none of them");
        assertEquals(List.of(), adaptive.bytecodeFallbacks(), "by choice, not by failure");
    }

    @Test
    void isblankAndLenOfTrimAreComputedWithoutTheTrimmedCopyAndAgreeWithTheInterpreter() {
        CheckedRules checked = Rules.parse(OBJECT
                + "requirement Empty on T {\n  error when ISBLANK(TRIM(S))\n  message \"empty\"\n}\n"
                + "requirement Short on T {\n  error when LEN(TRIM(S)) < 3\n  message \"short\"\n}\n"
                + "requirement Nested on T {\n  error when LEN(TRIM(S & \"  \")) = N\n  message \"nested\"\n}\n");
        Interpreter interpreter = Interpreter.of(checked);
        EvalContext clock = EvalContext.at(Instant.parse("2026-03-10T12:00:00Z"));
        for (RuleSet.Backend backend : RuleSet.Backend.values()) {
            RuleSet compiled = RuleSet.compile(checked, backend);
            RecordType type = compiled.recordType("T");
            for (String s : new String[] {null, "", " ", "\t \t", "ab", " ab ", "\tabc\t", "\nab\n", "a b", "  a  b  "}) {
                for (int n = 0; n < 6; n++) {
                    DataRecord record = DataRecord.builder(type).id("r").set("S", s).set("N", BigDecimal.valueOf(n)).build();
                    assertEquals(interpreter.evaluate(record, clock), compiled.evaluate(record, clock), backend + " " + record);
                }
            }
        }
    }
}

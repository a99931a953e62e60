package io.stage7.eval.compiled;

import io.stage7.check.CheckedRules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Evaluator;
import io.stage7.eval.ObjectRules;
import io.stage7.eval.Outcome;
import io.stage7.eval.RecordType;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.interp.Interpreter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One call per record per object ({@link ObjectPlan}): on every backend, decisions and
 * {@link Outcome}s agree with the reference interpreter for an object with more than 64
 * requirements (bits beyond the first word), three routing sets (indexed, scanned, and one that
 * often matches nothing), requirements, conditions and assignments that fail at run time, and
 * blank queues; an outcome reused across records and objects holds exactly the last record's
 * result; the adaptive backend switches to generated code mid-stream without changing a result.
 */
class ObjectPlanTest {
    private static final int REQUIREMENTS = 70;
    private static final int CODES = 12;
    private static final EvalContext CLOCK = EvalContext.at(Instant.parse("2026-03-10T12:00:00Z"));

    /** Object D: many requirements, three routing sets; object E: one requirement, no routing. */
    static String rules() {
        StringBuilder out = new StringBuilder("calendar C {\n  zone \"UTC\"\n  hours MON-FRI 08:00-17:00\n}\n"
                + "region R {\n  calendar C\n}\nobject D {\n  Code Picklist(");
        for (int v = 0; v < CODES; v++) {
            out.append(v == 0 ? "" : ", ").append("\"V").append(v).append('"');
        }
        out.append(")\n  N Number\n  S Text\n  F Checkbox\n}\nobject E {\n  M Number\n}\n");
        for (int i = 0; i < REQUIREMENTS; i++) {
            // fires for some N, and divides by zero when N = i + 100 (the requirement fails, the rest go on)
            out.append("requirement R").append(i).append(" on D {\n  ").append(i % 7 == 0 ? "warning" : "error")
                    .append(" when MOD(N, ").append(REQUIREMENTS).append(") = ").append(i)
                    .append(" || (F && 1 / (N - ").append(i + 100).append(") > 0.5)\n  message \"R").append(i)
                    .append("\"\n}\n");
        }
        out.append("requirement Small on E {\n  error when M > 1\n  message \"small\"\n}\n");
        out.append("routing Indexed on D {\n");
        for (int v = 0; v < CODES - 2; v++) {
            out.append("  when ISPICKVAL(Code, \"V").append(v).append("\")").append(v % 3 == 0 ? " && 10 / N > 1" : "")
                    .append("\n    assign queue = ").append(v % 4 == 1 ? "IF(F, NULL, \"I" + v + "\")" : "\"I" + v + "\"")
                    .append(", region = \"R\", priority = ").append(v % 5 == 2 ? "1 / (N - 3)" : Integer.toString(v))
                    .append('\n');
        }
        out.append("  when N > 50\n    assign queue = \"Big\" & S, region = \"R\", complexity = \"complex\"\n");
        out.append("}\n");
        out.append("routing Scanned on D {\n"
                + "  when N < 0\n    assign queue = \"Negative\", region = \"R\"\n"
                + "  when 100 / N > 20\n    assign queue = \"Small \" & TEXT(N), region = \"R\", priority = N\n"
                + "  otherwise\n    assign queue = \"Rest\", region = \"R\", complexity = IF(F, \"complex\", NULL)\n}\n");
        out.append("routing Sparse on D {\n  when F && N > 10\n    assign queue = BLANKVALUE(S, \"Sparse\"), "
                + "region = \"R\"\n}\n");
        return out.toString();
    }

    private static List<DataRecord> records(Evaluator evaluator, int count, long seed) {
        RecordType d = evaluator.recordType("D");
        RecordType e = evaluator.recordType("E");
        Random random = new Random(seed);
        List<DataRecord> out = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            if (r % 9 == 4) {
                out.add(DataRecord.builder(e).id("e" + r).set("M", BigDecimal.valueOf(random.nextInt(4))).build());
                continue;
            }
            int n = random.nextInt(10) == 0 ? 100 + random.nextInt(REQUIREMENTS) : random.nextInt(200) - 10;
            out.add(DataRecord.builder(d).id("d" + r)
                    .set("Code", random.nextInt(8) == 0 ? null : "V" + random.nextInt(CODES))
                    .set("N", random.nextInt(15) == 0 ? null : BigDecimal.valueOf(n))
                    .set("S", random.nextBoolean() ? null : "s" + random.nextInt(5))
                    .set("F", random.nextBoolean()).build());
        }
        return out;
    }

    @Test
    void everyBackendDecidesAndFillsOutcomesAsTheInterpreterDoes() {
        CheckedRules checked = Rules.parse(rules());
        Interpreter interpreter = Interpreter.of(checked);
        Counts seen = new Counts();
        for (RuleSet.Backend backend : RuleSet.Backend.values()) {
            RuleSet compiled = RuleSet.compile(checked, backend);
            assertEquals(List.of(), compiled.bytecodeFallbacks(), backend.toString());
            assertTrue(compiled.isIndexed("Indexed") && !compiled.isIndexed("Scanned"));
            Outcome outcome = new Outcome();
            Outcome derived = new Outcome();
            for (DataRecord record : records(compiled, 1_500, 11)) {
                Decision expected = interpreter.evaluate(record, CLOCK);
                assertEquals(expected, compiled.evaluate(record, CLOCK), backend + " " + record);
                compiled.evaluate(record, CLOCK, outcome);
                assertAgree(expected, outcome, backend + " outcome of " + record);
                interpreter.evaluate(record, CLOCK, derived);
                assertAgree(expected, derived, "interpreter's outcome of " + record);
                seen.add(expected);
            }
        }
        assertTrue(seen.beyondFirstWord > 50, "requirements beyond the 64th fire: " + seen.beyondFirstWord);
        assertTrue(seen.requirementFailures > 50, "requirements fail: " + seen.requirementFailures);
        assertTrue(seen.routingFailures.size() >= 4, "conditions, assignments, blanks and no match fail sets: "
                + seen.routingFailures);
        assertTrue(seen.routedBy.size() > 12, "many entries route: " + seen.routedBy);
    }

    /** The outcome holds the decision, and each of its accessors says the same as the decision. */
    static void assertAgree(Decision expected, Outcome outcome, String where) {
        assertEquals(expected, outcome.decision(), where);
        assertEquals(expected.recordId(), outcome.recordId(), where);
        ObjectRules rules = outcome.rules();
        List<String> fired = new ArrayList<>();
        for (int i = outcome.nextFired(0); i >= 0; i = outcome.nextFired(i + 1)) {
            assertTrue(outcome.fired(i), where);
            fired.add(rules.requirements().get(i).requirement());
        }
        assertEquals(expected.violations().stream().map(v -> v.requirement()).toList(), fired, where);
        assertEquals(expected.violations().size(), outcome.violationCount(), where);
        int unfired = 0;
        for (int i = 0; i < rules.requirements().size(); i++) {
            unfired += outcome.fired(i) ? 0 : 1;
        }
        assertEquals(rules.requirements().size() - fired.size(), unfired, where);
        assertEquals(expected.hasErrors(), outcome.hasErrors(), where);
        for (int j = 0; j < rules.routings().size(); j++) {
            String routing = rules.routings().get(j);
            assertEquals(expected.route(routing), outcome.route(j), where);
            assertEquals(expected.route(routing).map(Route::entry).orElse(0), outcome.routeEntry(j), where);
            if (outcome.routeEntry(j) > 0) {
                assertEquals(expected.route(routing).map(Route::queue).orElseThrow(), outcome.queue(j), where);
            } else {
                int set = j;
                assertThrows(java.util.NoSuchElementException.class, () -> outcome.queue(set), where);
            }
        }
        assertEquals(expected.failures().size(), outcome.failureCount(), where);
        for (int k = 0; k < outcome.failureCount(); k++) {
            assertEquals(expected.failures().get(k), outcome.failure(k), where);
        }
    }

    @Test
    void theAdaptiveBackendSwitchesToGeneratedCodeMidStreamWithTheSameResults() {
        CheckedRules checked = Rules.parse(rules());
        Interpreter interpreter = Interpreter.of(checked);
        RuleSet adaptive = RuleSet.compile(checked);
        assertEquals(2, adaptive.units(), "both objects have at most " + BytecodeUnit.ADAPTIVE_MAX_RULES + " rules");
        assertEquals(0, adaptive.generatedUnits(), "nothing generated at compile time");
        Outcome outcome = new Outcome();
        int before = 0;
        int after = 0;
        for (DataRecord record : records(adaptive, 400, 5)) {
            boolean generated = adaptive.generatedUnits() > 0;
            Decision expected = interpreter.evaluate(record, CLOCK);
            if (record.id().hashCode() % 2 == 0) {
                assertEquals(expected, adaptive.evaluate(record, CLOCK), record.toString());
            } else {
                adaptive.evaluate(record, CLOCK, outcome);
                assertAgree(expected, outcome, record.toString());
            }
            before += generated ? 0 : 1;
            after += generated ? 1 : 0;
        }
        assertTrue(before > 5 && after > 100, "records before the switch: " + before + ", after: " + after);
        assertEquals(1, adaptive.generatedUnits(), "D generated once hot; E, one rule on a few records, still cold");
        assertEquals(List.of(), adaptive.bytecodeFallbacks());
    }

    @Test
    void anOutcomeNumbersTheRulesAsTheInterpreterDoes() {
        CheckedRules checked = Rules.parse(rules());
        RuleSet compiled = RuleSet.compile(checked);
        Interpreter interpreter = Interpreter.of(checked);
        for (String object : new String[] {"D", "e"}) {
            assertEquals(interpreter.rules(object), compiled.rules(object));
        }
        ObjectRules d = compiled.rules("D");
        assertEquals(REQUIREMENTS, d.requirements().size());
        assertEquals(List.of("Indexed", "Scanned", "Sparse"), d.routings());
        assertEquals(65, d.requirementNumber("r65"));
        assertEquals(2, d.routingNumber("SPARSE"));
        assertEquals(-1, d.requirementNumber("Small"));
    }

    @Test
    void aReusedOutcomeForgetsThePreviousRecord() {
        CheckedRules checked = Rules.parse(rules());
        RuleSet compiled = RuleSet.compile(checked, RuleSet.Backend.BYTECODE);
        RecordType d = compiled.recordType("D");
        DataRecord loud = DataRecord.builder(d).id("loud").set("N", BigDecimal.valueOf(169)).set("F", true)
                .set("Code", "V1").build();
        DataRecord quiet = DataRecord.builder(d).id("quiet").set("N", BigDecimal.valueOf(35)).set("Code", "V0").build();
        DataRecord other = DataRecord.builder(compiled.recordType("E")).id("e").set("M", BigDecimal.ONE).build();
        Outcome outcome = new Outcome();
        compiled.evaluate(loud, CLOCK, outcome);
        assertTrue(outcome.fired(68) && outcome.failureCount() == 2, outcome.decision().toString());
        for (DataRecord record : List.of(quiet, other, loud, other, quiet)) {
            compiled.evaluate(record, CLOCK, outcome);
            assertAgree(compiled.evaluate(record, CLOCK), outcome, record.toString());
        }
        compiled.evaluate(other, CLOCK, outcome);
        assertEquals(-1, outcome.nextFired(0));
        assertFalse(outcome.hasErrors());
        assertEquals(0, outcome.rules().routings().size());
    }

    /** What the generated records exercised. */
    private static final class Counts {
        int beyondFirstWord;
        int requirementFailures;
        final java.util.Set<String> routingFailures = new java.util.TreeSet<>();
        final java.util.Set<String> routedBy = new java.util.TreeSet<>();

        void add(Decision decision) {
            beyondFirstWord += (int) decision.violations().stream()
                    .filter(v -> v.requirement().startsWith("R") && Integer.parseInt(v.requirement().substring(1)) >= 64)
                    .count();
            for (RuleFailure failure : decision.failures()) {
                if (failure.rule().startsWith("R")) {
                    requirementFailures++;
                } else {
                    routingFailures.add(failure.message().replaceAll("[0-9]+", "#"));
                }
            }
            decision.routes().forEach(route -> routedBy.add(route.routing() + " " + route.entry()));
        }
    }
}

package io.stage7.eval.compiled;

import io.stage7.check.CheckedRules;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routing index gives exactly the outcome of a linear scan: a generated set of 10,000 entries
 * on one picklist, in every keyed form, with entries that are not keyed (other fields, a blank
 * value, conditions that fail at run time) interleaved, for every value of the picklist.
 */
class RoutingIndexTest {
    private static final int ENTRIES = 10_000;
    private static final int VALUES = 2_500;
    private static final EvalContext NOW = EvalContext.at(Instant.parse("2026-03-10T10:00:00Z"));

    private static CheckedRules rules;
    private static RuleSet indexed;
    private static RuleSet scanned;

    @BeforeAll
    static void compile() {
        rules = Rules.parse(routingRules(new Random(7), false));
        indexed = RuleSet.compile(rules);
        scanned = RuleSet.compile(rules, Integer.MAX_VALUE);
    }

    /** Generated rules: a Deal with a large picklist, and ENTRIES routing entries over it. */
    static String routingRules(Random random, boolean otherwise) {
        StringBuilder out = new StringBuilder("calendar C {\n  zone \"UTC\"\n  hours MON-FRI 08:00-17:00\n}\n"
                + "region R {\n  calendar C\n}\nobject Deal {\n  Code Picklist(");
        for (int v = 0; v < VALUES; v++) {
            out.append(v == 0 ? "" : ", ").append('"').append(value(v)).append('"');
        }
        out.append(")\n  Other Picklist(\"x\", \"y\")\n  Label Text\n  Amount Number\n  Flag Checkbox\n}\n");
        out.append("routing Big on Deal {\n");
        for (int e = 0; e < ENTRIES; e++) {
            out.append("  when ").append(condition(random)).append("\n    assign queue = \"Q").append(e + 1)
                    .append("\", region = \"R\", priority = ").append(e % 5).append('\n');
        }
        if (otherwise) {
            out.append("  otherwise\n    assign queue = \"Rest\", region = \"R\"\n");
        }
        return out.append("}\n").toString();
    }

    private static String value(int v) {
        return "V" + v;
    }

    /** A random entry condition: mostly keyed on Code in one of its forms, sometimes not keyed. */
    private static String condition(Random random) {
        String v = value(random.nextInt(VALUES - 100)); // the last 100 values are never tested: no entry matches
        String w = value(random.nextInt(VALUES - 100));
        switch (random.nextInt(12)) {
            case 0:
            case 1:
            case 2:
                return "ISPICKVAL(Code, \"" + v + "\")";
            case 3:
                return "TEXT(Code) = \"" + v + "\" && Amount > " + random.nextInt(1000);
            case 4:
                return "\"" + v + "\" = TEXT(Code)";
            case 5:
                return "ISPICKVAL(Code, \"" + v + "\") || ISPICKVAL(Code, \"" + w + "\")";
            case 6:
                return "AND(ISPICKVAL(Code, \"" + v + "\"), Flag, 100 / Amount > 1)";
            case 7:
                return "CASE(Code, \"" + v + "\", Amount > 10, \"" + w + "\", TRUE, FALSE)";
            case 8:
                return "Label = \"" + v + "\""; // keyed on another field: scanned
            case 9:
                return random.nextInt(4) == 0 ? "1000 / Amount > 999" : "Flag && Amount > " + random.nextInt(5000);
            case 10:
                return "TEXT(Code) = \"\" && Amount > " + random.nextInt(1000); // matches a blank Code: scanned
            default:
                return "ISPICKVAL(Other, \"x\") && ISPICKVAL(Code, \"" + v + "\")";
        }
    }

    @Test
    void aLargePicklistRoutingSetIsIndexedAndTheScanIsNot() {
        assertTrue(indexed.isIndexed("Big"));
        assertFalse(scanned.isIndexed("Big"));
    }

    @Test
    void everyValueRoutesExactlyAsTheLinearScanDoes() {
        RecordType type = indexed.recordType("Deal");
        int routed = 0;
        int failed = 0;
        for (DataRecord record : records(type)) {
            Decision expected = scanned.evaluate(record, NOW);
            Decision actual = indexed.evaluate(record, NOW);
            assertEquals(expected, actual, record.toString());
            Object byScan = indexed.routeByScan("Big", record, NOW);
            assertEquals(byScan, expected.routes().isEmpty() ? expected.failures().get(0) : expected.routes().get(0));
            routed += actual.routes().size();
            failed += actual.failures().size();
        }
        assertTrue(routed > 1000 && failed > 100, "both routes and failures are exercised: " + routed + ", " + failed);
    }

    /** Every value (and blank) with amounts that make the extra conditions go either way, or fail. */
    private static List<DataRecord> records(RecordType type) {
        List<DataRecord> records = new ArrayList<>();
        String[] amounts = {null, "0", "50", "500", "100000"};
        for (int v = -1; v < VALUES; v++) {
            for (int a = 0; a < amounts.length; a++) {
                if ((v + a) % amounts.length != 0 && (v + 2 * a) % 7 != 0 && v >= 0) {
                    continue; // about a third of the combinations keep the test quick
                }
                records.add(DataRecord.builder(type).id("d" + v + "-" + a)
                        .set("Code", v < 0 ? null : value(v))
                        .set("Other", (v + a) % 3 == 0 ? "x" : "y")
                        .set("Label", v % 7 == 0 && v >= 0 ? value(v) : null)
                        .set("Amount", amounts[a] == null ? null : new BigDecimal(amounts[a]))
                        .set("Flag", (v + a) % 4 != 0)
                        .build());
            }
        }
        return records;
    }

    @Test
    void anOtherwiseEntryCatchesValuesNoEntryTests() {
        CheckedRules withOtherwise = Rules.parse(routingRules(new Random(11), true));
        RuleSet compiled = RuleSet.compile(withOtherwise);
        RecordType type = compiled.recordType("Deal");
        DataRecord untested = DataRecord.builder(type).id("u").set("Code", value(VALUES - 1)).build();
        assertEquals("Rest", compiled.evaluate(untested, NOW).routes().get(0).queue());
        RuleSet linear = RuleSet.compile(withOtherwise, Integer.MAX_VALUE);
        for (DataRecord record : records(type).subList(0, 2000)) {
            assertEquals(linear.evaluate(record, NOW), compiled.evaluate(record, NOW));
        }
    }
}

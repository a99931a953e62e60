package io.stage7.eval.compiled;

import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;
import io.stage7.eval.RecordType;
import io.stage7.functions.PicklistSelection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static io.stage7.eval.compiled.SpecialisedDifferential.row;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * INCLUDES as a bit test ({@link PicklistNodes}) and REGEX with and without its guard agree with
 * the interpreter: selections of declared values, of undeclared ones (an unrestricted picklist),
 * blank and empty selections, a field of more than 64 values; linear and catastrophic patterns on
 * short, long and adversarial texts.
 */
class PicklistAndRegexTest {
    private static final String OBJECT = """
            object T {
              MP   MultiPicklist("x", "y", "z", "Services", "Self-Managed")
              MP2  MultiPicklist(%s)
              T1   Text
            }
            """.formatted("VALUES");

    private static final List<SpecialisedDifferential.Row> ROWS = List.of(
            row("INCLUDES(MP, \"x\")", PicklistNodes.Includes.class),
            row("INCLUDES(MP, \"z\")", PicklistNodes.Includes.class),
            row("INCLUDES(MP, \"Self-Managed\")", PicklistNodes.Includes.class),
            row("NOT(INCLUDES(MP, \"Services\")) && INCLUDES(MP, \"y\")", LogicNodes.And.class),
            row("INCLUDES(PRIORVALUE(MP), \"x\")", LogicNodes.Test1.class),
            row("INCLUDES(MP2, \"v03\")", PicklistNodes.Includes.class),
            row("INCLUDES(MP2, \"v63\")", PicklistNodes.Includes.class),
            row("INCLUDES(MP2, \"v64\")", PicklistNodes.Includes.class),
            row("INCLUDES(MP2, \"v69\")", PicklistNodes.Includes.class),
            row("ISBLANK(MP)", LogicNodes.IsBlank.class),
            row("REGEX(T1, \"[A-Z]{2}-\\\\d{4}\")", LogicNodes.Test1.class),
            row("REGEX(T1, \"\\\\d{5}(-\\\\d{4})?\")", LogicNodes.Test1.class),
            row("REGEX(T1, \"[^@\\\\s]+@[^@\\\\s]+\")", LogicNodes.Test1.class),
            row("REGEX(T1, \"a*b*\")", LogicNodes.Test1.class),
            row("REGEX(T1, \"(a+)+$\")", LogicNodes.Test1.class),
            row("REGEX(T1, \"(a|aa)*b\")", LogicNodes.Test1.class),
            row("REGEX(T1, \"(\\\\w+\\\\s?)*$\")", LogicNodes.Test1.class),
            row("REGEX(T1, \"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\\\.[A-Za-z]{2,}\")", LogicNodes.Test1.class));

    private static final String[] TEXTS = {null, "AB-1234", "ab-1234", "12345", "12345-6789", "12345-678",
        "a@b", "a@b c", "ap@dunmore.example", "a".repeat(40) + "!", "a".repeat(40), "aab", "a".repeat(30_000),
        "a".repeat(30_000) + "b".repeat(30_000), "x".repeat(60_000) + "@" + "y".repeat(60_000), "word word word word word!",
        "Ünïcode"};

    @Test
    void includesAndRegexAgreeWithTheInterpreter() {
        List<EvalContext> clocks = List.of(EvalContext.at(Instant.parse("2026-03-10T12:00:00Z")));
        SpecialisedDifferential.Counts counts = SpecialisedDifferential.check(
                OBJECT.replace("VALUES", VALUES), ROWS, PicklistAndRegexTest::records, clocks);
        assertTrue(counts.errors() > 0, "catastrophic patterns reach the guard");
    }

    @Test
    void recordsHoldBitsOverTheDeclaredValuesAndSortedSetsOtherwise() {
        RecordType type = RuleSet.compile(Rules.parse(OBJECT.replace("VALUES", VALUES))).recordType("T");
        DataRecord declared = DataRecord.builder(type).id("a").set("MP", new TreeSet<>(Set.of("y", "x"))).build();
        assertTrue(declared.value("MP") instanceof PicklistSelection);
        assertTrue(declared.value("MP").equals(new TreeSet<>(Set.of("x", "y"))));
        // the builder refuses an undeclared value, as the readers do; the library still copies one, unsorted into bits
        assertThrows(IllegalArgumentException.class,
                () -> DataRecord.builder(type).id("b").set("MP", new TreeSet<>(Set.of("x", "w"))));
        Object undeclared = PicklistSelection.of(PicklistSelection.Values.of(List.of("x", "y", "z", "Services",
                "Self-Managed")), new TreeSet<>(Set.of("x", "w")));
        assertFalse(undeclared instanceof PicklistSelection);
        assertTrue(undeclared.equals(new TreeSet<>(Set.of("w", "x"))));
        assertTrue(DataRecord.builder(type).id("c").set("MP", new TreeSet<>()).build().value("MP") == null,
                "an empty selection is blank");
    }

    private static final String VALUES = "\"v00\", \"v01\", \"v02\", \"v03\", \"v04\", \"v05\", \"v06\", \"v07\", \"v08\", \"v09\", \"v10\", \"v11\", \"v12\", \"v13\", \"v14\", \"v15\", \"v16\", \"v17\", \"v18\", \"v19\", \"v20\", \"v21\", \"v22\", \"v23\", \"v24\", \"v25\", \"v26\", \"v27\", \"v28\", \"v29\", \"v30\", \"v31\", \"v32\", \"v33\", \"v34\", \"v35\", \"v36\", \"v37\", \"v38\", \"v39\", \"v40\", \"v41\", \"v42\", \"v43\", \"v44\", \"v45\", \"v46\", \"v47\", \"v48\", \"v49\", \"v50\", \"v51\", \"v52\", \"v53\", \"v54\", \"v55\", \"v56\", \"v57\", \"v58\", \"v59\", \"v60\", \"v61\", \"v62\", \"v63\", \"v64\", \"v65\", \"v66\", \"v67\", \"v68\", \"v69\"";

    /** Selections of declared values, blank and empty, with every text. */
    private static List<DataRecord> records(RecordType type) {
        Random random = new Random(20_261_208L);
        String[] pool = {"x", "y", "z", "Services", "Self-Managed"}; // records hold declared values only
        List<DataRecord> out = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            TreeSet<String> selected = new TreeSet<>();
            TreeSet<String> selected2 = new TreeSet<>();
            for (String value : pool) {
                if (random.nextInt(i % 4 == 0 ? 2 : 5) == 0 && (i % 3 == 0 || value.length() > 1 || !value.equals("w"))) {
                    selected.add(value);
                }
            }
            for (int v = 0; v < 70; v += 1 + random.nextInt(9)) {
                selected2.add(String.format("v%02d", v));
            }
            io.stage7.eval.RecordBuilder builder = DataRecord.builder(type).id("r" + i)
                    .set("MP", i % 11 == 0 ? null : selected).set("MP2", i % 13 == 0 ? new TreeSet<String>() : selected2)
                    .set("T1", TEXTS[i % TEXTS.length]);
            out.add(builder.build());
        }
        return out;
    }
}

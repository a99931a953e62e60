package io.stage7.eval.interp;

import io.stage7.testing.Fixtures;
import io.stage7.ast.Expr;
import io.stage7.check.CheckResult;
import io.stage7.check.CheckedRules;
import io.stage7.check.Checker;
import io.stage7.diag.Diagnostic;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;
import io.stage7.functions.PicklistFunctions;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The semantics table {@code eval/formulas.txt}, checked and ready to evaluate: each case's
 * formula becomes the condition {@code ISBLANK(formula)} of a requirement {@code Case_<line>} on
 * object Thing ({@code eval/thing.rules}), checked together with the shipped policy, so every
 * formula is typed exactly as in a rules file.
 */
final class FormulaTable {

    static final Path TABLE = Path.of("src/test/resources/eval/formulas.txt");
    static final Path THING = Path.of("src/test/resources/eval/thing.rules");
    static final Path POLICY = Fixtures.RULES.resolve("policy.rules");
    static final Path OBJECTS = Fixtures.RULES.resolve("opportunity.rules");

    /**
     * One line of the table; {@code clock} also holds the prior version the case is evaluated
     * against, the one its {@code @prior} line names.
     */
    record Case(int line, String formula, String expected, EvalContext clock, String prior) {
        String requirement() {
            return "Case_" + line;
        }
    }

    final List<Case> cases;
    final CheckedRules rules;
    final Interpreter interpreter;
    final DataRecord record;

    private FormulaTable() throws IOException {
        cases = parse(Files.readAllLines(TABLE));
        Path generated = Files.createTempFile("formulas", ".rules");
        try {
            StringBuilder text = new StringBuilder();
            for (Case c : cases) {
                text.append("requirement ").append(c.requirement()).append(" on Thing { error when ISBLANK(")
                        .append(c.formula()).append(") message \"line ").append(c.line()).append("\" }\n");
            }
            Files.writeString(generated, text);
            LoadResult load = RulesLoader.load(List.of(OBJECTS, POLICY, THING, generated));
            CheckResult checked = Checker.check(load.program());
            List<String> errors = new ArrayList<>();
            load.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).forEach(errors::add);
            checked.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).forEach(errors::add);
            if (!errors.isEmpty()) {
                throw new AssertionError("the table's formulas must check cleanly:\n"
                        + errors.stream().collect(Collectors.joining("\n")));
            }
            rules = checked.rules();
        } finally {
            Files.deleteIfExists(generated);
        }
        interpreter = Interpreter.of(rules);
        record = thing(interpreter.recordType("Thing"));
        withPriors(cases, record);
    }

    /** Puts each case's {@code @prior} version in its clock: one context per clock and version. */
    private static void withPriors(List<Case> cases, DataRecord record) {
        java.util.Map<Object, EvalContext> contexts = new java.util.HashMap<>();
        java.util.Map<String, DataRecord> versions = java.util.Map.of("same", record, "changed", changed(record));
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String prior = c.prior();
            if (prior.equals("new")) {
                continue;
            }
            DataRecord version = versions.get(prior);
            if (version == null) {
                throw new IllegalArgumentException(TABLE + ":" + c.line() + ": @prior is new, same or changed, not " + prior);
            }
            EvalContext context = contexts.computeIfAbsent(List.of(c.clock(), prior), k -> c.clock().withPrior(version));
            cases.set(i, new Case(c.line(), c.formula(), c.expected(), context, prior));
        }
    }

    /** The Thing record's prior version for {@code @prior changed}; thing.rules lists what differs. */
    static DataRecord changed(DataRecord thing) {
        io.stage7.eval.RecordBuilder before = DataRecord.builder(thing.type()).id(thing.id());
        for (int slot = 0; slot < thing.type().size(); slot++) {
            before.set(slot, thing.value(slot));
        }
        return before.set("Name", "Acme Gadget").set("Email", "AP@ACME.EXAMPLE").set("Blank_Text", "gone")
                .set("Account", null).set("Qty", new BigDecimal("12.5")).set("Zero", null)
                .set("No_Qty", BigDecimal.ZERO).set("Price", new BigDecimal("999")).set("Flag", false)
                .set("Day", LocalDate.of(2026, 1, 30)).set("No_At", Instant.parse("2026-03-01T00:00:00Z"))
                .set("Stage", "Closed").set("Products", PicklistFunctions.multiPicklist("SaaS"))
                .build();
    }


    private static FormulaTable instance;

    static synchronized FormulaTable load() {
        if (instance == null) {
            try {
                instance = new FormulaTable();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The case's formula in the checked rules. */
    Expr formula(Case c) {
        Expr condition = rules.requirement(c.requirement()).orElseThrow().condition();
        return ((Expr.Call) condition).arguments().get(0);
    }

    /** The record every case is evaluated on; its values are listed in thing.rules. */
    static DataRecord thing(RecordType type) {
        return DataRecord.builder(type).id("thing-1")
                .set("Name", "Acme Widget").set("Spaces", "   ").set("Email", "ap@acme.example")
                .set("Qty", new BigDecimal("12.50")).set("Zero", BigDecimal.ZERO)
                .set("Price", new BigDecimal("1000.25")).set("Rate", new BigDecimal("0.15"))
                .set("Flag", true).set("Off", false)
                .set("Day", LocalDate.of(2026, 1, 31)).set("At", Instant.parse("2026-03-01T23:30:00Z"))
                .set("Clock", LocalTime.of(16, 45)).set("Stage", "Open")
                .set("Products", PicklistFunctions.multiPicklist("SaaS;Support"))
                .set("Account", "001-acme").set("Account.Name", "Acme Corp").set("Account.Tier", "Gold")
                .set("Account.Vip__c", true)
                .build();
    }

    private static List<Case> parse(List<String> lines) {
        List<Case> cases = new ArrayList<>();
        EvalContext clock = EvalContext.at(Instant.parse("2026-04-29T10:00:00Z"));
        String prior = "new";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@now ")) {
                String[] parts = line.split("\\s+");
                clock = new EvalContext(Instant.parse(parts[1]), ZoneId.of(parts[2]));
                continue;
            }
            if (line.startsWith("@prior ")) {
                prior = line.substring("@prior ".length()).strip();
                continue;
            }
            int arrow = line.indexOf(" => ");
            if (arrow < 0) {
                throw new IllegalArgumentException(TABLE + ":" + (i + 1) + ": expected 'formula => expected'");
            }
            cases.add(new Case(i + 1, line.substring(0, arrow).strip(), line.substring(arrow + 4).strip(), clock,
                    prior));
        }
        return cases;
    }
}

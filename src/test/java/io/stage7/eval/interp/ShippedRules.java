package io.stage7.eval.interp;

import io.stage7.testing.Fixtures;
import io.stage7.check.CheckResult;
import io.stage7.check.CheckedRules;
import io.stage7.check.Checker;
import io.stage7.check.RuleTest;
import io.stage7.check.TestValue;
import io.stage7.diag.Diagnostic;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/** The team's rules in {@code rules/}, loaded and checked once, with an interpreter over them. */
final class ShippedRules {

    /** The clock of a rules test without {@code at}: a Tuesday in March 2026, outside every period end. */
    static final Instant DEFAULT_AT = Instant.parse("2026-03-10T10:00:00Z");

    final CheckedRules rules;
    final Interpreter interpreter;

    private ShippedRules() {
        LoadResult load = RulesLoader.load(List.of(Fixtures.RULES));
        CheckResult checked = Checker.check(load.program());
        List<String> errors = new java.util.ArrayList<>();
        load.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).forEach(errors::add);
        checked.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new AssertionError("the shipped rules must check cleanly:\n" + String.join("\n", errors));
        }
        rules = checked.rules();
        interpreter = Interpreter.of(rules);
    }

    private static ShippedRules instance;

    static synchronized ShippedRules load() {
        if (instance == null) {
            instance = new ShippedRules();
        }
        return instance;
    }

    EvalContext clock(RuleTest test) {
        return EvalContext.at(test.at().orElse(DEFAULT_AT));
    }

    /** The record a rules test gives: its values converted, or evaluated when they are formulas. */
    DataRecord record(RuleTest test) {
        RecordBuilder builder = DataRecord.builder(interpreter.recordType(test.object().name())).id(test.title());
        for (RuleTest.Given given : test.given()) {
            builder.set(given.field().text(), value(given.value(), clock(test)));
        }
        return builder.build();
    }

    /** The runtime value of a test value. */
    Object value(TestValue value, EvalContext clock) {
        if (value instanceof TestValue.Formula formula) {
            return interpreter.evaluateConstant(formula.expr(), clock);
        } else if (value instanceof TestValue.DateValue date) {
            return date.date();
        } else if (value instanceof TestValue.DateTimeValue dateTime) {
            return dateTime.instant();
        } else if (value instanceof TestValue.TimeValue time) {
            return time.time();
        }
        return new TreeSet<>(((TestValue.Selections) value).values());
    }
}

package io.stage7.eval.compiled;

import io.stage7.testing.Fixtures;
import io.stage7.check.CheckResult;
import io.stage7.check.Checker;
import io.stage7.check.CheckedRules;
import io.stage7.check.FieldKind;
import io.stage7.check.RuleTest;
import io.stage7.check.TestValue;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.Severity;
import io.stage7.eval.EvalContext;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;
import io.stage7.eval.RecordType;
import io.stage7.functions.PicklistFunctions;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/** Loading and checking rules for the compiled evaluator's tests; records from rules tests' givens. */
final class Rules {
    /** The shipped team rules. */
    static final Path SHIPPED = Fixtures.RULES;

    private Rules() {
    }

    /** The checked rules of files or directories, failing the test on any error. */
    static CheckedRules load(Path... paths) {
        return checked(RulesLoader.load(List.of(paths)));
    }

    /** The checked rules of a text, failing the test on any error. */
    static CheckedRules parse(String text) {
        return checked(RulesLoader.parse("test.rules", text));
    }

    /** The checked rules of a text, or null when it does not load or check without errors. */
    static CheckedRules tryParse(String text) {
        LoadResult load = RulesLoader.parse("test.rules", text);
        if (load.hasErrors()) {
            return null;
        }
        CheckResult check = Checker.check(load.program());
        return check.hasErrors() ? null : check.rules();
    }

    private static CheckedRules checked(LoadResult load) {
        if (load.hasErrors()) {
            fail("rules do not load: " + describe(load.diagnostics()));
        }
        CheckResult check = Checker.check(load.program());
        if (check.hasErrors()) {
            fail("rules do not check: " + describe(check.diagnostics()));
        }
        return check.rules();
    }

    private static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).limit(10).map(Object::toString)
                .collect(Collectors.joining("\n"));
    }

    /** The record a rules test gives, laid out for {@code type}; given formulas are evaluated compiled. */
    static DataRecord record(CheckedRules rules, RecordType type, RuleTest test) {
        RecordBuilder builder = DataRecord.builder(type).id(test.title());
        ExprCompiler constants = new ExprCompiler(rules, type, PolicyRuntime.of(rules));
        EvalContext context = context(test);
        for (RuleTest.Given given : test.given()) {
            builder.set(given.field().text(), value(given, constants, context));
        }
        return builder.build();
    }

    static EvalContext context(RuleTest test) {
        return EvalContext.at(test.at().orElse(Instant.parse("2026-03-10T12:00:00Z")));
    }

    private static Object value(RuleTest.Given given, ExprCompiler constants, EvalContext context) {
        TestValue value = given.value();
        if (value instanceof TestValue.DateValue date) {
            return date.date();
        } else if (value instanceof TestValue.DateTimeValue dateTime) {
            return dateTime.instant();
        } else if (value instanceof TestValue.TimeValue time) {
            return time.time();
        } else if (value instanceof TestValue.Selections selections) {
            return selections.values().isEmpty() ? null : new TreeSet<>(selections.values());
        }
        Object computed = constants.value(((TestValue.Formula) value).expr()).eval(null, context);
        if (given.field().field().kind() == FieldKind.MULTIPICKLIST && computed instanceof String text) {
            return PicklistFunctions.multiPicklist(text);
        }
        return computed;
    }
}

package io.stage7.ruletest;

import io.stage7.ast.Decl;
import io.stage7.ast.Expr;
import io.stage7.check.AssignmentTarget;
import io.stage7.check.CheckedRules;
import io.stage7.check.Requirement;
import io.stage7.check.RuleTest;
import io.stage7.check.TestExpectation;
import io.stage7.check.TestValue;
import io.stage7.diag.SourceSpan;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Evaluator;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs rules tests with an evaluator. Each test's given values become a record of the test's
 * object (with the test's title as its id), evaluated with the clock at the test's {@code at}
 * instant, or at {@link #DEFAULT_AT} when it has none, so a test gives the same answer on any
 * day. Without {@code prior} the record is new ({@code ISNEW()} is TRUE); with it, the record is
 * an update whose version before the save is the given record with the prior values in place.
 * Then:
 * <ul>
 *   <li>{@code expect no violations}: no active requirement fires, warnings included;</li>
 *   <li>{@code expect violations A, B}: exactly A and B fire, in any order;</li>
 *   <li>{@code expect violations include A, B}: A and B fire, and others may;</li>
 *   <li>{@code expect no violation A, B}: neither A nor B fires, others may;</li>
 *   <li>{@code expect route R { ... }}: R matched, and each listed target (and the entry number,
 *       if listed) is as expected; targets not listed are not compared.</li>
 * </ul>
 * A failed expectation about violations is shown as the set difference: the requirements
 * {@code missing} (expected to fire, did not) and {@code unexpected} (fired, should not have).
 * A requirement or routing set an expectation depends on that fails at run time fails the test.
 * Immutable and thread-safe when its evaluator is.
 */
public final class RuleTestRunner {
    /** The clock of a test without {@code at}: midnight GMT on 1 January 2026. */
    public static final Instant DEFAULT_AT = Instant.parse("2026-01-01T00:00:00Z");

    private final CheckedRules rules;
    private final Evaluator evaluator;
    private final ConstantFormulas formulas;

    private RuleTestRunner(CheckedRules rules, Evaluator evaluator, ConstantFormulas formulas) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.formulas = Objects.requireNonNull(formulas, "formulas");
    }

    /** A runner computing test values that are literals ({@link ConstantFormulas#LITERALS}). */
    public static RuleTestRunner of(CheckedRules rules, Evaluator evaluator) {
        return new RuleTestRunner(rules, evaluator, ConstantFormulas.LITERALS);
    }

    /** The same runner, computing the test values literals are not with {@code others}. */
    public RuleTestRunner computingFormulasWith(ConstantFormulas others) {
        return new RuleTestRunner(rules, evaluator, ConstantFormulas.LITERALS.orElse(others));
    }

    /** Runs every test of the rules, in declaration order. */
    public TestReport runAll() {
        return runAll(test -> true);
    }

    /** Runs the tests {@code which} accepts, in declaration order. */
    public TestReport runAll(Predicate<RuleTest> which) {
        List<TestResult> results = new ArrayList<>();
        for (RuleTest test : rules.tests()) {
            if (which.test(test)) {
                results.add(run(test));
            }
        }
        return new TestReport(results);
    }

    public TestResult run(RuleTest test) {
        List<TestFailure> failures = new ArrayList<>();
        EvalContext clock = EvalContext.at(test.at().orElse(DEFAULT_AT));
        Optional<DataRecord> record = record(test, clock, failures);
        Optional<DataRecord> prior = record.flatMap(r -> prior(test, r, clock, failures));
        if (record.isEmpty() || !failures.isEmpty()) {
            return new TestResult(test, failures);
        }
        EvalContext context = clock.withPrior(prior);
        Decision decision = evaluator.evaluate(record.get(), context);
        for (TestExpectation expectation : test.expectations()) {
            if (expectation instanceof TestExpectation.NoViolations none) {
                violations(test, new TestExpectation.Violations(List.of(), none.span()), "expect no violations",
                        decision, failures);
            } else if (expectation instanceof TestExpectation.Violations some) {
                violations(test, some, some.match().clause()
                        + some.requirements().stream().map(Requirement::name).collect(Collectors.joining(", ")),
                        decision, failures);
            } else {
                route((TestExpectation.Route) expectation, context, decision, failures);
            }
        }
        return new TestResult(test, failures);
    }

    private Optional<DataRecord> record(RuleTest test, EvalContext context, List<TestFailure> failures) {
        RecordBuilder builder = DataRecord.builder(evaluator.recordType(test.object().name())).id(test.title());
        for (RuleTest.Given given : test.given()) {
            value(given.value(), context, "given " + given.field().text(), failures)
                    .ifPresent(value -> builder.set(given.field().text(), value.value()));
        }
        return failures.isEmpty() ? Optional.of(builder.build()) : Optional.empty();
    }

    /**
     * The record's version before the save when the test has {@code prior}: the given record with
     * the prior values in place of the given ones.
     */
    private Optional<DataRecord> prior(RuleTest test, DataRecord record, EvalContext context,
                                       List<TestFailure> failures) {
        if (test.prior().isEmpty()) {
            return Optional.empty();
        }
        RecordBuilder builder = DataRecord.builder(record.type()).id(record.id());
        for (int slot = 0; slot < record.type().size(); slot++) {
            builder.set(slot, record.value(slot));
        }
        for (RuleTest.Given before : test.prior().get()) {
            value(before.value(), context, "prior " + before.field().text(), failures)
                    .ifPresent(value -> builder.set(before.field().text(), value.value()));
        }
        return Optional.of(builder.build());
    }

    /** The runtime value of a test value; empty (with a failure added) when it cannot be computed. */
    private Optional<ConstantFormulas.Constant> value(TestValue value, EvalContext context, String what,
                                                      List<TestFailure> failures) {
        if (value instanceof TestValue.DateValue date) {
            return Optional.of(new ConstantFormulas.Constant(date.date()));
        }
        if (value instanceof TestValue.DateTimeValue dateTime) {
            return Optional.of(new ConstantFormulas.Constant(dateTime.instant()));
        }
        if (value instanceof TestValue.TimeValue time) {
            return Optional.of(new ConstantFormulas.Constant(time.time()));
        }
        if (value instanceof TestValue.Selections selections) {
            return Optional.of(new ConstantFormulas.Constant(
                    selections.values().isEmpty() ? null : new TreeSet<>(selections.values())));
        }
        Expr formula = ((TestValue.Formula) value).expr();
        Optional<ConstantFormulas.Constant> constant = formulas.value(formula, context);
        if (constant.isEmpty()) {
            failures.add(new TestFailure(formula.span(), what, "a value Stage7 can compute",
                    "a formula it cannot compute without a record; write a literal value"));
            return Optional.empty();
        }
        return constant;
    }

    private void violations(RuleTest test, TestExpectation.Violations expected, String what, Decision decision,
                            List<TestFailure> failures) {
        Set<String> named = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        expected.requirements().forEach(r -> named.add(r.name()));
        Set<String> fired = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        decision.violations().forEach(v -> fired.add(v.requirement()));
        boolean exactly = expected.match() == Decl.ViolationMatch.EXACTLY;
        List<String> missing = new ArrayList<>();
        if (expected.match() != Decl.ViolationMatch.NONE_OF) {
            expected.requirements().stream().map(Requirement::name).filter(n -> !fired.contains(n)).forEach(missing::add);
        }
        List<String> unexpected = new ArrayList<>();
        for (Violation violation : decision.violations()) {
            boolean wanted = named.contains(violation.requirement());
            if (expected.match() == Decl.ViolationMatch.NONE_OF ? wanted : exactly && !wanted) {
                unexpected.add(violation.requirement() + (violation.isError() ? "" : " (warning)"));
            }
        }
        List<String> broken = new ArrayList<>();
        for (RuleFailure failure : decision.failures()) {
            // An exact list is about every requirement on the object; the others only about those they name.
            boolean concerned = exactly ? rules.requirement(failure.rule())
                    .filter(r -> r.object().name().equals(test.object().name())).isPresent()
                    : named.contains(failure.rule());
            if (concerned) {
                broken.add(failure.rule() + ": " + failure.message());
            }
        }
        if (missing.isEmpty() && unexpected.isEmpty() && broken.isEmpty()) {
            return;
        }
        List<TestFailure.Detail> details = new ArrayList<>();
        if (!missing.isEmpty()) {
            details.add(new TestFailure.Detail("missing", String.join(", ", missing)));
        }
        if (!unexpected.isEmpty()) {
            details.add(new TestFailure.Detail("unexpected", String.join(", ", unexpected)));
        }
        if (!broken.isEmpty()) {
            details.add(new TestFailure.Detail("not evaluated", String.join("; ", broken)));
        }
        failures.add(new TestFailure(expected.span(), what, details));
    }

    private void route(TestExpectation.Route expectation, EvalContext context, Decision decision,
                       List<TestFailure> failures) {
        String name = expectation.routing().name();
        String what = "expect route " + name;
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        boolean matches = true;
        Optional<Route> route = decision.route(name);
        for (Map.Entry<AssignmentTarget, TestValue> entry : expectation.outcome().entrySet()) {
            AssignmentTarget target = entry.getKey();
            Optional<ConstantFormulas.Constant> wanted = value(entry.getValue(), context, what + " " + target.keyword(),
                    failures);
            if (wanted.isEmpty()) {
                return;
            }
            Object want = wanted.get().value();
            Object got = route.map(r -> assigned(r, target)).orElse(null);
            expected.add(target.keyword() + " " + show(want));
            actual.add(target.keyword() + " " + show(got));
            matches &= same(want, got);
        }
        if (expectation.entry().isPresent()) {
            int want = expectation.entry().getAsInt();
            expected.add("entry " + want);
            actual.add("entry " + route.map(r -> String.valueOf(r.entry())).orElse("(none)"));
            matches &= route.isPresent() && route.get().entry() == want;
        }
        if (route.isEmpty()) {
            matches = false;
            String why = decision.failures().stream().filter(f -> f.rule().equalsIgnoreCase(name))
                    .map(RuleFailure::message).findFirst().orElse("no entry matched");
            actual.clear();
            actual.add("no route: " + why);
        }
        if (!matches) {
            failures.add(new TestFailure(expectation.span(), what,
                    expected.isEmpty() ? "a route" : String.join(", ", expected), String.join(", ", actual)));
        }
    }

    private static Object assigned(Route route, AssignmentTarget target) {
        switch (target) {
            case QUEUE:
                return route.queue();
            case REGION:
                return route.region();
            case PRIORITY:
                return route.priority().orElse(null);
            case COMPLEXITY:
                return route.complexity().orElse(null);
            case NOT_BEFORE:
                return route.notBefore().orElse(null);
            default:
                throw new IllegalStateException("unhandled target " + target);
        }
    }

    private static boolean same(Object want, Object got) {
        if (want instanceof BigDecimal w && got instanceof BigDecimal g) {
            return w.compareTo(g) == 0;
        }
        return Objects.equals(want, got);
    }

    private static String show(Object value) {
        if (value == null) {
            return "(blank)";
        }
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }
}

package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.ast.Expr;
import io.stage7.ast.Located;
import io.stage7.ast.Name;
import io.stage7.ast.QualifiedName;
import io.stage7.diag.Diagnostics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Checks rules tests: the given record's object and fields, each value against its field's type
 * (parsing dates, date/times, times and multi-select values written as text), the evaluation
 * instant, and the requirements and routing sets the expectations name.
 */
final class TestChecker {

    private static final String ENTRY = "entry";
    private static final List<String> ROUTE_KEYS = Stream.concat(
            Arrays.stream(AssignmentTarget.values()).map(AssignmentTarget::keyword), Stream.of(ENTRY)).toList();

    private final Diagnostics diagnostics;
    private final Symbols symbols;
    private final FormulaChecker formulas;
    private final RuleChecker rules;
    private final NameTable<Requirement> requirements;
    private final NameTable<RoutingSet> routingSets;
    private final BaseRecords bases;

    TestChecker(Diagnostics diagnostics, Symbols symbols, FormulaChecker formulas, RuleChecker rules,
                NameTable<Requirement> requirements, NameTable<RoutingSet> routingSets) {
        this.diagnostics = diagnostics;
        this.symbols = symbols;
        this.formulas = formulas;
        this.rules = rules;
        this.requirements = requirements;
        this.routingSets = routingSets;
        this.bases = new BaseRecords(diagnostics, symbols, symbols.baseRecordDecls(),
                (record, object, out) -> given(record.entries(), object, out, false));
    }

    List<RuleTest> check(List<Decl.TestDecl> decls) {
        bases.checkAll();
        List<RuleTest> tests = new ArrayList<>();
        Map<String, Decl.TestDecl> titles = new LinkedHashMap<>();
        for (Decl.TestDecl decl : decls) {
            Decl.TestDecl first = titles.putIfAbsent(decl.title().value(), decl);
            if (first != null) {
                diagnostics.warning("duplicate-test", decl.title().span(), "duplicate test title '"
                        + decl.title().value() + "'; first declared at " + first.title().span().location());
            }
            formulas.withoutSave(() -> test(decl)).ifPresent(tests::add);
        }
        return tests;
    }

    private Optional<RuleTest> test(Decl.TestDecl decl) {
        if (decl.given().isEmpty()) {
            diagnostics.error("missing-given", decl.title().span(), "test '" + decl.title().value()
                    + "' has no 'given' record to evaluate");
        }
        if (decl.expectations().isEmpty()) {
            diagnostics.error("missing-expectation", decl.title().span(), "test '" + decl.title().value()
                    + "' expects nothing; add 'expect violations …', 'expect no violations' or 'expect route …'");
        }
        Optional<ObjectType> object = decl.given()
                .flatMap(given -> symbols.objects().resolve(given.object(), diagnostics));
        List<RuleTest.Given> given = new ArrayList<>();
        boolean complete = object.isPresent();
        if (decl.given().isPresent()) {
            Optional<List<RuleTest.Given>> values = bases.values(decl.given().get(), object.orElse(null));
            values.ifPresent(given::addAll);
            complete &= values.isPresent();
        }
        Optional<List<RuleTest.Given>> prior = Optional.empty();
        if (decl.prior().isPresent()) {
            List<RuleTest.Given> before = new ArrayList<>();
            complete &= given(decl.prior().get().entries(), object.orElse(null), before, true);
            prior = Optional.of(before);
        }
        Optional<Instant> at = decl.at().flatMap(this::instant);
        complete &= decl.at().isEmpty() || at.isPresent();
        conflictingExpectations(decl.expectations());
        List<TestExpectation> expectations = new ArrayList<>();
        for (Decl.Expectation expectation : decl.expectations()) {
            Optional<TestExpectation> checked = expectation(expectation, object.orElse(null));
            checked.ifPresent(expectations::add);
            complete &= checked.isPresent();
        }
        if (!complete || expectations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleTest(decl.title().value(), object.get(), given, at, expectations,
                decl.title().span(), prior));
    }

    /**
     * An exact list of violations ({@code expect no violations}, {@code expect violations A, B})
     * next to any other clause about violations, or a requirement expected both to fire and not to.
     */
    private void conflictingExpectations(List<Decl.Expectation> expectations) {
        Decl.Expectation exact = null;
        Decl.Expectation first = null;
        Map<String, Name> fires = new LinkedHashMap<>();
        List<Name> quiet = new ArrayList<>();
        for (Decl.Expectation expectation : expectations) {
            if (expectation instanceof Decl.Expectation.Route) {
                continue;
            }
            boolean isExact = !(expectation instanceof Decl.Expectation.Violations v)
                    || v.match() == Decl.ViolationMatch.EXACTLY;
            Decl.Expectation earlier = isExact ? first : exact;
            if (earlier != null) {
                diagnostics.error("conflicting-expectations", expectation.span(), "this test already says which "
                        + "requirements are violated at " + earlier.span().location() + "; list them in one clause");
            }
            first = first == null ? expectation : first;
            exact = exact == null && isExact ? expectation : exact;
            if (expectation instanceof Decl.Expectation.Violations v && v.match() == Decl.ViolationMatch.INCLUDES) {
                v.requirements().forEach(n -> fires.putIfAbsent(n.text().toLowerCase(Locale.ROOT), n));
            } else if (expectation instanceof Decl.Expectation.Violations v && v.match() == Decl.ViolationMatch.NONE_OF) {
                quiet.addAll(v.requirements());
            }
        }
        for (Name name : quiet) {
            Name firing = fires.get(name.text().toLowerCase(Locale.ROOT));
            if (firing != null) {
                diagnostics.error("conflicting-expectations", name.span(), "this test expects " + name.text()
                        + " to fire at " + firing.span().location() + " and not to fire here");
            }
        }
    }

    /**
     * The values of a {@code given} record, or of a {@code prior} one ({@code prior} true), whose
     * fields are the record's own: the prior version holds no related record's fields.
     */
    private boolean given(List<Decl.RecordEntry> entries, ObjectType object, List<RuleTest.Given> out,
                          boolean prior) {
        boolean ok = true;
        Map<String, QualifiedName> seen = new LinkedHashMap<>();
        for (Decl.RecordEntry entry : entries) {
            Optional<FieldPath> field = formulas.resolveField(entry.key(), object);
            if (prior && field.isPresent() && field.get().isRelated()) {
                diagnostics.error("related-field", entry.key().span(), "prior lists the record's own fields, but "
                        + field.get().text() + " is a field of the related record, which is not part of the "
                        + "record's prior version");
                formulas.check(entry.value(), object);
                ok = false;
                continue;
            }
            if (field.isPresent()) {
                String key = field.get().text().toLowerCase(Locale.ROOT);
                QualifiedName first = seen.putIfAbsent(key, entry.key());
                if (first != null) {
                    String twice = prior ? " is listed twice in prior; first listed at "
                            : " is given twice; first given at ";
                    diagnostics.error("duplicate-given-field", entry.key().span(), "field " + field.get().text()
                            + twice + first.span().location());
                    ok = false;
                    continue;
                }
            }
            Optional<TestValue> value = field.isPresent()
                    ? value(entry.value(), field.get().field(), object)
                    : Optional.empty();
            if (field.isEmpty()) {
                formulas.check(entry.value(), object);
            }
            if (field.isPresent() && value.isPresent()) {
                out.add(new RuleTest.Given(field.get(), value.get(), entry.span()));
            } else {
                ok = false;
            }
        }
        return ok;
    }

    /** A value for {@code field}: a formula of a fitting type, or text parsed for its kind. */
    private Optional<TestValue> value(Expr value, FieldType field, ObjectType object) {
        ExprType type = formulas.check(value, object);
        if (value instanceof Expr.TextLiteral literal) {
            switch (field.kind()) {
                case DATE -> {
                    return parsed(literal, Literals.parseDate(literal.value()).map(TestValue.DateValue::new),
                            "invalid-date", "a valid date; write YYYY-MM-DD, e.g. 2026-03-31");
                }
                case DATETIME -> {
                    return parsed(literal, Literals.parseDateTime(literal.value()).map(TestValue.DateTimeValue::new),
                            "invalid-datetime", "a valid date/time; write ISO-8601 with an offset, "
                                    + "e.g. 2026-03-31T16:45:00-07:00 or 2026-03-31T23:45:00Z");
                }
                case TIME -> {
                    return parsed(literal, Literals.parseTime(literal.value()).map(TestValue.TimeValue::new),
                            "invalid-time", "a valid time; write HH:MM:SS, e.g. 16:45:00");
                }
                case PICKLIST -> {
                    if (!field.hasValue(literal.value())) {
                        diagnostics.error("unknown-picklist-value", literal.span(),
                                CallTypings.unknownValueMessage(literal.value(), field));
                        return Optional.empty();
                    }
                    return Optional.of(new TestValue.Formula(value));
                }
                case MULTIPICKLIST -> {
                    return selections(literal, field);
                }
                default -> { }
            }
        }
        if (field.kind() == FieldKind.PICKLIST || field.kind() == FieldKind.MULTIPICKLIST) {
            if (type.isWildcard()) {
                return type == ExprType.NULL ? Optional.of(new TestValue.Formula(value)) : Optional.empty();
            }
            diagnostics.error("type-mismatch", value.span(), field.name() + " is a " + field.kind().typeName()
                    + " field; give it one of its values as text in quotes");
            return Optional.empty();
        }
        if (type.isPicklist()) {
            formulas.picklistMisuse(value, type);
            return Optional.empty();
        }
        if (!type.fits(field.exprType())) {
            diagnostics.error("type-mismatch", value.span(), field.name() + " is a " + field.kind().typeName()
                    + " field, but this value is " + type.label());
            return Optional.empty();
        }
        return type == ExprType.ERROR ? Optional.empty() : Optional.of(new TestValue.Formula(value));
    }

    private Optional<TestValue> parsed(Expr.TextLiteral literal, Optional<TestValue> value, String code,
                                       String expected) {
        if (value.isEmpty()) {
            diagnostics.error(code, literal.span(), "'" + literal.value() + "' is not " + expected);
        }
        return value;
    }

    /** {@code "SaaS;Services"}: each selected value must be declared; empty text selects nothing. */
    private Optional<TestValue> selections(Expr.TextLiteral literal, FieldType field) {
        List<String> selected = new ArrayList<>();
        boolean ok = true;
        if (!literal.value().isBlank()) {
            for (String part : literal.value().split(";", -1)) {
                String value = part.strip();
                if (!field.hasValue(value)) {
                    diagnostics.error("unknown-picklist-value", literal.span(),
                            CallTypings.unknownValueMessage(value, field));
                    ok = false;
                } else if (selected.contains(value)) {
                    diagnostics.error("duplicate-picklist-value", literal.span(), "'" + value + "' is selected twice");
                    ok = false;
                } else {
                    selected.add(value);
                }
            }
        }
        return ok ? Optional.of(new TestValue.Selections(selected)) : Optional.empty();
    }

    private Optional<Instant> instant(Located<String> at) {
        Optional<Instant> instant = Literals.parseDateTime(at.value());
        if (instant.isEmpty()) {
            diagnostics.error("invalid-datetime", at.span(), "'" + at.value() + "' is not a valid date/time; write "
                    + "ISO-8601 with an offset, e.g. 2026-03-31T16:45:00-07:00 or 2026-03-31T23:45:00Z");
        }
        return instant;
    }

    // ------------------------------------------------------------------ expectations

    private Optional<TestExpectation> expectation(Decl.Expectation expectation, ObjectType object) {
        if (expectation instanceof Decl.Expectation.NoViolations none) {
            return Optional.of(new TestExpectation.NoViolations(none.span()));
        }
        if (expectation instanceof Decl.Expectation.Violations violations) {
            List<Requirement> named = new ArrayList<>();
            boolean ok = true;
            for (Name name : violations.requirements()) {
                Optional<Decl.RequirementDecl> decl = symbols.requirementDecls().resolve(name, diagnostics);
                ok &= decl.isPresent() && onObject(name, "requirement", decl.get().object(), object);
                Optional<Requirement> requirement = requirements.find(name.text());
                ok &= requirement.isPresent();
                requirement.ifPresent(named::add);
            }
            return ok ? Optional.of(new TestExpectation.Violations(named, violations.match(), violations.span()))
                    : Optional.empty();
        }
        return route((Decl.Expectation.Route) expectation, object);
    }

    /** Whether a named rule is on the test's object; reports when it is not. */
    private boolean onObject(Name name, String kind, Name ruleObject, ObjectType object) {
        if (object == null) {
            return false;
        }
        if (!ruleObject.text().equalsIgnoreCase(object.name())) {
            diagnostics.error("wrong-object", name.span(), kind + " " + name.text() + " is on " + ruleObject.text()
                    + ", but this test's record is " + object.name());
            return false;
        }
        return true;
    }

    private Optional<TestExpectation> route(Decl.Expectation.Route route, ObjectType object) {
        Optional<Decl.RoutingDecl> decl = symbols.routingDecls().resolve(route.routing(), diagnostics);
        boolean ok = decl.isPresent() && onObject(route.routing(), "routing set", decl.get().object(), object);
        Map<AssignmentTarget, TestValue> outcome = new EnumMap<>(AssignmentTarget.class);
        OptionalInt entry = OptionalInt.empty();
        Map<String, QualifiedName> seen = new LinkedHashMap<>();
        for (Decl.RecordEntry expected : route.outcome()) {
            String key = expected.key().text();
            QualifiedName first = seen.putIfAbsent(key, expected.key());
            if (first != null) {
                diagnostics.error("duplicate-expected-key", expected.key().span(), key + " is expected twice; first "
                        + "expected at " + first.span().location());
                ok = false;
                continue;
            }
            if (key.equals(ENTRY)) {
                entry = entryNumber(expected.value(), decl.map(d -> d.entries().size()).orElse(0), object);
                ok &= entry.isPresent();
                continue;
            }
            Optional<AssignmentTarget> target = AssignmentTarget.byKeyword(key);
            if (target.isEmpty()) {
                diagnostics.error("unknown-expected-key", expected.key().span(), "unknown route outcome '" + key + "'"
                        + orElse(Suggestions.didYouMean(key, ROUTE_KEYS), "; a route expectation can name "
                        + String.join(", ", ROUTE_KEYS)));
                formulas.check(expected.value(), object);
                ok = false;
                continue;
            }
            Optional<TestValue> value = outcome(target.get(), expected.value(), object);
            value.ifPresent(v -> outcome.put(target.get(), v));
            ok &= value.isPresent();
        }
        Optional<RoutingSet> routing = routingSets.find(route.routing().text());
        if (!ok || routing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TestExpectation.Route(routing.get(), outcome, entry, route.span()));
    }

    private Optional<TestValue> outcome(AssignmentTarget target, Expr value, ObjectType object) {
        if (target == AssignmentTarget.NOT_BEFORE && value instanceof Expr.TextLiteral literal) {
            formulas.check(value, object);
            Optional<Instant> instant = instant(new Located<>(literal.value(), literal.span()));
            return instant.map(TestValue.DateTimeValue::new);
        }
        int before = diagnostics.errorCount();
        rules.checkAssigned(target, value, object, "the expected " + target.keyword());
        return diagnostics.errorCount() == before ? Optional.of(new TestValue.Formula(value)) : Optional.empty();
    }

    private OptionalInt entryNumber(Expr value, int entries, ObjectType object) {
        formulas.check(value, object);
        if (entries == 0) {
            return OptionalInt.empty(); // the routing set is unknown (reported) or has no entries (warned)
        }
        if (value instanceof Expr.NumberLiteral number) {
            BigDecimal n = number.value();
            boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
            if (whole && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(entries)) <= 0) {
                return OptionalInt.of(n.intValueExact());
            }
        }
        diagnostics.error("invalid-entry", value.span(), "entry must be the number of an entry of the routing set, "
                + "from 1 to " + entries);
        return OptionalInt.empty();
    }

    private static String orElse(String suggestion, String fallback) {
        return suggestion.isEmpty() ? fallback : suggestion;
    }
}

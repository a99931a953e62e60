package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.ast.Expr;
import io.stage7.ast.Located;
import io.stage7.diag.Diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks booking requirements and routing sets. */
final class RuleChecker {

    private static final List<String> TARGETS = Arrays.stream(AssignmentTarget.values())
            .map(AssignmentTarget::keyword).toList();

    private final Diagnostics diagnostics;
    private final Symbols symbols;
    private final FormulaChecker formulas;
    private final PolicyChecker policy;

    RuleChecker(Diagnostics diagnostics, Symbols symbols, FormulaChecker formulas, PolicyChecker policy) {
        this.diagnostics = diagnostics;
        this.symbols = symbols;
        this.formulas = formulas;
        this.policy = policy;
    }

    // ------------------------------------------------------------------ requirements

    /** Checked requirements by name; an incomplete or broken one maps to null. */
    NameTable<Requirement> requirements() {
        return symbols.requirementDecls().map(decl -> requirement(decl).orElse(null));
    }

    private Optional<Requirement> requirement(Decl.RequirementDecl decl) {
        Optional<ObjectType> object = symbols.objects().resolve(decl.object(), diagnostics);
        ObjectType scope = object.orElse(null);
        decl.condition().ifPresent(condition -> formulas.expect(condition, scope, ExprType.CHECKBOX,
                "the condition of requirement " + decl.name().text()));
        Optional<FieldPath> field = decl.field().flatMap(name -> formulas.resolveField(name, scope));
        if (object.isEmpty() || decl.condition().isEmpty() || decl.message().isEmpty()
                || decl.field().isPresent() && field.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Requirement(decl.name().text(), object.get(), decl.severity(), decl.condition().get(),
                decl.message().get().value(), field, decl.description().map(Located::value), decl.active(),
                decl.name().span()));
    }

    // ------------------------------------------------------------------ routing

    /** Checked routing sets by name; one on an unknown object maps to null. */
    NameTable<RoutingSet> routingSets() {
        return symbols.routingDecls().map(decl -> routing(decl).orElse(null));
    }

    private Optional<RoutingSet> routing(Decl.RoutingDecl decl) {
        Optional<ObjectType> object = symbols.objects().resolve(decl.object(), diagnostics);
        ObjectType scope = object.orElse(null);
        List<RouteEntry> entries = new ArrayList<>();
        Decl.RoutingEntry alwaysMatches = null;
        for (Decl.RoutingEntry entry : decl.entries()) {
            entry.condition().ifPresent(condition -> formulas.expect(condition, scope, ExprType.CHECKBOX,
                    "the condition of routing entry " + entry.number()));
            boolean reachable = alwaysMatches == null;
            if (!reachable) {
                diagnostics.warning("unreachable-route", entry.span(), "routing entry " + entry.number()
                        + " is unreachable: entry " + alwaysMatches.number() + " before it always matches");
            } else if (alwaysMatches(entry)) {
                alwaysMatches = entry;
            }
            Map<AssignmentTarget, Expr> assignments = assignments(entry, scope);
            entries.add(new RouteEntry(entry.number(), entry.condition(), assignments, reachable, entry.span()));
        }
        if (alwaysMatches == null) {
            diagnostics.warning("missing-otherwise", decl.name().span(), "routing set " + decl.name().text()
                    + " has no 'otherwise' entry, so a record that matches no entry is not routed");
        }
        return object.map(o -> new RoutingSet(decl.name().text(), o, entries, decl.name().span()));
    }

    /** An {@code otherwise} entry, or one whose condition is the literal TRUE. */
    private static boolean alwaysMatches(Decl.RoutingEntry entry) {
        return entry.condition().map(c -> c instanceof Expr.BooleanLiteral b && b.value()).orElse(true);
    }

    private Map<AssignmentTarget, Expr> assignments(Decl.RoutingEntry entry, ObjectType scope) {
        Map<AssignmentTarget, Decl.Assignment> seen = new EnumMap<>(AssignmentTarget.class);
        Map<AssignmentTarget, Expr> values = new EnumMap<>(AssignmentTarget.class);
        for (Decl.Assignment assignment : entry.assignments()) {
            String word = assignment.target().text();
            Optional<AssignmentTarget> target = AssignmentTarget.byKeyword(word);
            if (target.isEmpty()) {
                diagnostics.error("unknown-assignment-target", assignment.target().span(), "unknown assignment target '"
                        + word + "'" + orElse(Suggestions.didYouMean(word, TARGETS), "; a routing entry can assign "
                        + String.join(", ", TARGETS)));
                formulas.check(assignment.value(), scope);
                continue;
            }
            Decl.Assignment first = seen.putIfAbsent(target.get(), assignment);
            if (first != null) {
                diagnostics.error("duplicate-assignment", assignment.target().span(), word + " is assigned twice in "
                        + "routing entry " + entry.number() + "; first assigned at " + first.target().span().location());
            }
            checkAssigned(target.get(), assignment.value(), scope, "the assigned " + target.get().keyword());
            if (first == null) {
                values.put(target.get(), assignment.value());
            }
        }
        List<String> missing = Arrays.stream(AssignmentTarget.values())
                .filter(t -> t.required() && !seen.containsKey(t)).map(AssignmentTarget::keyword).toList();
        if (!missing.isEmpty()) {
            diagnostics.error("missing-assignment", entry.span(), "routing entry " + entry.number()
                    + " does not assign " + String.join(" or ", missing) + "; every entry must assign queue and region");
        }
        return values;
    }

    /** Types a value for an assignment target; a literal region or complexity must be a known one. */
    void checkAssigned(AssignmentTarget target, Expr value, ObjectType scope, String what) {
        formulas.expect(value, scope, target.type(), what);
        if (value instanceof Expr.TextLiteral literal) {
            if (target == AssignmentTarget.REGION) {
                symbols.regionDecls().resolve(literal.value(), literal.span(), diagnostics);
            } else if (target == AssignmentTarget.COMPLEXITY) {
                policy.checkComplexity(new Located<>(literal.value(), literal.span()));
            }
        }
    }

    private static String orElse(String suggestion, String fallback) {
        return suggestion.isEmpty() ? fallback : suggestion;
    }
}

package io.stage7.eval.interp;

import io.stage7.ast.Expr;
import io.stage7.check.AssignmentTarget;
import io.stage7.check.CheckedRules;
import io.stage7.check.ObjectType;
import io.stage7.check.Requirement;
import io.stage7.check.RouteEntry;
import io.stage7.check.RoutingSet;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.ObjectRules;
import io.stage7.eval.Evaluator;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;
import io.stage7.functions.FormulaError;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference interpreter: evaluates records by walking the checked AST. It defines the
 * semantics that the compiled evaluator must reproduce, and explains its decisions.
 *
 * <p>For one record, every requirement and every routing set on the record's object is
 * evaluated, in declaration order:
 * <ul>
 *   <li>An active requirement fires (becomes a {@link Violation}) when its condition is TRUE;
 *       FALSE or blank does not fire. An inactive requirement is not evaluated.</li>
 *   <li>A routing set tries its entries in order; the first whose condition is TRUE (or that
 *       is {@code otherwise}) matches, and its assignments are evaluated in the order queue,
 *       region, priority, complexity, not_before into a {@link Route}. A blank priority,
 *       complexity or not_before is left empty.</li>
 *   <li>A rule that cannot be decided becomes a {@link RuleFailure} and the next rule is
 *       evaluated. The failure messages are: the {@code #Error!} message of a runtime error in a
 *       requirement; {@code "entry N: #Error! ..."} for one in a routing condition,
 *       {@code "entry N, queue: #Error! ..."} for one in an assignment;
 *       {@code "entry N assigned a blank queue"} (or region); {@code "no entry matched"}.</li>
 * </ul>
 * Formulas follow {@code docs/language.md}: decimal arithmetic, Salesforce's blanks,
 * lazy IF, CASE, AND, OR, {@code &&}, {@code ||}, BLANKVALUE and NULLVALUE, and ISNEW, ISCHANGED
 * and PRIORVALUE against the context's prior version of the record (none: the record is new).
 *
 * <p>Immutable and thread-safe: each evaluation works on its own state. Create one per
 * checked program with {@link #of}; the rules should have checked without errors.
 */
public final class Interpreter implements Evaluator {

    private final CheckedRules rules;
    private final PolicyRuntime policy;
    private final Map<String, RecordType> recordTypes;
    private final Map<String, ObjectRules> numberings;

    private Interpreter(CheckedRules rules) {
        this.rules = rules;
        this.policy = PolicyRuntime.of(rules);
        Map<String, RecordType> types = new LinkedHashMap<>();
        for (ObjectType object : rules.objects()) {
            types.put(key(object.name()), RecordType.of(rules, object));
        }
        this.recordTypes = Collections.unmodifiableMap(types);
        Map<String, ObjectRules> numbered = new LinkedHashMap<>();
        for (ObjectType object : rules.objects()) {
            numbered.put(key(object.name()), numbering(rules, object));
        }
        this.numberings = Collections.unmodifiableMap(numbered);
    }

    /** The object's active requirements and routing sets in declaration order, as an Outcome numbers them. */
    private static ObjectRules numbering(CheckedRules rules, ObjectType object) {
        List<Violation> requirements = new ArrayList<>();
        for (Requirement requirement : rules.requirementsOn(object)) {
            if (requirement.active()) {
                requirements.add(new Violation(requirement.name(), requirement.severity(), requirement.message(),
                        requirement.field().map(path -> path.text())));
            }
        }
        List<String> routings = new ArrayList<>();
        for (RoutingSet routing : rules.routingSets()) {
            if (routing.object().name().equals(object.name())) {
                routings.add(routing.name());
            }
        }
        return new ObjectRules(object.name(), requirements, routings);
    }

    /** An interpreter for rules that checked without errors. */
    public static Interpreter of(CheckedRules rules) {
        return new Interpreter(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * The layout of the named object's records (ignoring case).
     *
     * @throws IllegalArgumentException when the rules declare no such object
     */
    @Override
    public RecordType recordType(String object) {
        RecordType type = recordTypes.get(key(object));
        if (type == null) {
            throw new IllegalArgumentException("the rules declare no object '" + object + "'");
        }
        return type;
    }

    @Override
    public Decision evaluate(DataRecord record, EvalContext context) {
        return run(record, context, false).decision();
    }

    /**
     * How an {@link io.stage7.eval.Outcome} numbers the named object's rules (ignoring case);
     * {@link #evaluate(DataRecord, EvalContext, io.stage7.eval.Outcome)} derives the outcome from
     * the decision.
     *
     * @throws IllegalArgumentException when the rules declare no such object
     */
    @Override
    public ObjectRules rules(String object) {
        ObjectRules numbered = numberings.get(key(object));
        if (numbered == null) {
            throw new IllegalArgumentException("the rules declare no object '" + object + "'");
        }
        return numbered;
    }

    /**
     * Evaluates the record as {@link #evaluate} does and explains every rule on its object: for
     * each requirement whether it fired, for each routing set which entry matched, and the value
     * of every sub-expression that was evaluated. Meant for one record at a time (the CLI's
     * {@code explain}); it costs several times an evaluation.
     */
    public Explanation explain(DataRecord record, EvalContext context) {
        return run(record, context, true);
    }

    /**
     * The value of one formula of these rules (a condition, an assignment, or any sub-expression
     * of one) for a record; {@code null} is blank. For tools and tests; {@link #evaluate} is how
     * rules are applied.
     *
     * @throws FormulaError when the formula raises a runtime error ({@code #Error!})
     * @throws IllegalArgumentException when the formula is not part of these checked rules
     */
    public Object evaluateFormula(Expr formula, DataRecord record, EvalContext context) {
        Objects.requireNonNull(record, "record");
        context.checkPriorOf(record);
        return value(new Walk(rules, policy, record, context, false).evaluate(formula));
    }

    /**
     * The value of a formula of these rules that reads no field, such as a value in a rules test
     * ({@code Amount: 1000 * 1.5}); {@code null} is blank.
     *
     * @throws FormulaError              when the formula raises a runtime error
     * @throws IllegalArgumentException when it reads a field, or is not part of these checked rules
     */
    public Object evaluateConstant(Expr formula, EvalContext context) {
        return value(new Walk(rules, policy, null, context, false).evaluate(formula));
    }

    private static Object value(Walk.Result result) {
        if (result.error().isPresent()) {
            throw result.error().get();
        }
        return result.value();
    }

    private Explanation run(DataRecord record, EvalContext context, boolean trace) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(context, "context");
        context.checkPriorOf(record);
        ObjectType object = record.type().object();
        Walk walk = new Walk(rules, policy, record, context, trace);
        List<Violation> violations = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        List<ExplainedRequirement> explainedRequirements = new ArrayList<>();
        for (Requirement requirement : rules.requirementsOn(object)) {
            explainedRequirements.add(requirement(walk, requirement, violations, failures));
        }
        List<ExplainedRouting> explainedRoutings = new ArrayList<>();
        for (RoutingSet routing : rules.routingSets()) {
            if (routing.object().name().equals(object.name())) {
                explainedRoutings.add(new RoutingRun(walk, routing).run(routes, failures));
            }
        }
        Decision decision = new Decision(record.id(), violations, routes, failures);
        return new Explanation(object.name(), context, decision, explainedRequirements, explainedRoutings);
    }

    private static ExplainedRequirement requirement(Walk walk, Requirement requirement, List<Violation> violations,
                                                    List<RuleFailure> failures) {
        Optional<String> field = requirement.field().map(path -> path.text());
        if (!requirement.active()) {
            return new ExplainedRequirement(requirement.name(), requirement.severity(),
                    ExplainedRequirement.Outcome.INACTIVE, requirement.message(), field, Optional.empty());
        }
        Walk.Result result = walk.evaluate(requirement.condition());
        ExplainedRequirement.Outcome outcome;
        if (result.error().isPresent()) {
            failures.add(new RuleFailure(requirement.name(), result.error().get().getMessage()));
            outcome = ExplainedRequirement.Outcome.FAILED;
        } else if (result.isTrue()) {
            violations.add(new Violation(requirement.name(), requirement.severity(), requirement.message(), field));
            outcome = ExplainedRequirement.Outcome.FIRED;
        } else {
            outcome = ExplainedRequirement.Outcome.NOT_FIRED;
        }
        return new ExplainedRequirement(requirement.name(), requirement.severity(), outcome, requirement.message(),
                field, result.node());
    }

    /** One routing set for one record: first match wins. */
    private static final class RoutingRun {
        private final Walk walk;
        private final RoutingSet routing;
        private final List<ExplainedRouting.Entry> entries = new ArrayList<>();

        RoutingRun(Walk walk, RoutingSet routing) {
            this.walk = walk;
            this.routing = routing;
        }

        ExplainedRouting run(List<Route> routes, List<RuleFailure> failures) {
            Optional<Route> route = Optional.empty();
            Optional<String> failure = Optional.of("no entry matched");
            List<RouteEntry> all = routing.entries();
            int next = 0;
            while (next < all.size()) {
                RouteEntry entry = all.get(next++);
                Optional<Walk.Result> condition = entry.condition().map(walk::evaluate);
                Optional<ExplainedNode> node = condition.flatMap(Walk.Result::node);
                if (condition.isPresent() && condition.get().error().isPresent()) {
                    entries.add(new ExplainedRouting.Entry(entry.number(), ExplainedRouting.Outcome.FAILED, node,
                            List.of()));
                    failure = Optional.of("entry " + entry.number() + ": " + condition.get().error().get().getMessage());
                    break;
                }
                if (condition.isPresent() && !condition.get().isTrue()) {
                    entries.add(new ExplainedRouting.Entry(entry.number(), ExplainedRouting.Outcome.NOT_MATCHED, node,
                            List.of()));
                    continue;
                }
                List<ExplainedRouting.Assignment> assignments = new ArrayList<>();
                Map<AssignmentTarget, Object> values = new EnumMap<>(AssignmentTarget.class);
                failure = assign(entry, assignments, values);
                entries.add(new ExplainedRouting.Entry(entry.number(), ExplainedRouting.Outcome.MATCHED, node,
                        assignments));
                if (failure.isEmpty()) {
                    route = Optional.of(route(entry, values));
                }
                break;
            }
            while (next < all.size()) {
                RouteEntry entry = all.get(next++);
                entries.add(new ExplainedRouting.Entry(entry.number(), ExplainedRouting.Outcome.NOT_REACHED,
                        entry.condition().flatMap(walk::notEvaluated), List.of()));
            }
            route.ifPresent(routes::add);
            failure.ifPresent(message -> failures.add(new RuleFailure(routing.name(), message)));
            return new ExplainedRouting(routing.name(), entries, route, failure);
        }

        /** Evaluates the matching entry's assignments in target order; the failure, if any. */
        private Optional<String> assign(RouteEntry entry, List<ExplainedRouting.Assignment> explained,
                                        Map<AssignmentTarget, Object> values) {
            Optional<String> failure = Optional.empty();
            for (AssignmentTarget target : AssignmentTarget.values()) {
                Optional<Expr> formula = entry.assignment(target);
                if (formula.isEmpty()) {
                    continue;
                }
                if (failure.isPresent()) {
                    walk.notEvaluated(formula.get())
                            .ifPresent(node -> explained.add(new ExplainedRouting.Assignment(target.keyword(), node)));
                    continue;
                }
                Walk.Result result = walk.evaluate(formula.get());
                result.node().ifPresent(node -> explained.add(new ExplainedRouting.Assignment(target.keyword(), node)));
                if (result.error().isPresent()) {
                    failure = Optional.of("entry " + entry.number() + ", " + target.keyword() + ": "
                            + result.error().get().getMessage());
                } else {
                    values.put(target, result.value());
                }
            }
            if (failure.isEmpty()) {
                for (AssignmentTarget target : List.of(AssignmentTarget.QUEUE, AssignmentTarget.REGION)) {
                    if (values.get(target) == null) {
                        return Optional.of("entry " + entry.number() + " assigned a blank " + target.keyword());
                    }
                }
            }
            return failure;
        }

        private Route route(RouteEntry entry, Map<AssignmentTarget, Object> values) {
            return new Route(routing.name(), entry.number(), (String) values.get(AssignmentTarget.QUEUE),
                    (String) values.get(AssignmentTarget.REGION),
                    Optional.ofNullable((BigDecimal) values.get(AssignmentTarget.PRIORITY)),
                    Optional.ofNullable((String) values.get(AssignmentTarget.COMPLEXITY)),
                    Optional.ofNullable((Instant) values.get(AssignmentTarget.NOT_BEFORE)));
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

package io.stage7.eval.compiled;

import io.stage7.check.CheckedRules;
import io.stage7.check.ObjectType;
import io.stage7.check.Requirement;
import io.stage7.check.RoutingSet;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Evaluator;
import io.stage7.eval.ObjectRules;
import io.stage7.eval.Outcome;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checked rules compiled into trees of small immutable nodes, one tree per formula: the fast
 * {@link Evaluator}. Field names are resolved to record slots, nodes are specialized by static
 * type (truth values are plain {@code int}s), constant sub-expressions are folded, and routing
 * sets that test one picklist field against many values are indexed. Each object's rules then
 * run as one call per record ({@link ObjectPlan}): its trees, or a class generated for the object
 * whose one method evaluates every requirement into a bitset and every routing set. Immutable and
 * safe to share between threads; evaluation allocates only the {@link Decision} and what the
 * formulas compute, and evaluating into an {@link Outcome} allocates no Decision either.
 *
 * <p>Compile only rules that checked without errors.
 */
public final class RuleSet implements Evaluator {
    private final ObjectPlan[] plans;

    private RuleSet(ObjectPlan[] plans) {
        this.plans = plans;
    }

    /** How formulas run once planned. */
    public enum Backend {
        /**
         * The default: an object's rules start as closures, and become a generated class (one
         * method evaluating all of them per record) once the object has run a few thousand formula
         * evaluations, so a large rule file is ready at once and the objects whose records are
         * evaluated reach bytecode speed. An object with more than 100 requirements and routing
         * entries keeps its trees (faster at that size).
         */
        ADAPTIVE,
        /** Every object's rules become a generated class at compile time. */
        BYTECODE,
        /** The node trees are walked as closures (no class generation; for comparison and for tests). */
        CLOSURES
    }

    /** Compiles every object's active requirements and routing sets ({@link Backend#ADAPTIVE}). */
    public static RuleSet compile(CheckedRules rules) {
        return compile(rules, Backend.ADAPTIVE);
    }

    /** Compiles every object's active requirements and routing sets for the given backend. */
    public static RuleSet compile(CheckedRules rules, Backend backend) {
        return compile(rules, RoutingIndex.MIN_KEYED_ENTRIES, true, backend);
    }

    /** Compiles with a given threshold for indexing routing sets (tests force or prevent the index). */
    static RuleSet compile(CheckedRules rules, int minKeyedEntries) {
        return compile(rules, minKeyedEntries, true, Backend.ADAPTIVE);
    }

    /** Compiles with a routing index threshold, and with or without constant folding (for tests). */
    static RuleSet compile(CheckedRules rules, int minKeyedEntries, boolean fold) {
        return compile(rules, minKeyedEntries, fold, Backend.ADAPTIVE);
    }

    /** Compiles with a routing index threshold, with or without constant folding, for a backend. */
    static RuleSet compile(CheckedRules rules, int minKeyedEntries, boolean fold, Backend backend) {
        Objects.requireNonNull(rules, "rules");
        PolicyRuntime policy = PolicyRuntime.of(rules);
        List<ObjectType> objects = rules.objects();
        List<List<Requirement>> requirements = new ArrayList<>();
        List<List<RoutingSet>> routings = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            requirements.add(new ArrayList<>());
            routings.add(new ArrayList<>());
        }
        for (Requirement requirement : rules.requirements()) {
            int at = indexOf(objects, requirement.object());
            if (at >= 0 && requirement.active()) {
                requirements.get(at).add(requirement);
            }
        }
        for (RoutingSet set : rules.routingSets()) {
            int at = indexOf(objects, set.object());
            if (at >= 0) {
                routings.get(at).add(set);
            }
        }
        ObjectPlan[] plans = new ObjectPlan[objects.size()];
        for (int i = 0; i < plans.length; i++) {
            RecordType layout = RecordType.of(rules, objects.get(i));
            ExprCompiler exprs = new ExprCompiler(rules, layout, policy, fold);
            CompiledRequirement[] compiled = new CompiledRequirement[requirements.get(i).size()];
            int ruleCount = compiled.length;
            for (int r = 0; r < compiled.length; r++) {
                compiled[r] = new CompiledRequirement(requirements.get(i).get(r), exprs);
            }
            CompiledRouting[] routes = new CompiledRouting[routings.get(i).size()];
            for (int r = 0; r < routes.length; r++) {
                routes[r] = new CompiledRouting(routings.get(i).get(r), rules, exprs, minKeyedEntries);
                ruleCount += routes[r].entries.length;
            }
            // An object without rules has nothing to generate.
            ObjectPlan.Mode mode = ruleCount == 0 ? ObjectPlan.Mode.TREES : switch (backend) {
                case BYTECODE -> ObjectPlan.Mode.EAGER;
                case CLOSURES -> ObjectPlan.Mode.TREES;
                case ADAPTIVE -> ruleCount <= BytecodeUnit.ADAPTIVE_MAX_RULES ? ObjectPlan.Mode.ADAPTIVE
                        : ObjectPlan.Mode.TREES;
            };
            plans[i] = new ObjectPlan(layout, compiled, routes, mode);
        }
        return new RuleSet(plans);
    }

    /**
     * Why objects of this rule set run their trees although bytecode was asked for: one line per
     * such object, empty when every object runs generated code (tests hold the generator to that).
     */
    List<String> bytecodeFallbacks() {
        List<String> out = new ArrayList<>();
        for (ObjectPlan plan : plans) {
            if (plan.fallback() != null) {
                out.add(plan.label() + ": " + plan.fallback());
            }
        }
        return out;
    }

    /** How many generated classes this rule set runs now, one per object at most (for tests). */
    int generatedUnits() {
        int count = 0;
        for (ObjectPlan plan : plans) {
            count += plan.isGenerated() ? 1 : 0;
        }
        return count;
    }

    /** How many objects may run generated code, generated yet or not (for tests). */
    int units() {
        int count = 0;
        for (ObjectPlan plan : plans) {
            count += plan.isGenerable() ? 1 : 0;
        }
        return count;
    }

    private static int indexOf(List<ObjectType> objects, ObjectType object) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).name().equals(object.name())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public RecordType recordType(String object) {
        for (ObjectPlan plan : plans) {
            if (plan.layout.object().name().toLowerCase(Locale.ROOT).equals(object.toLowerCase(Locale.ROOT))) {
                return plan.layout;
            }
        }
        throw new IllegalArgumentException("no object named '" + object + "' in these rules");
    }

    @Override
    public ObjectRules rules(String object) {
        for (ObjectPlan plan : plans) {
            if (plan.layout.object().name().equalsIgnoreCase(object)) {
                return plan.rules;
            }
        }
        throw new IllegalArgumentException("no object named '" + object + "' in these rules");
    }

    @Override
    public Decision evaluate(DataRecord record, EvalContext context) {
        Objects.requireNonNull(context, "context");
        context.checkPriorOf(record);
        return planFor(record.type()).decide(record, context);
    }

    /**
     * Evaluates into {@code into} without building a {@link Decision}: the generated code writes
     * the violation bits, routes and failures straight into the outcome.
     */
    @Override
    public void evaluate(DataRecord record, EvalContext context, Outcome into) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(into, "into");
        context.checkPriorOf(record);
        planFor(record.type()).fill(record, context, into);
    }

    /** The plan for a record's layout: this rule set's own, or an identical layout made elsewhere. */
    private ObjectPlan planFor(RecordType type) {
        for (ObjectPlan plan : plans) {
            if (plan.layout == type) {
                return plan;
            }
        }
        for (ObjectPlan plan : plans) {
            if (plan.layout.object().name().equals(type.object().name()) && samePaths(plan.layout.paths(), type.paths())) {
                return plan;
            }
        }
        throw new IllegalArgumentException("a " + type.object().name() + " record laid out as " + type
                + " does not fit these rules; build records with recordType(\"" + type.object().name() + "\")");
    }

    /** List equality without an iterator: layouts from another rule set are compared on every record. */
    private static boolean samePaths(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the named routing set uses an index (for tests). */
    boolean isIndexed(String routing) {
        return routing(routing).isIndexed();
    }

    /** The named routing set's outcome by a linear scan of its entries, bypassing any index (for tests). */
    Object routeByScan(String routing, DataRecord record, EvalContext context) {
        return routing(routing).scan(record, context);
    }

    private CompiledRouting routing(String name) {
        for (ObjectPlan plan : plans) {
            for (CompiledRouting routing : plan.routings) {
                if (routing.name().equalsIgnoreCase(name)) {
                    return routing;
                }
            }
        }
        throw new IllegalArgumentException("no routing set named " + name);
    }
}

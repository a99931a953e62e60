package io.stage7.eval.compiled;

import io.stage7.check.CheckedRules;
import io.stage7.check.ObjectType;
import io.stage7.check.Requirement;
import io.stage7.check.RoutingSet;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Evaluator;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;
import io.stage7.functions.FormulaError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checked rules compiled into trees of small immutable nodes, one tree per formula: the fast
 * {@link Evaluator}. Field names are resolved to record slots, nodes are specialized by static
 * type (truth values are plain {@code int}s), constant sub-expressions are folded, and routing
 * sets that test one picklist field against many values are indexed. Immutable and safe to share
 * between threads; evaluation allocates only the {@link Decision} and what the formulas compute.
 *
 * <p>Compile only rules that checked without errors.
 */
public final class RuleSet implements Evaluator {
    private final ObjectPlan[] plans;
    private final List<BytecodeUnit> units;

    private RuleSet(ObjectPlan[] plans, List<BytecodeUnit> units) {
        this.plans = plans;
        this.units = units;
    }

    /** How formulas run once planned. */
    public enum Backend {
        /**
         * The default: formulas start as closures, and each batch of up to 200 becomes a generated
         * class once it has run a few thousand formula evaluations, so a large rule file is ready
         * at once and the rules that run reach bytecode speed. An object with more than 100
         * requirements and routing entries keeps its trees (faster at that size), and so does a
         * formula of one or two nodes.
         */
        ADAPTIVE,
        /** Every formula tree becomes a method of a generated class at compile time. */
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
        List<BytecodeUnit> units = new ArrayList<>();
        for (int i = 0; i < plans.length; i++) {
            RecordType layout = RecordType.of(rules, objects.get(i));
            ExprCompiler exprs = new ExprCompiler(rules, layout, policy, fold);
            int ruleCount = requirements.get(i).size();
            for (RoutingSet set : routings.get(i)) {
                ruleCount += set.entries().size();
            }
            boolean generate = backend == Backend.BYTECODE
                    || (backend == Backend.ADAPTIVE && ruleCount <= BytecodeUnit.ADAPTIVE_MAX_RULES);
            BytecodeUnit.Batch code = new BytecodeUnit.Batch(objects.get(i).name(), generate,
                    backend == Backend.ADAPTIVE);
            CompiledRequirement[] compiled = new CompiledRequirement[requirements.get(i).size()];
            for (int r = 0; r < compiled.length; r++) {
                compiled[r] = new CompiledRequirement(requirements.get(i).get(r), exprs, code);
            }
            CompiledRouting[] routes = new CompiledRouting[routings.get(i).size()];
            for (int r = 0; r < routes.length; r++) {
                routes[r] = new CompiledRouting(routings.get(i).get(r), rules, exprs, minKeyedEntries, code);
            }
            code.define();
            units.addAll(code.units());
            plans[i] = new ObjectPlan(layout, compiled, routes);
        }
        return new RuleSet(plans, List.copyOf(units));
    }

    /**
     * Why units of this rule set run as closures although bytecode was asked for: one line per
     * such unit, empty when every formula runs generated code (tests hold the generator to that).
     */
    List<String> bytecodeFallbacks() {
        List<String> out = new ArrayList<>();
        for (BytecodeUnit unit : units) {
            if (unit.fallback() != null) {
                out.add(unit.label + ": " + unit.fallback());
            }
        }
        return out;
    }

    /** How many generated classes this rule set runs now (for tests). */
    int generatedUnits() {
        int count = 0;
        for (BytecodeUnit unit : units) {
            count += unit.isGenerated() ? 1 : 0;
        }
        return count;
    }

    /** How many units of formulas this rule set has, generated or not (for tests). */
    int units() {
        return units.size();
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
    public Decision evaluate(DataRecord record, EvalContext context) {
        Objects.requireNonNull(context, "context");
        context.checkPriorOf(record);
        ObjectPlan plan = planFor(record.type());
        CompiledRequirement[] requirements = plan.requirements;
        RuleFailure[] failures = null;
        int failureCount = 0;
        long fired = 0; // bit i: requirement i fired (the first 64; the rest go to firedBeyond)
        Violation[] firedBeyond = null;
        int beyondCount = 0;
        for (int i = 0; i < requirements.length; i++) {
            CompiledRequirement requirement = requirements[i];
            int truth;
            try {
                truth = requirement.condition.test(record, context);
            } catch (FormulaError error) {
                failures = grow(failures, failureCount, RuleFailure[]::new);
                failures[failureCount++] = new RuleFailure(requirement.name, error.getMessage());
                continue;
            }
            if (truth == Truth.TRUE) {
                if (i < Long.SIZE) {
                    fired |= 1L << i;
                } else {
                    firedBeyond = grow(firedBeyond, beyondCount, Violation[]::new);
                    firedBeyond[beyondCount++] = requirement.violation;
                }
            }
        }
        CompiledRouting[] routings = plan.routings;
        Route first = null; // the usual single routing set needs no array
        Route[] routes = routings.length > 1 ? new Route[routings.length] : null;
        int routeCount = 0;
        for (CompiledRouting routing : routings) {
            Object outcome = routing.route(record, context);
            if (outcome instanceof Route route) {
                if (routes == null) {
                    first = route;
                } else {
                    routes[routeCount] = route;
                }
                routeCount++;
            } else {
                failures = grow(failures, failureCount, RuleFailure[]::new);
                failures[failureCount++] = (RuleFailure) outcome;
            }
        }
        List<Route> routeList = routes == null ? (first == null ? List.of() : List.of(first)) : listOf(routes, routeCount);
        List<Violation> violations = beyondCount == 0 ? violations(requirements, fired)
                : concat(violations(requirements, fired), listOf(firedBeyond, beyondCount));
        return new Decision(record.id(), violations, routeList, listOf(failures, failureCount));
    }

    /**
     * The violations of the requirements whose bits are set, in order, as an immutable list made
     * directly: up to ten with {@code List.of}'s fixed arities, which keep their arguments as the
     * list's own storage (no intermediate array); more through one array.
     */
    private static List<Violation> violations(CompiledRequirement[] requirements, long fired) {
        int count = Long.bitCount(fired);
        if (count > 10) {
            Violation[] all = new Violation[count];
            long bits = fired;
            for (int i = 0; i < count; i++) {
                all[i] = lowest(requirements, bits);
                bits &= bits - 1;
            }
            return List.of(all);
        }
        long bits = fired;
        Violation a = count > 0 ? lowest(requirements, bits) : null;
        bits &= bits - 1;
        Violation b = count > 1 ? lowest(requirements, bits) : null;
        bits &= bits - 1;
        Violation c = count > 2 ? lowest(requirements, bits) : null;
        bits &= bits - 1;
        Violation d = count > 3 ? lowest(requirements, bits) : null;
        bits &= bits - 1;
        Violation e = count > 4 ? lowest(requirements, bits) : null;
        bits &= bits - 1;
        Violation f = count > 5 ? lowest(requirements, bits) : null;
        bits &= bits - 1;
        Violation g = count > 6 ? lowest(requirements, bits) : null;
        bits &= bits - 1;
        Violation h = count > 7 ? lowest(requirements, bits) : null;
        bits &= bits - 1;
        Violation i = count > 8 ? lowest(requirements, bits) : null;
        bits &= bits - 1;
        Violation j = count > 9 ? lowest(requirements, bits) : null;
        switch (count) {
            case 0:
                return List.of();
            case 1:
                return List.of(a);
            case 2:
                return List.of(a, b);
            case 3:
                return List.of(a, b, c);
            case 4:
                return List.of(a, b, c, d);
            case 5:
                return List.of(a, b, c, d, e);
            case 6:
                return List.of(a, b, c, d, e, f);
            case 7:
                return List.of(a, b, c, d, e, f, g);
            case 8:
                return List.of(a, b, c, d, e, f, g, h);
            case 9:
                return List.of(a, b, c, d, e, f, g, h, i);
            default:
                return List.of(a, b, c, d, e, f, g, h, i, j);
        }
    }

    /** The violation of the lowest set bit's requirement. */
    private static Violation lowest(CompiledRequirement[] requirements, long bits) {
        return requirements[Long.numberOfTrailingZeros(bits)].violation;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
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

    private static <T> T[] grow(T[] array, int count, java.util.function.IntFunction<T[]> make) {
        if (array == null) {
            return make.apply(4);
        }
        return count < array.length ? array : Arrays.copyOf(array, array.length * 2);
    }

    private static <T> List<T> listOf(T[] array, int count) {
        switch (count) {
            case 0:
                return List.of();
            case 1:
                return List.of(array[0]);
            case 2:
                return List.of(array[0], array[1]);
            default:
                return List.of(count == array.length ? array : Arrays.copyOf(array, count));
        }
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

    /** One object's compiled rules and the layout its records have. */
    private static final class ObjectPlan {
        final RecordType layout;
        final CompiledRequirement[] requirements;
        final CompiledRouting[] routings;

        ObjectPlan(RecordType layout, CompiledRequirement[] requirements, CompiledRouting[] routings) {
            this.layout = layout;
            this.requirements = requirements;
            this.routings = routings;
        }
    }
}

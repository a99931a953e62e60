package io.stage7.eval.compiled;

import io.stage7.eval.DataRecord;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.ObjectRules;
import io.stage7.eval.Outcome;
import io.stage7.eval.RecordType;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;
import io.stage7.functions.FormulaError;

import java.util.ArrayList;
import java.util.List;

/**
 * One object's compiled rules and the {@link ObjectCode} that runs them: its node trees, or a
 * class generated for the object with one method that evaluates every requirement and routing
 * set ({@link PlanWriter}). Generated at compile time ({@link Mode#EAGER}), once the object has
 * evaluated about {@link BytecodeUnit#HOT_EVALUATIONS} formulas ({@link Mode#ADAPTIVE}), or never
 * ({@link Mode#TREES}); if generation fails the trees run and {@link #fallback()} says why.
 *
 * <p>The code is read from a plain field, not a volatile one: every {@link ObjectCode} is safe to
 * publish through a race (final fields; a generated class keeps its constants in static finals,
 * which class initialization publishes), so a thread that has not yet seen the switch runs the
 * trees, or the adaptive wrapper, which forwards to the generated code, with the same results.
 */
final class ObjectPlan {
    /** How the plan's code is made. */
    enum Mode { TREES, EAGER, ADAPTIVE }

    final RecordType layout;
    final CompiledRequirement[] requirements;
    final CompiledRouting[] routings;
    /** The numbering an {@link Outcome} reports. */
    final ObjectRules rules;
    /** More than 64 active requirements: decisions are built through an {@link Outcome}. */
    final boolean wide;
    private final Violation[] violations;
    private final TreeCode trees;
    /** The formulas of the generated class, and its plan; null when the object keeps its trees. */
    private final BytecodeUnit unit;
    private ObjectCode code;
    private String fallback;
    private boolean generated;

    ObjectPlan(RecordType layout, CompiledRequirement[] requirements, CompiledRouting[] routings, Mode mode) {
        this.layout = layout;
        this.requirements = requirements;
        this.routings = routings;
        this.violations = new Violation[requirements.length];
        for (int i = 0; i < requirements.length; i++) {
            violations[i] = requirements[i].violation;
        }
        List<String> names = new ArrayList<>();
        for (CompiledRouting routing : routings) {
            names.add(routing.name());
        }
        this.rules = new ObjectRules(layout.object().name(), List.of(violations), names);
        this.wide = requirements.length > Long.SIZE;
        this.trees = new TreeCode(this);
        this.unit = mode == Mode.TREES ? null : new BytecodeUnit(layout.object().name(), this);
        if (unit != null) {
            for (CompiledRequirement requirement : requirements) {
                unit.register(requirement.condition);
            }
            for (CompiledRouting routing : routings) {
                for (CompiledRouting.Entry entry : routing.entries) {
                    unit.register(entry.condition);
                    for (Val<?> assignment : entry.assignments) {
                        unit.register(assignment);
                    }
                }
            }
        }
        this.code = trees;
        if (mode == Mode.EAGER) {
            generate();
        } else if (mode == Mode.ADAPTIVE) {
            code = new Adaptive(this, Math.max(1, BytecodeUnit.HOT_EVALUATIONS / Math.max(1, ruleCount())));
        }
    }

    /** Requirements and routing entries: what the adaptive policy counts. */
    int ruleCount() {
        int count = requirements.length;
        for (CompiledRouting routing : routings) {
            count += routing.entries.length;
        }
        return count;
    }

    /** The record's decision. */
    Decision decide(DataRecord record, EvalContext context) {
        if (wide) {
            Outcome outcome = new Outcome();
            fill(record, context, outcome);
            return outcome.decision();
        }
        return (Decision) code.run(record, context, null);
    }

    /** The record's outcome, written into {@code outcome}. */
    void fill(DataRecord record, EvalContext context, Outcome outcome) {
        outcome.begin(rules, record.id());
        code.run(record, context, outcome);
    }

    /** Generates the class now, once; on failure keeps the trees and records why. */
    synchronized void generate() {
        if (generated || fallback != null) {
            return;
        }
        try {
            code = (ObjectCode) new BytecodeWriter(unit).define();
            generated = true;
        } catch (RuntimeException | LinkageError failure) {
            fallback = failure.toString();
            code = trees;
        }
    }

    /** The code in use (for the adaptive wrapper's hand-over). */
    synchronized ObjectCode current() {
        return code;
    }

    /** Whether this object may run generated code (false: it keeps its trees by choice). */
    boolean isGenerable() {
        return unit != null;
    }

    synchronized boolean isGenerated() {
        return generated;
    }

    /** Why the object runs its trees although bytecode was asked for; null otherwise. */
    synchronized String fallback() {
        return fallback;
    }

    String label() {
        return unit == null ? layout.object().name() : unit.label;
    }

    // ---- what the generated code and the trees call

    /** Records a requirement's runtime error: into the outcome if given (returns null), else into the list returned. */
    @SuppressWarnings("unchecked")
    static Object requirementFailed(Object failures, Outcome outcome, String rule, FormulaError error) {
        RuleFailure failure = new RuleFailure(rule, error.getMessage());
        if (outcome != null) {
            outcome.fail(failure);
            return null;
        }
        List<RuleFailure> list = failures == null ? new ArrayList<>(4) : (List<RuleFailure>) failures;
        list.add(failure);
        return list;
    }

    /** The decision of an object without routing sets. */
    Decision decision(DataRecord record, long fired, Object failures) {
        return new Decision(record.id(), violations(fired), List.of(), failures(failures, null));
    }

    /** The decision of an object with one routing set, whose result ({@link Route} or {@link RuleFailure}) is {@code route}. */
    Decision decision(DataRecord record, long fired, Object failures, Object route) {
        if (route instanceof Route routed) {
            return new Decision(record.id(), violations(fired), List.of(routed), failures(failures, null));
        }
        return new Decision(record.id(), violations(fired), List.of(), failures(failures, (RuleFailure) route));
    }

    /** The decision of an object with several routing sets, whose results are {@code routes}. */
    @SuppressWarnings("unchecked")
    Decision decision(DataRecord record, long fired, Object failures, Object[] routes) {
        List<Route> routed = new ArrayList<>(routes.length);
        List<RuleFailure> failed = failures == null ? new ArrayList<>() : (List<RuleFailure>) failures;
        for (Object route : routes) {
            if (route instanceof Route r) {
                routed.add(r);
            } else {
                failed.add((RuleFailure) route);
            }
        }
        return new Decision(record.id(), violations(fired), routed, failed);
    }

    @SuppressWarnings("unchecked")
    private static List<RuleFailure> failures(Object failures, RuleFailure last) {
        if (failures == null) {
            return last == null ? List.of() : List.of(last);
        }
        List<RuleFailure> list = (List<RuleFailure>) failures;
        if (last != null) {
            list.add(last);
        }
        return list;
    }

    /**
     * The violations of the requirements whose bits are set, in order, as an immutable list made
     * directly: up to ten with {@code List.of}'s fixed arities, which keep their arguments as the
     * list's own storage (no intermediate array); more through one array.
     */
    private List<Violation> violations(long fired) {
        int count = Long.bitCount(fired);
        if (count > 10) {
            Violation[] all = new Violation[count];
            long bits = fired;
            for (int i = 0; i < count; i++) {
                all[i] = lowest(bits);
                bits &= bits - 1;
            }
            return List.of(all);
        }
        long bits = fired;
        Violation a = count > 0 ? lowest(bits) : null;
        bits &= bits - 1;
        Violation b = count > 1 ? lowest(bits) : null;
        bits &= bits - 1;
        Violation c = count > 2 ? lowest(bits) : null;
        bits &= bits - 1;
        Violation d = count > 3 ? lowest(bits) : null;
        bits &= bits - 1;
        Violation e = count > 4 ? lowest(bits) : null;
        bits &= bits - 1;
        Violation f = count > 5 ? lowest(bits) : null;
        bits &= bits - 1;
        Violation g = count > 6 ? lowest(bits) : null;
        bits &= bits - 1;
        Violation h = count > 7 ? lowest(bits) : null;
        bits &= bits - 1;
        Violation i = count > 8 ? lowest(bits) : null;
        bits &= bits - 1;
        Violation j = count > 9 ? lowest(bits) : null;
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
    private Violation lowest(long bits) {
        return violations[Long.numberOfTrailingZeros(bits)];
    }

    /**
     * The trees, counting records until the object has evaluated about
     * {@link BytecodeUnit#HOT_EVALUATIONS} formulas, then the generated class. The count is
     * deliberately unsynchronized: threads racing may lose increments, which only delays the
     * switch; generation itself happens once, and a thread still holding this wrapper afterwards
     * is forwarded to whatever the plan runs now.
     */
    private static final class Adaptive extends ObjectCode {
        private final ObjectPlan plan;
        private final int hot;
        private int records;

        Adaptive(ObjectPlan plan, int hot) {
            this.plan = plan;
            this.hot = hot;
        }

        @Override
        Object run(DataRecord record, EvalContext context, Outcome outcome) {
            if (records < hot && ++records < hot) {
                return plan.trees.run(record, context, outcome);
            }
            plan.generate();
            ObjectCode now = plan.current();
            return (now == this ? plan.trees : now).run(record, context, outcome);
        }
    }
}

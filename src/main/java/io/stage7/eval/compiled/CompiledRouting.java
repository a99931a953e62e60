package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.check.AssignmentTarget;
import io.stage7.check.CheckedRules;
import io.stage7.check.RouteEntry;
import io.stage7.check.RoutingSet;
import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Outcome;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.functions.FormulaError;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One routing set, compiled: its entries' conditions and assignments, and a {@link RoutingIndex}
 * when enough entries test one field against constants. The first entry whose condition is TRUE
 * wins; a blank condition does not match; a runtime error in a condition or an assignment fails
 * the set; a blank queue or region, or no match, fails it too.
 *
 * <p>What a set decides goes one of two ways, chosen by the {@link Outcome} argument: without one
 * (null) it is returned as a {@link Route} or {@link RuleFailure}; with one it is written into
 * the outcome (as routing set {@code set}) and {@link #WRITTEN} is returned. The generated code
 * of an object ({@link PlanWriter}) calls the same entry methods, so both backends decide alike.
 */
final class CompiledRouting {
    /** What the routing methods return once they have written the set's result into an outcome. */
    static final Object WRITTEN = new Object();
    /** The assignments in the order they are evaluated; an assignment failure names its index here. */
    static final AssignmentTarget[] TARGETS = {AssignmentTarget.QUEUE, AssignmentTarget.REGION,
        AssignmentTarget.PRIORITY, AssignmentTarget.COMPLEXITY, AssignmentTarget.NOT_BEFORE};

    private final String name;
    final Entry[] entries;
    final RoutingIndex index;
    private final RuleFailure noMatch;

    CompiledRouting(RoutingSet set, CheckedRules rules, ExprCompiler exprs, int minKeyed) {
        this.name = set.name();
        List<RouteEntry> declared = set.entries();
        this.entries = new Entry[declared.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new Entry(name, declared.get(i), exprs);
        }
        this.index = RoutingIndex.build(rules, declared, exprs::slotOf, minKeyed).orElse(null);
        this.noMatch = new RuleFailure(name, RoutingMessages.NO_MATCH);
    }

    String name() {
        return name;
    }

    boolean isIndexed() {
        return index != null;
    }

    /** The record's {@link Route}, or the {@link RuleFailure} that stopped it. */
    Object route(DataRecord record, EvalContext context) {
        return route(record, context, null, 0);
    }

    /** The set's result for the record, returned (no outcome) or written into {@code outcome} as set {@code set}. */
    Object route(DataRecord record, EvalContext context, Outcome outcome, int set) {
        if (index == null) {
            return scan(record, context, outcome, set);
        }
        int[] keyed = index.keyedOn(record.value(index.slot()));
        int[] unkeyed = index.unkeyed();
        int i = 0;
        int j = 0;
        while (i < keyed.length || j < unkeyed.length) {
            int next = j >= unkeyed.length || (i < keyed.length && keyed[i] < unkeyed[j]) ? keyed[i++] : unkeyed[j++];
            Object result = entries[next].tryMatch(record, context, outcome, set);
            if (result != null) {
                return result;
            }
        }
        return noMatch(outcome, set);
    }

    /** The linear scan: what {@link #route} does without the index (small sets, and tests). */
    Object scan(DataRecord record, EvalContext context) {
        return scan(record, context, null, 0);
    }

    private Object scan(DataRecord record, EvalContext context, Outcome outcome, int set) {
        for (Entry entry : entries) {
            Object result = entry.tryMatch(record, context, outcome, set);
            if (result != null) {
                return result;
            }
        }
        return noMatch(outcome, set);
    }

    /** No entry matched. */
    Object noMatch(Outcome outcome, int set) {
        return failed(outcome, noMatch);
    }

    private static Object failed(Outcome outcome, RuleFailure failure) {
        if (outcome == null) {
            return failure;
        }
        outcome.fail(failure);
        return WRITTEN;
    }

    /** One entry: condition and assignments; a route whose assignments are all constant is built once. */
    static final class Entry {
        private final String routing;
        private final int number;
        final Cond condition;
        /** The assignments' trees in {@link #TARGETS} order. */
        final Val<?>[] assignments;
        private final Optional<BigDecimal> constantPriority;
        private final Optional<String> constantComplexity;
        /** The route (or blank failure) when every assignment is constant; null otherwise. */
        private final Object constantOutcome;

        Entry(String routing, RouteEntry entry, ExprCompiler exprs) {
            this.routing = routing;
            this.number = entry.number();
            this.condition = entry.condition().map(exprs::cond).orElse(LogicNodes.Const.TRUE);
            this.assignments = new Val<?>[TARGETS.length];
            boolean constant = true;
            for (int i = 0; i < TARGETS.length; i++) {
                assignments[i] = assignment(entry, TARGETS[i], exprs);
                constant &= assignments[i] instanceof ValueNodes.Const;
            }
            this.constantPriority = constantOptional(assignments[2]);
            this.constantComplexity = constantOptional(assignments[3]);
            this.constantOutcome = constant ? complete(null, 0, constant(0), constant(1), constant(2), constant(3),
                    constant(4)) : null;
        }

        private static <T> Val<T> assignment(RouteEntry entry, AssignmentTarget target, ExprCompiler exprs) {
            Optional<Expr> assigned = entry.assignment(target);
            return assigned.isPresent() ? exprs.typed(assigned.get()) : new ValueNodes.Const<>(null);
        }

        /** The Optional of a constant assignment, made once; null when the assignment is computed. */
        @SuppressWarnings("unchecked")
        private static <T> Optional<T> constantOptional(Val<?> node) {
            return node instanceof ValueNodes.Const<?> constant ? Optional.ofNullable((T) constant.value) : null;
        }

        private Object constant(int target) {
            return ((ValueNodes.Const<?>) assignments[target]).value;
        }

        /** Whether every assignment is constant (the generated code then calls {@link #constantRoute}). */
        boolean isConstant() {
            return constantOutcome != null;
        }

        /** The result when the condition is TRUE, null when it is FALSE or blank. */
        Object tryMatch(DataRecord record, EvalContext context, Outcome outcome, int set) {
            int truth;
            try {
                truth = condition.test(record, context);
            } catch (FormulaError error) {
                return conditionFailed(outcome, set, error);
            }
            if (truth != Truth.TRUE) {
                return null;
            }
            if (constantOutcome != null) {
                return constantRoute(outcome, set);
            }
            int target = 0;
            Object queue;
            Object region;
            Object priority;
            Object complexity;
            Object notBefore;
            try {
                queue = assignments[0].eval(record, context);
                target = 1;
                region = assignments[1].eval(record, context);
                target = 2;
                priority = assignments[2].eval(record, context);
                target = 3;
                complexity = assignments[3].eval(record, context);
                target = 4;
                notBefore = assignments[4].eval(record, context);
            } catch (FormulaError error) {
                return assignmentFailed(outcome, set, target, error);
            }
            return complete(outcome, set, queue, region, priority, complexity, notBefore);
        }

        /** The condition raised a runtime error: the set fails. */
        Object conditionFailed(Outcome outcome, int set, FormulaError error) {
            return failed(outcome, new RuleFailure(routing, RoutingMessages.conditionFailed(number, error)));
        }

        /** Assignment {@code target} (an index into {@link #TARGETS}) raised a runtime error: the set fails. */
        Object assignmentFailed(Outcome outcome, int set, int target, FormulaError error) {
            return failed(outcome, new RuleFailure(routing, RoutingMessages.assignmentFailed(number, TARGETS[target],
                    error)));
        }

        /** The constant route of an entry whose assignments are all constant. */
        Object constantRoute(Outcome outcome, int set) {
            if (outcome == null || !(constantOutcome instanceof Route route)) {
                return outcome == null ? constantOutcome : failed(outcome, (RuleFailure) constantOutcome);
            }
            outcome.route(set, number, route.queue(), route.region(), route.priority().orElse(null),
                    route.complexity().orElse(null), route.notBefore().orElse(null));
            return WRITTEN;
        }

        /** The route from the evaluated assignments, or the failure of a blank queue or region. */
        Object complete(Outcome outcome, int set, Object queue, Object region, Object priority, Object complexity,
                        Object notBefore) {
            if (queue == null) {
                return failed(outcome, new RuleFailure(routing, RoutingMessages.blank(number, AssignmentTarget.QUEUE)));
            }
            if (region == null) {
                return failed(outcome, new RuleFailure(routing, RoutingMessages.blank(number, AssignmentTarget.REGION)));
            }
            if (outcome != null) {
                outcome.route(set, number, (String) queue, (String) region, (BigDecimal) priority, (String) complexity,
                        (Instant) notBefore);
                return WRITTEN;
            }
            return new Route(routing, number, (String) queue, (String) region,
                    constantPriority != null ? constantPriority : Optional.ofNullable((BigDecimal) priority),
                    constantComplexity != null ? constantComplexity : Optional.ofNullable((String) complexity),
                    Optional.ofNullable((Instant) notBefore));
        }
    }
}

package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.check.AssignmentTarget;
import io.stage7.check.CheckedRules;
import io.stage7.check.RouteEntry;
import io.stage7.check.RoutingSet;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
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
 */
final class CompiledRouting {
    private final String name;
    private final Entry[] entries;
    private final RoutingIndex index;
    private final RuleFailure noMatch;

    CompiledRouting(RoutingSet set, CheckedRules rules, ExprCompiler exprs, int minKeyed, BytecodeUnit.Batch code) {
        this.name = set.name();
        List<RouteEntry> declared = set.entries();
        this.entries = new Entry[declared.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new Entry(name, declared.get(i), exprs, code);
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
        if (index == null) {
            return scan(record, context);
        }
        int[] keyed = index.keyedOn(record.value(index.slot()));
        int[] unkeyed = index.unkeyed();
        int i = 0;
        int j = 0;
        while (i < keyed.length || j < unkeyed.length) {
            int next = j >= unkeyed.length || (i < keyed.length && keyed[i] < unkeyed[j]) ? keyed[i++] : unkeyed[j++];
            Object outcome = entries[next].tryMatch(record, context);
            if (outcome != null) {
                return outcome;
            }
        }
        return noMatch;
    }

    /** The linear scan: what {@link #route} does without the index (small sets, and tests). */
    Object scan(DataRecord record, EvalContext context) {
        for (Entry entry : entries) {
            Object outcome = entry.tryMatch(record, context);
            if (outcome != null) {
                return outcome;
            }
        }
        return noMatch;
    }

    /** One entry: condition and assignments; a route whose assignments are all constant is built once. */
    private static final class Entry {
        private final String routing;
        private final int number;
        private final Cond condition;
        private final Val<String> queue;
        private final Val<String> region;
        private final Val<BigDecimal> priority;
        private final Val<String> complexity;
        private final Val<Instant> notBefore;
        private final Optional<BigDecimal> constantPriority;
        private final Optional<String> constantComplexity;
        private final Object constantOutcome;

        Entry(String routing, RouteEntry entry, ExprCompiler exprs, BytecodeUnit.Batch code) {
            this.routing = routing;
            this.number = entry.number();
            this.condition = code.cond(entry.condition().map(exprs::cond).orElse(LogicNodes.Const.TRUE));
            this.queue = code.value(assignment(entry, AssignmentTarget.QUEUE, exprs));
            this.region = code.value(assignment(entry, AssignmentTarget.REGION, exprs));
            this.priority = code.value(assignment(entry, AssignmentTarget.PRIORITY, exprs));
            this.complexity = code.value(assignment(entry, AssignmentTarget.COMPLEXITY, exprs));
            this.notBefore = code.value(assignment(entry, AssignmentTarget.NOT_BEFORE, exprs));
            this.constantPriority = constantOptional(priority);
            this.constantComplexity = constantOptional(complexity);
            boolean constant = queue instanceof ValueNodes.Const && region instanceof ValueNodes.Const
                    && constantPriority != null && constantComplexity != null && notBefore instanceof ValueNodes.Const;
            this.constantOutcome = constant ? assign(null, null) : null;
        }

        private static <T> Val<T> assignment(RouteEntry entry, AssignmentTarget target, ExprCompiler exprs) {
            Optional<Expr> assigned = entry.assignment(target);
            return assigned.isPresent() ? exprs.typed(assigned.get()) : new ValueNodes.Const<>(null);
        }

        /** The Optional of a constant assignment, made once; null when the assignment is computed. */
        private static <T> Optional<T> constantOptional(Val<T> node) {
            return node instanceof ValueNodes.Const<T> constant ? Optional.ofNullable(constant.value) : null;
        }

        /** The route or failure when the condition is TRUE, null when it is FALSE or blank. */
        Object tryMatch(DataRecord record, EvalContext context) {
            int truth;
            try {
                truth = condition.test(record, context);
            } catch (FormulaError error) {
                return new RuleFailure(routing, RoutingMessages.conditionFailed(number, error));
            }
            if (truth != Truth.TRUE) {
                return null;
            }
            return constantOutcome != null ? constantOutcome : assign(record, context);
        }

        /** Evaluates the assignments in target order (queue, region, priority, complexity, not_before). */
        private Object assign(DataRecord record, EvalContext context) {
            AssignmentTarget target = AssignmentTarget.QUEUE;
            String q;
            String r;
            BigDecimal p;
            String c;
            Instant n;
            try {
                q = queue.eval(record, context);
                target = AssignmentTarget.REGION;
                r = region.eval(record, context);
                target = AssignmentTarget.PRIORITY;
                p = priority.eval(record, context);
                target = AssignmentTarget.COMPLEXITY;
                c = complexity.eval(record, context);
                target = AssignmentTarget.NOT_BEFORE;
                n = notBefore.eval(record, context);
            } catch (FormulaError error) {
                return new RuleFailure(routing, RoutingMessages.assignmentFailed(number, target, error));
            }
            if (q == null) {
                return new RuleFailure(routing, RoutingMessages.blank(number, AssignmentTarget.QUEUE));
            }
            if (r == null) {
                return new RuleFailure(routing, RoutingMessages.blank(number, AssignmentTarget.REGION));
            }
            return new Route(routing, number, q, r, constantPriority != null ? constantPriority : Optional.ofNullable(p),
                    constantComplexity != null ? constantComplexity : Optional.ofNullable(c), Optional.ofNullable(n));
        }
    }
}

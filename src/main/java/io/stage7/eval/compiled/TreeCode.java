package io.stage7.eval.compiled;

import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Outcome;
import io.stage7.functions.FormulaError;

/**
 * An object's rules run by walking their node trees: what the closures backend runs, what an
 * adaptive object runs until it is hot (and for good when it has too many rules), and the
 * fallback when its class cannot be generated. It decides exactly as the generated code does,
 * through the same {@link ObjectPlan} and {@link CompiledRouting} methods.
 */
final class TreeCode extends ObjectCode {
    private final ObjectPlan plan;

    TreeCode(ObjectPlan plan) {
        this.plan = plan;
    }

    @Override
    Object run(DataRecord record, EvalContext context, Outcome outcome) {
        CompiledRequirement[] requirements = plan.requirements;
        long fired = 0; // bit i: requirement i fired, for the first 64 (beyond, an outcome is given)
        Object failures = null;
        for (int i = 0; i < requirements.length; i++) {
            int truth;
            try {
                truth = requirements[i].condition.test(record, context);
            } catch (FormulaError error) {
                failures = ObjectPlan.requirementFailed(failures, outcome, requirements[i].name, error);
                continue;
            }
            if (truth == Truth.TRUE) {
                if (i < Long.SIZE) {
                    fired |= 1L << i;
                } else {
                    outcome.fire(i);
                }
            }
        }
        CompiledRouting[] routings = plan.routings;
        if (outcome != null) {
            outcome.fireAll(0, fired);
            for (int j = 0; j < routings.length; j++) {
                routings[j].route(record, context, outcome, j);
            }
            return null;
        }
        switch (routings.length) {
            case 0:
                return plan.decision(record, fired, failures);
            case 1:
                return plan.decision(record, fired, failures, routings[0].route(record, context));
            default:
                Object[] routes = new Object[routings.length];
                for (int j = 0; j < routings.length; j++) {
                    routes[j] = routings[j].route(record, context);
                }
                return plan.decision(record, fired, failures, routes);
        }
    }
}

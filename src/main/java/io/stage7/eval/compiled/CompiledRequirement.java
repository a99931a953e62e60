package io.stage7.eval.compiled;

import io.stage7.check.FieldPath;
import io.stage7.check.Requirement;
import io.stage7.eval.Violation;

/** An active requirement, compiled: its condition's tree, and the violation it reports, built once. */
final class CompiledRequirement {
    final String name;
    final Cond condition;
    final Violation violation;

    CompiledRequirement(Requirement requirement, ExprCompiler exprs) {
        this.name = requirement.name();
        this.condition = exprs.cond(requirement.condition());
        this.violation = new Violation(requirement.name(), requirement.severity(), requirement.message(),
                requirement.field().map(FieldPath::text));
    }
}

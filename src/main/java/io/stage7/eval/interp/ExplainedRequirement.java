package io.stage7.eval.interp;

import io.stage7.ast.Decl;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a requirement fired or did not, for one record.
 *
 * @param name      the requirement
 * @param severity  error or warning
 * @param outcome   what happened
 * @param message   the requirement's message (shown whether or not it fired)
 * @param field     the field the message belongs to, if declared
 * @param condition the explained condition; empty for an inactive requirement, which is not evaluated
 */
public record ExplainedRequirement(String name, Decl.RuleSeverity severity, Outcome outcome, String message,
                                   Optional<String> field, Optional<ExplainedNode> condition) {

    /** What became of a requirement. */
    public enum Outcome {
        /** The condition was TRUE: the requirement is violated. */
        FIRED,
        /** The condition was FALSE or blank. */
        NOT_FIRED,
        /** The condition raised a runtime error: a {@link io.stage7.eval.RuleFailure}. */
        FAILED,
        /** The requirement is switched off ({@code active false}) and was not evaluated. */
        INACTIVE
    }

    public ExplainedRequirement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(condition, "condition");
    }

    /** The requirement as a text block; see {@link Explanation#render()}. */
    public String render() {
        StringBuilder out = new StringBuilder();
        ExplanationRenderer.requirement(out, this);
        return out.toString();
    }
}

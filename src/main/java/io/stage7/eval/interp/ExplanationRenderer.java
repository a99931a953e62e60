package io.stage7.eval.interp;

import io.stage7.ast.Formulas;
import io.stage7.eval.Route;

import java.util.Locale;

/** Writes explanations as indented text; the format is described at {@link Explanation#render()}. */
final class ExplanationRenderer {
    private static final String INDENT = "  ";

    private ExplanationRenderer() {
    }

    static String render(Explanation explanation) {
        StringBuilder out = new StringBuilder();
        int violations = explanation.decision().violations().size();
        int failures = explanation.decision().failures().size();
        out.append(explanation.object()).append(' ').append(explanation.recordId().isEmpty() ? "(no id)"
                        : explanation.recordId())
                .append(" at ").append(explanation.context().now())
                // a new record is the usual case; an update says so, since ISNEW and its kin depend on it
                .append(explanation.context().prior().isPresent() ? ", an update of its prior version" : "")
                .append(": ").append(count(violations, "violation"))
                .append(", ").append(count(explanation.decision().routes().size(), "route"))
                .append(", ").append(count(failures, "failure")).append('\n');
        for (ExplainedRequirement requirement : explanation.requirements()) {
            out.append('\n');
            requirement(out, requirement);
        }
        for (ExplainedRouting routing : explanation.routings()) {
            out.append('\n');
            routing(out, routing);
        }
        return out.toString();
    }

    static void requirement(StringBuilder out, ExplainedRequirement requirement) {
        out.append(requirement.name()).append(" (").append(requirement.severity().name().toLowerCase(Locale.ROOT))
                .append(") ");
        switch (requirement.outcome()) {
            case FIRED -> out.append("FIRED: ").append(Formulas.quote(requirement.message()));
            case NOT_FIRED -> out.append("not fired");
            case FAILED -> out.append("FAILED: ").append(requirement.condition().flatMap(ExplainedNode::error)
                    .orElse("#Error!"));
            case INACTIVE -> out.append("inactive, not evaluated");
        }
        out.append('\n');
        requirement.condition().ifPresent(condition -> node(out, condition, 1));
    }

    static void routing(StringBuilder out, ExplainedRouting routing) {
        out.append(routing.name()).append(' ');
        if (routing.route().isPresent()) {
            out.append("routed: ").append(route(routing.route().get()));
        } else {
            out.append("FAILED: ").append(routing.failure().orElse(""));
        }
        out.append('\n');
        for (ExplainedRouting.Entry entry : routing.entries()) {
            out.append(INDENT).append(entry.isOtherwise() ? "otherwise (entry " + entry.number() + ")"
                    : "entry " + entry.number()).append(' ');
            switch (entry.outcome()) {
                case MATCHED -> out.append("MATCHED");
                case NOT_MATCHED -> out.append("not matched");
                case FAILED -> out.append("FAILED");
                case NOT_REACHED -> out.append("not reached");
            }
            out.append('\n');
            if (entry.outcome() != ExplainedRouting.Outcome.NOT_REACHED) {
                entry.condition().ifPresent(condition -> node(out, condition, 2));
            }
            for (ExplainedRouting.Assignment assignment : entry.assignments()) {
                out.append(INDENT.repeat(2)).append(assignment.target()).append(" = ");
                line(out, assignment.value());
                children(out, assignment.value(), 3);
            }
        }
    }

    /** Entry 2: queue "EMEA Complex", region "EMEA", priority 2, complexity "complex". */
    private static String route(Route route) {
        StringBuilder out = new StringBuilder("entry ").append(route.entry()).append(": queue ")
                .append(Formulas.quote(route.queue())).append(", region ").append(Formulas.quote(route.region()));
        route.priority().ifPresent(p -> out.append(", priority ").append(FormulaValues.literal(p)));
        route.complexity().ifPresent(c -> out.append(", complexity ").append(Formulas.quote(c)));
        route.notBefore().ifPresent(t -> out.append(", not_before ").append(t));
        return out.toString();
    }

    static void node(StringBuilder out, ExplainedNode node, int depth) {
        out.append(INDENT.repeat(depth));
        line(out, node);
        children(out, node, depth + 1);
    }

    private static void line(StringBuilder out, ExplainedNode node) {
        out.append(node.source()).append("  ");
        if (!node.evaluated()) {
            out.append("(not evaluated)");
        } else if (node.value().isPresent()) {
            out.append("= ").append(node.value().get());
        } else {
            out.append("= ").append(node.raisedHere() ? node.error().orElse("") : "#Error!");
        }
        out.append('\n');
    }

    /** The operands worth a line: evaluated non-literals; what was not evaluated is not expanded. */
    private static void children(StringBuilder out, ExplainedNode node, int depth) {
        if (!node.evaluated()) {
            return;
        }
        for (ExplainedNode child : node.children()) {
            if (child.kind() != ExplainedNode.Kind.LITERAL) {
                node(out, child, depth);
            }
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

package io.stage7.eval.interp;

import io.stage7.ast.Expr;
import io.stage7.functions.FormulaError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link ExplainedNode}s from the AST and what the walk recorded. */
final class ExplainedNodes {

    private ExplainedNodes() {
    }

    static ExplainedNode evaluated(Expr expr, Object value, Map<Expr, ExplainedNode> evaluatedChildren) {
        return new ExplainedNode(FormulaText.of(expr), kind(expr), true, Optional.of(FormulaValues.literal(value)),
                Optional.empty(), children(expr, evaluatedChildren));
    }

    static ExplainedNode failed(Expr expr, FormulaError error, Map<Expr, ExplainedNode> evaluatedChildren) {
        return new ExplainedNode(FormulaText.of(expr), kind(expr), true, Optional.empty(),
                Optional.of(error.getMessage()), children(expr, evaluatedChildren));
    }

    /** {@code expr} and everything below it, none of it evaluated. */
    static ExplainedNode notEvaluated(Expr expr) {
        List<ExplainedNode> children = new ArrayList<>();
        for (Expr operand : operands(expr)) {
            children.add(notEvaluated(operand));
        }
        return new ExplainedNode(FormulaText.of(expr), kind(expr), false, Optional.empty(), Optional.empty(),
                children);
    }

    /** The operands in source order: the evaluated ones as recorded, the others marked not evaluated. */
    private static List<ExplainedNode> children(Expr expr, Map<Expr, ExplainedNode> evaluated) {
        List<ExplainedNode> children = new ArrayList<>();
        for (Expr operand : operands(expr)) {
            ExplainedNode node = evaluated.get(operand);
            children.add(node != null ? node : notEvaluated(operand));
        }
        return children;
    }

    static List<Expr> operands(Expr expr) {
        if (expr instanceof Expr.Unary unary) {
            return List.of(unary.operand());
        } else if (expr instanceof Expr.Binary binary) {
            return List.of(binary.left(), binary.right());
        } else if (expr instanceof Expr.Call call) {
            return call.arguments();
        }
        return List.of();
    }

    private static ExplainedNode.Kind kind(Expr expr) {
        if (expr instanceof Expr.FieldRef) {
            return ExplainedNode.Kind.FIELD;
        } else if (expr instanceof Expr.Unary || expr instanceof Expr.Binary) {
            return ExplainedNode.Kind.OPERATOR;
        } else if (expr instanceof Expr.Call) {
            return ExplainedNode.Kind.FUNCTION;
        }
        return ExplainedNode.Kind.LITERAL;
    }
}

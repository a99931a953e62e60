package io.stage7.syntax;

import io.stage7.ast.Expr;
import io.stage7.ast.Name;
import io.stage7.ast.QualifiedName;
import io.stage7.diag.Diagnostics;
import io.stage7.diag.Limit;
import io.stage7.diag.SourceSpan;
import io.stage7.syntax.internal.Stage7BaseVisitor;
import io.stage7.syntax.internal.Stage7Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Builds formula expressions from the parse tree. Before it recurses into a formula it measures
 * the formula's depth without recursion, so a 10,000-term chain becomes a diagnostic, not a
 * StackOverflowError here or in any later phase.
 */
final class ExprBuilder extends Stage7BaseVisitor<Expr> {
    /** Deepest expression tree handed to later phases; they may recurse this deep safely. */
    static final int MAX_DEPTH = 256;
    /** Salesforce's own limit on a formula's length, in characters. */
    static final int SALESFORCE_MAX_FORMULA_CHARS = 3900;
    /**
     * Most operations (operators, calls, values) in one formula. The language has no loops, so
     * evaluating a formula takes at most one step per operation: this bounds the steps of every
     * evaluation, whatever the record holds.
     */
    static final Limit MAX_STEPS = Limit.of("stage7.limit.formulaSteps", 20_000);

    private final Spans spans;
    private final Diagnostics diagnostics;

    ExprBuilder(Spans spans, Diagnostics diagnostics) {
        this.spans = spans;
        this.diagnostics = diagnostics;
    }

    /** The AST of a whole formula, or a blank placeholder after reporting why it was refused. */
    Expr formula(Stage7Parser.ExprContext ctx) {
        SourceSpan span = spans.of(ctx);
        int depth = depth(ctx);
        if (depth > MAX_DEPTH) {
            diagnostics.error("formula-too-complex", span, "formula is too complex: its operators nest "
                    + depth + " levels deep and the limit is " + MAX_DEPTH
                    + " (each operator of a long || or && chain adds a level); split it into several rules");
            return new Expr.NullLiteral(span);
        }
        int steps = steps(ctx);
        if (MAX_STEPS.exceededBy(steps)) {
            diagnostics.error("formula-too-large", span, String.format("formula has %,d operations, and evaluating it"
                    + " could take as many steps; for the steps of one formula %s; or split it into several rules",
                    steps, MAX_STEPS.explain()));
            return new Expr.NullLiteral(span);
        }
        int length = span.endOffset() - span.startOffset();
        if (length > SALESFORCE_MAX_FORMULA_CHARS) {
            diagnostics.warning("formula-too-long", span, String.format(
                    "formula is %,d characters long; Salesforce accepts at most %,d", length,
                    SALESFORCE_MAX_FORMULA_CHARS));
        }
        return visit(ctx);
    }

    /** How many expression nodes the tree holds, counted with an explicit stack. */
    static int steps(ParseTree root) {
        Deque<ParseTree> nodes = new ArrayDeque<>();
        nodes.push(root);
        int count = 0;
        while (!nodes.isEmpty()) {
            ParseTree node = nodes.pop();
            if (node instanceof Stage7Parser.ExprContext) {
                count++;
            }
            for (int i = 0; i < node.getChildCount(); i++) {
                if (node.getChild(i) instanceof ParserRuleContext child) {
                    nodes.push(child);
                }
            }
        }
        return count;
    }

    /** How many expression nodes deep the tree is, counted with an explicit stack. */
    static int depth(ParseTree root) {
        Deque<ParseTree> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        int max = 0;
        while (!nodes.isEmpty()) {
            ParseTree node = nodes.pop();
            int depth = depths.pop();
            if (node instanceof Stage7Parser.ExprContext) {
                depth++;
                max = Math.max(max, depth);
            }
            for (int i = 0; i < node.getChildCount(); i++) {
                ParseTree child = node.getChild(i);
                if (child instanceof ParserRuleContext) {
                    nodes.push(child);
                    depths.push(depth);
                }
            }
        }
        return max;
    }

    @Override
    public Expr visitUnaryExpr(Stage7Parser.UnaryExprContext ctx) {
        Expr.UnaryOp op = switch (ctx.op.getType()) {
            case Stage7Parser.MINUS -> Expr.UnaryOp.NEGATE;
            case Stage7Parser.PLUS -> Expr.UnaryOp.PLUS;
            default -> Expr.UnaryOp.NOT;
        };
        return new Expr.Unary(op, operand(ctx.operand, ctx), spans.of(ctx));
    }

    @Override
    public Expr visitPowerExpr(Stage7Parser.PowerExprContext ctx) {
        return binary(ctx, ctx.left, ctx.op, ctx.right);
    }

    @Override
    public Expr visitMultiplicativeExpr(Stage7Parser.MultiplicativeExprContext ctx) {
        return binary(ctx, ctx.left, ctx.op, ctx.right);
    }

    @Override
    public Expr visitAdditiveExpr(Stage7Parser.AdditiveExprContext ctx) {
        return binary(ctx, ctx.left, ctx.op, ctx.right);
    }

    @Override
    public Expr visitComparisonExpr(Stage7Parser.ComparisonExprContext ctx) {
        return binary(ctx, ctx.left, ctx.op, ctx.right);
    }

    @Override
    public Expr visitAndExpr(Stage7Parser.AndExprContext ctx) {
        return binary(ctx, ctx.left, ctx.op, ctx.right);
    }

    @Override
    public Expr visitOrExpr(Stage7Parser.OrExprContext ctx) {
        return binary(ctx, ctx.left, ctx.op, ctx.right);
    }

    @Override
    public Expr visitPrimaryExpr(Stage7Parser.PrimaryExprContext ctx) {
        return visit(ctx.primary());
    }

    @Override
    public Expr visitParenExpr(Stage7Parser.ParenExprContext ctx) {
        return operand(ctx.inner, ctx);
    }

    @Override
    public Expr visitCallExpr(Stage7Parser.CallExprContext ctx) {
        List<Expr> arguments = new ArrayList<>();
        for (Stage7Parser.ExprContext argument : ctx.expr()) {
            arguments.add(operand(argument, ctx));
        }
        return new Expr.Call(name(ctx.function), arguments, spans.of(ctx));
    }

    @Override
    public Expr visitNumberLiteral(Stage7Parser.NumberLiteralContext ctx) {
        return new Expr.NumberLiteral(new BigDecimal(ctx.NUMBER().getText()), spans.of(ctx));
    }

    @Override
    public Expr visitStringLiteral(Stage7Parser.StringLiteralContext ctx) {
        SourceSpan span = spans.of(ctx);
        return new Expr.TextLiteral(Literals.unquote(ctx.STRING().getText(), span, diagnostics), span);
    }

    @Override
    public Expr visitTrueLiteral(Stage7Parser.TrueLiteralContext ctx) {
        return new Expr.BooleanLiteral(true, spans.of(ctx));
    }

    @Override
    public Expr visitFalseLiteral(Stage7Parser.FalseLiteralContext ctx) {
        return new Expr.BooleanLiteral(false, spans.of(ctx));
    }

    @Override
    public Expr visitNullLiteral(Stage7Parser.NullLiteralContext ctx) {
        return new Expr.NullLiteral(spans.of(ctx));
    }

    @Override
    public Expr visitFieldRef(Stage7Parser.FieldRefContext ctx) {
        QualifiedName name = qualifiedName(ctx.qualifiedName());
        return new Expr.FieldRef(name, name.span());
    }

    /** A child that a syntax error left missing becomes a blank; the error is already reported. */
    private Expr operand(Stage7Parser.ExprContext child, ParserRuleContext parent) {
        if (child == null) {
            return new Expr.NullLiteral(spans.of(parent));
        }
        Expr built = visit(child);
        return built != null ? built : new Expr.NullLiteral(spans.of(child));
    }

    private Expr binary(ParserRuleContext ctx, Stage7Parser.ExprContext left, Token op,
                        Stage7Parser.ExprContext right) {
        Expr.BinaryOp binaryOp = switch (op.getType()) {
            case Stage7Parser.OROR -> Expr.BinaryOp.OR;
            case Stage7Parser.ANDAND -> Expr.BinaryOp.AND;
            case Stage7Parser.EQ, Stage7Parser.EQEQ -> Expr.BinaryOp.EQ;
            case Stage7Parser.NEQ, Stage7Parser.BANGEQ -> Expr.BinaryOp.NE;
            case Stage7Parser.LT -> Expr.BinaryOp.LT;
            case Stage7Parser.LE -> Expr.BinaryOp.LE;
            case Stage7Parser.GT -> Expr.BinaryOp.GT;
            case Stage7Parser.GE -> Expr.BinaryOp.GE;
            case Stage7Parser.PLUS -> Expr.BinaryOp.ADD;
            case Stage7Parser.MINUS -> Expr.BinaryOp.SUBTRACT;
            case Stage7Parser.AMP -> Expr.BinaryOp.CONCAT;
            case Stage7Parser.STAR -> Expr.BinaryOp.MULTIPLY;
            case Stage7Parser.SLASH -> Expr.BinaryOp.DIVIDE;
            default -> Expr.BinaryOp.POWER;
        };
        return new Expr.Binary(binaryOp, operand(left, ctx), operand(right, ctx), spans.of(ctx));
    }

    Name name(Stage7Parser.IdentContext ctx) {
        return new Name(ctx.getText(), spans.of(ctx));
    }

    QualifiedName qualifiedName(Stage7Parser.QualifiedNameContext ctx) {
        List<Name> parts = new ArrayList<>();
        for (Stage7Parser.IdentContext part : ctx.ident()) {
            parts.add(name(part));
        }
        if (parts.isEmpty()) {
            parts.add(new Name("", spans.of(ctx)));
        }
        return new QualifiedName(parts, spans.of(ctx));
    }
}

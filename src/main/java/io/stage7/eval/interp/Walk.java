package io.stage7.eval.interp;

import io.stage7.ast.Expr;
import io.stage7.check.CheckedRules;
import io.stage7.check.ExprType;
import io.stage7.check.FieldPath;
import io.stage7.check.FunctionSpec;
import io.stage7.eval.EvalContext;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.DataRecord;
import io.stage7.functions.FormulaError;
import io.stage7.functions.LogicalFunctions;
import io.stage7.functions.RecordChangeFunctions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation of formulas against one record at one clock reading: the interpreter proper.
 * Each node is evaluated by {@link #eval}, which dispatches on the node's kind and the static
 * types the checker recorded. When tracing, every evaluated node also leaves an
 * {@link ExplainedNode} in its parent's frame, which is how {@code explain} sees exactly what
 * {@code evaluate} did. Not thread-safe: a walk is created per evaluation and thrown away.
 */
final class Walk {

    /** The value of a root formula, or the error it raised, and its explanation when tracing. */
    record Result(Object value, Optional<FormulaError> error, Optional<ExplainedNode> node) {
        boolean isTrue() {
            return error.isEmpty() && LogicalFunctions.isTrue((Boolean) value);
        }
    }

    private final CheckedRules rules;
    private final PolicyRuntime policy;
    private final DataRecord record;
    private final EvalContext context;
    /** The explained children of each node being evaluated, innermost on top; null when not tracing. */
    private final Deque<Map<Expr, ExplainedNode>> frames;

    /** A walk over {@code record}, which may be null for formulas that read no field. */
    Walk(CheckedRules rules, PolicyRuntime policy, DataRecord record, EvalContext context, boolean trace) {
        this.rules = rules;
        this.policy = policy;
        this.record = record;
        this.context = context;
        this.frames = trace ? new ArrayDeque<>() : null;
    }

    /** Evaluates a root formula (a condition or an assignment); a formula error is returned, not thrown. */
    Result evaluate(Expr root) {
        Map<Expr, ExplainedNode> top = new IdentityHashMap<>();
        if (frames != null) {
            frames.push(top);
        }
        Object value = null;
        FormulaError error = null;
        try {
            value = eval(root);
        } catch (FormulaError e) {
            error = e;
        } finally {
            if (frames != null) {
                frames.pop();
            }
        }
        return new Result(value, Optional.ofNullable(error), Optional.ofNullable(top.get(root)));
    }

    /** {@code expr} as a node that was not evaluated, when tracing. */
    Optional<ExplainedNode> notEvaluated(Expr expr) {
        return frames == null ? Optional.empty() : Optional.of(ExplainedNodes.notEvaluated(expr));
    }

    /** The value of {@code expr}; {@code null} is blank. Throws FormulaError for {@code #Error!}. */
    private Object eval(Expr expr) {
        if (frames == null) {
            return compute(expr);
        }
        Map<Expr, ExplainedNode> children = new IdentityHashMap<>();
        frames.push(children);
        Object value;
        try {
            value = compute(expr);
        } catch (FormulaError error) {
            frames.pop();
            frames.peek().put(expr, ExplainedNodes.failed(expr, error, children));
            throw error;
        }
        frames.pop();
        frames.peek().put(expr, ExplainedNodes.evaluated(expr, value, children));
        return value;
    }

    private Object compute(Expr expr) {
        if (expr instanceof Expr.NumberLiteral number) {
            return number.value();
        } else if (expr instanceof Expr.TextLiteral text) {
            return text.value().isEmpty() ? null : text.value(); // "" is blank, and blank text is null
        } else if (expr instanceof Expr.BooleanLiteral bool) {
            return bool.value();
        } else if (expr instanceof Expr.NullLiteral) {
            return null;
        } else if (expr instanceof Expr.FieldRef ref) {
            return field(ref);
        } else if (expr instanceof Expr.Unary unary) {
            return Operators.unary(unary.op(), eval(unary.operand()));
        } else if (expr instanceof Expr.Binary binary) {
            return binary(binary);
        }
        return call((Expr.Call) expr);
    }

    private Object field(Expr.FieldRef ref) {
        return read(record, ref);
    }

    /** The value of a field reference in {@code version}: the record, or its prior version. */
    private Object read(DataRecord version, Expr.FieldRef ref) {
        FieldPath path = rules.fieldOf(ref).orElseThrow(() -> new IllegalStateException(
                "unresolved field reference " + ref.name().text() + " at " + ref.span()));
        if (version == null) {
            throw new IllegalArgumentException("the formula reads field " + path.text() + " but there is no record");
        }
        int slot = version.type().slotOf(path).orElseThrow(() -> new IllegalArgumentException(
                "records of " + version.type().object().name() + " have no slot for " + path.text()));
        return version.value(slot);
    }

    /**
     * ISNEW, ISCHANGED and PRIORVALUE against the context's prior version. The field's current
     * value is evaluated (and explained) first; the prior one is read from the same field.
     */
    private Object recordChange(String function, List<Expr> args) {
        boolean hasPrior = context.prior().isPresent();
        if (function.equals("ISNEW")) {
            return RecordChangeFunctions.isNew(hasPrior);
        }
        Object now = eval(args.get(0));
        Object before = hasPrior ? read(context.prior().get(), (Expr.FieldRef) args.get(0)) : null;
        if (function.equals("ISCHANGED")) {
            return hasPrior && RecordChangeFunctions.isChanged(now, before);
        }
        return RecordChangeFunctions.priorValue(now, hasPrior, before);
    }

    private Object binary(Expr.Binary binary) {
        switch (binary.op()) {
            case AND:
                return and(List.of(binary.left(), binary.right()));
            case OR:
                return or(List.of(binary.left(), binary.right()));
            default:
                Object left = eval(binary.left());
                Object right = eval(binary.right());
                return Operators.binary(binary.op(), type(binary.left()), type(binary.right()), left, right);
        }
    }

    /**
     * {@code &&} and AND: left to right, stopping at the first FALSE (the rest is not evaluated).
     * Otherwise blank if any operand was blank, else TRUE.
     */
    private Boolean and(List<Expr> operands) {
        Boolean result = Boolean.TRUE;
        for (Expr operand : operands) {
            Boolean value = (Boolean) eval(operand);
            if (Boolean.FALSE.equals(value)) {
                return Boolean.FALSE;
            }
            result = LogicalFunctions.and(result, value);
        }
        return result;
    }

    /** {@code ||} and OR: stops at the first TRUE; otherwise blank if any operand was blank, else FALSE. */
    private Boolean or(List<Expr> operands) {
        Boolean result = Boolean.FALSE;
        for (Expr operand : operands) {
            Boolean value = (Boolean) eval(operand);
            if (Boolean.TRUE.equals(value)) {
                return Boolean.TRUE;
            }
            result = LogicalFunctions.or(result, value);
        }
        return result;
    }

    private Object call(Expr.Call call) {
        FunctionSpec spec = rules.functionOf(call).orElseThrow(() -> new IllegalStateException(
                "unresolved function " + call.function().text() + " at " + call.span()));
        List<Expr> args = call.arguments();
        switch (spec.name()) {
            case "AND":
                return and(args);
            case "OR":
                return or(args);
            case "IF":
                // A blank condition is not TRUE: IF(blank, a, b) is b.
                return LogicalFunctions.isTrue((Boolean) eval(args.get(0))) ? eval(args.get(1)) : eval(args.get(2));
            case "CASE":
                return caseOf(args);
            case "BLANKVALUE": {
                Object value = eval(args.get(0));
                return LogicalFunctions.isBlank(value) ? eval(args.get(1)) : value;
            }
            case "ISNEW":
            case "ISCHANGED":
            case "PRIORVALUE":
                return recordChange(spec.name(), args);
            case "NULLVALUE": {
                Object value = eval(args.get(0));
                if (type(args.get(0)) == ExprType.TEXT) {
                    return value; // text is never null in Salesforce: the substitute is never used
                }
                return value == null ? eval(args.get(1)) : value;
            }
            default:
                List<ExprType> types = new ArrayList<>(args.size());
                List<Object> values = new ArrayList<>(args.size());
                for (Expr arg : args) {
                    types.add(type(arg));
                    values.add(eval(arg));
                }
                return Calls.call(spec.name(), types, values, policy, context);
        }
    }

    /**
     * CASE(expression, value1, result1, ..., else_result): the values are evaluated in order
     * until one matches, and only the chosen result is evaluated. Text and picklists compare as
     * text, where blank equals {@code ""}; for other types a blank matches nothing, so a blank
     * Number or Date takes the else result.
     */
    private Object caseOf(List<Expr> args) {
        Object subject = eval(args.get(0));
        ExprType subjectType = type(args.get(0));
        int last = args.size() - 1;
        for (int i = 1; i < last; i += 2) {
            Object value = eval(args.get(i));
            boolean text = subjectType == ExprType.TEXT || subjectType == ExprType.PICKLIST
                    || type(args.get(i)) == ExprType.TEXT;
            boolean matches = text ? LogicalFunctions.textEqual((String) subject, (String) value)
                    : LogicalFunctions.caseMatches(subject, value);
            if (matches) {
                return eval(args.get(i + 1));
            }
        }
        return eval(args.get(last));
    }

    private ExprType type(Expr expr) {
        return rules.typeOf(expr);
    }
}

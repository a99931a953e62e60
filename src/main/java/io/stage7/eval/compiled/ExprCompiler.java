package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.check.CheckedRules;
import io.stage7.check.ExprType;
import io.stage7.check.FieldPath;
import io.stage7.check.FunctionCategory;
import io.stage7.check.FunctionSpec;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.RecordType;
import io.stage7.functions.DateFunctions;
import io.stage7.functions.FormulaError;
import io.stage7.functions.MathFunctions;
import io.stage7.functions.PicklistSelection;
import io.stage7.functions.TextFunctions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Plans one object's formulas into node trees: fields become slot reads, each operator the node
 * of its operands' static types, and every constant sub-expression (no field, no clock) is
 * evaluated once here and replaced by its value. A constant sub-expression that fails (1/0) is
 * left to fail at run time, where the reference interpreter fails, and only if it is reached.
 */
final class ExprCompiler {
    private static final Set<String> CLOCK_FUNCTIONS = Set.of("TODAY", "NOW", "TIMENOW");
    /** Clock functions finer than the day: an expression using one is never cached per day. */
    private static final Set<String> INSTANT_FUNCTIONS = Set.of("NOW", "TIMENOW");
    private static final ValueNodes.Const<Object> BLANK = new ValueNodes.Const<>(null);

    private final CheckedRules rules;
    private final RecordType layout;
    private final CallCompiler calls;
    private final Map<Expr, Boolean> foldable = new IdentityHashMap<>();
    private final Map<Expr, Boolean> daily = new IdentityHashMap<>();
    private final boolean fold;

    ExprCompiler(CheckedRules rules, RecordType layout, PolicyRuntime policy) {
        this(rules, layout, policy, true);
    }

    /** With {@code fold} false nothing is evaluated at compile time: tests compare the two plans. */
    ExprCompiler(CheckedRules rules, RecordType layout, PolicyRuntime policy, boolean fold) {
        this.rules = rules;
        this.layout = layout;
        this.fold = fold;
        this.calls = new CallCompiler(this, policy);
    }

    ExprType typeOf(Expr expr) {
        return rules.typeOf(expr);
    }

    /** A Checkbox (or NULL-typed) expression as a condition. */
    Cond cond(Expr expr) {
        ExprType type = typeOf(expr);
        if (type == ExprType.NULL) {
            if (isFoldable(expr)) {
                return LogicNodes.Const.BLANK;
            }
            @SuppressWarnings("unchecked")
            Val<Boolean> blank = (Val<Boolean>) buildValue(expr, type);
            return new LogicNodes.OfBoolean(blank);
        }
        if (type != ExprType.CHECKBOX) {
            throw new IllegalStateException("not a Checkbox expression (" + type.label() + ") at " + expr.span());
        }
        Cond node = buildCond(expr);
        if (!(node instanceof LogicNodes.Const) && isFoldable(expr)) {
            try {
                return LogicNodes.Const.of(node.test(null, null));
            } catch (FormulaError error) {
                return node;
            }
        }
        return node;
    }

    /** An expression of any type as a value node; a Checkbox becomes a shared {@code Boolean}. */
    Val<?> value(Expr expr) {
        ExprType type = typeOf(expr);
        if (type == ExprType.CHECKBOX) {
            Cond cond = cond(expr);
            return cond instanceof LogicNodes.Const constant ? new ValueNodes.Const<>(Truth.box(constant.value))
                    : new LogicNodes.Boxed(cond);
        }
        Val<?> node = buildValue(expr, type);
        if (!(node instanceof ValueNodes.Const) && isFoldable(expr)) {
            try {
                return new ValueNodes.Const<>(node.eval(null, null));
            } catch (FormulaError error) {
                return node;
            }
        }
        if (fold && !(node instanceof ValueNodes.Const) && !(node instanceof ValueNodes.Daily) && isDaily(expr)) {
            return new ValueNodes.Daily<>(node);
        }
        return node;
    }

    /**
     * Whether an expression reads no field and no clock but TODAY(): its value is fixed for a
     * calendar day, so it is computed once per day ({@link ValueNodes.Daily}).
     */
    boolean isDaily(Expr expr) {
        return readsNothingBut(expr, INSTANT_FUNCTIONS, daily);
    }

    /** A value node whose static type makes its runtime type {@code T}; the caller names T. */
    @SuppressWarnings("unchecked")
    <T> Val<T> typed(Expr expr) {
        return (Val<T>) value(expr);
    }

    /** The constant a node folded to, or {@code NOT_CONSTANT}. */
    static Object constantOf(Val<?> node) {
        return node instanceof ValueNodes.Const<?> constant ? constant.value : NOT_CONSTANT;
    }

    static final Object NOT_CONSTANT = new Object();

    /** Whether an expression reads no field and no clock, so its value is known now. */
    boolean isFoldable(Expr expr) {
        if (!fold) {
            return expr instanceof Expr.NumberLiteral || expr instanceof Expr.TextLiteral
                    || expr instanceof Expr.BooleanLiteral || expr instanceof Expr.NullLiteral;
        }
        return readsNothingBut(expr, CLOCK_FUNCTIONS, foldable);
    }

    /**
     * Whether an expression reads no field and calls none of {@code excluded} (the clock functions
     * it may not read), remembered per expression in {@code memo}.
     */
    private boolean readsNothingBut(Expr expr, Set<String> excluded, Map<Expr, Boolean> memo) {
        Boolean known = memo.get(expr);
        if (known != null) {
            return known;
        }
        boolean result;
        if (expr instanceof Expr.FieldRef) {
            result = false;
        } else if (expr instanceof Expr.Unary unary) {
            result = readsNothingBut(unary.operand(), excluded, memo);
        } else if (expr instanceof Expr.Binary binary) {
            result = readsNothingBut(binary.left(), excluded, memo) && readsNothingBut(binary.right(), excluded, memo);
        } else if (expr instanceof Expr.Call call) {
            FunctionSpec spec = function(call);
            // ISNEW() reads no field but depends on the record being saved, as its kin do
            result = !excluded.contains(spec.name()) && spec.category() != FunctionCategory.RECORD_CHANGE;
            for (Expr argument : call.arguments()) {
                result &= readsNothingBut(argument, excluded, memo);
            }
        } else {
            result = true; // a literal
        }
        memo.put(expr, result);
        return result;
    }

    /**
     * The text {@code expr} trims when it is {@code TRIM(x)} of Text, else null: {@code ISBLANK}
     * and {@code LEN} of a TRIM are computed without making the trimmed copy.
     */
    Expr trimmedText(Expr expr) {
        if (expr instanceof Expr.Call call && function(call).name().equals("TRIM")
                && typeOf(call.arguments().get(0)) == ExprType.TEXT) {
            return call.arguments().get(0);
        }
        return null;
    }

    FunctionSpec function(Expr.Call call) {
        return rules.functionOf(call).orElseThrow(() -> new IllegalStateException(
                "unresolved function " + call.function().text() + " at " + call.span()));
    }

    /**
     * The declared values of a multi-select picklist field that {@code expr} reads directly, as
     * records hold its selections; null for any other expression.
     */
    PicklistSelection.Values declaredValues(Expr expr) {
        if (!(expr instanceof Expr.FieldRef ref)) {
            return null;
        }
        return rules.fieldOf(ref).map(path -> PicklistSelection.Values.of(path.field().values())).orElse(null);
    }

    /**
     * {@code value} as the picklist field that {@code expr} reads declares it (the field's own
     * instance, which records hold), or {@code value} itself for any other expression or value.
     */
    String declaredInstance(Expr expr, String value) {
        if (!(expr instanceof Expr.FieldRef ref)) {
            return value;
        }
        String declared = rules.fieldOf(ref).map(path -> path.field().declaredValue(value)).orElse(null);
        return declared == null ? value : declared;
    }

    /** The slot a field reference reads, resolved once here. */
    int slotOf(Expr.FieldRef ref) {
        FieldPath path = rules.fieldOf(ref).orElseThrow(() -> new IllegalStateException(
                "unresolved field " + ref.name().text() + " at " + ref.span()));
        return layout.slotOf(path).orElseThrow(() -> new IllegalStateException(
                "no slot for " + path.text() + " in " + layout));
    }

    private Cond buildCond(Expr expr) {
        if (expr instanceof Expr.BooleanLiteral literal) {
            return literal.value() ? LogicNodes.Const.TRUE : LogicNodes.Const.FALSE;
        } else if (expr instanceof Expr.FieldRef ref) {
            return new LogicNodes.Field(slotOf(ref));
        } else if (expr instanceof Expr.Unary unary) {
            Cond operand = cond(unary.operand());
            return operand instanceof LogicNodes.Const constant ? LogicNodes.Const.of(Truth.not(constant.value))
                    : new LogicNodes.Not(operand);
        } else if (expr instanceof Expr.Binary binary) {
            switch (binary.op()) {
                case AND:
                    return and(cond(binary.left()), binary.right());
                case OR:
                    return or(cond(binary.left()), binary.right());
                default:
                    return compare(binary);
            }
        } else if (expr instanceof Expr.Call call) {
            return calls.cond(call, function(call));
        }
        throw new IllegalStateException("not a Checkbox expression at " + expr.span());
    }

    /** {@code left && right}: a constant left side decides or drops out; the right is compiled only if needed. */
    Cond and(Cond left, Expr right) {
        if (left == LogicNodes.Const.FALSE) {
            return left;
        }
        Cond second = cond(right);
        return left == LogicNodes.Const.TRUE ? second : new LogicNodes.And(left, second);
    }

    Cond or(Cond left, Expr right) {
        if (left == LogicNodes.Const.TRUE) {
            return left;
        }
        Cond second = cond(right);
        return left == LogicNodes.Const.FALSE ? second : new LogicNodes.Or(left, second);
    }

    private Cond compare(Expr.Binary binary) {
        ExprType left = typeOf(binary.left());
        ExprType right = typeOf(binary.right());
        boolean negate = binary.op() == Expr.BinaryOp.NE;
        if (left == ExprType.TEXT || right == ExprType.TEXT) {
            Val<String> a = typed(binary.left());
            Val<String> b = typed(binary.right());
            Object constantB = constantOf(b);
            Object constantA = constantOf(a);
            if (constantB != NOT_CONSTANT) {
                return new CompareNodes.TextEqualsConstant(a, (String) constantB, negate);
            }
            if (constantA != NOT_CONSTANT) {
                return new CompareNodes.TextEqualsConstant(b, (String) constantA, negate);
            }
            return new CompareNodes.TextEquals(a, b, negate);
        }
        if (left == ExprType.CHECKBOX || right == ExprType.CHECKBOX) {
            return new CompareNodes.TruthEquals(cond(binary.left()), cond(binary.right()), negate);
        }
        Val<Comparable<Object>> a = typed(binary.left());
        Val<Comparable<Object>> b = typed(binary.right());
        if (left == ExprType.DATE && right == ExprType.DATE) { // on epoch days: no LocalDate for date ± n
            return new DateNodes.Compare(a, b, DateSupport.code(binary.op()));
        }
        if ((Val<?>) a instanceof DateNodes.Between days && right.isNumeric()) {
            return new DateNodes.CountCompare(days, b, true, DateSupport.code(binary.op()));
        }
        if ((Val<?>) b instanceof DateNodes.Between days && left.isNumeric()) {
            return new DateNodes.CountCompare(days, a, false, DateSupport.code(binary.op()));
        }
        WholeNodes.Whole wholeA = left.isNumeric() ? WholeNodes.of(a) : null;
        WholeNodes.Whole wholeB = right.isNumeric() ? WholeNodes.of(b) : null;
        if (wholeA != null && wholeB != null) {
            return new WholeNodes.Compare(wholeA, wholeB, DateSupport.code(binary.op()));
        }
        return new CompareNodes.Ordered<>(a, b, binary.op());
    }

    private Val<?> buildValue(Expr expr, ExprType type) {
        if (expr instanceof Expr.NumberLiteral literal) {
            return new ValueNodes.Const<>(literal.value());
        } else if (expr instanceof Expr.TextLiteral literal) {
            return literal.value().isEmpty() ? BLANK : new ValueNodes.Const<>(literal.value()); // "" is blank: null
        } else if (expr instanceof Expr.NullLiteral) {
            return BLANK;
        } else if (expr instanceof Expr.FieldRef ref) {
            return new ValueNodes.Field<>(slotOf(ref));
        } else if (expr instanceof Expr.Unary unary) {
            if (unary.op() == Expr.UnaryOp.NEGATE) {
                return new ValueNodes.Call1<BigDecimal, BigDecimal>(typed(unary.operand()), MathFunctions::negate);
            }
            return value(unary.operand());
        } else if (expr instanceof Expr.Binary binary) {
            return arithmetic(binary);
        }
        Expr.Call call = (Expr.Call) expr;
        return calls.value(call, function(call), type);
    }

    private Val<?> arithmetic(Expr.Binary binary) {
        Val<Object> a = typed(binary.left());
        Val<Object> b = typed(binary.right());
        switch (binary.op()) {
            case CONCAT:
                return call(a, b, (String x, String y) -> TextFunctions.concat(x, y));
            case MULTIPLY: {
                Val<?> whole = WholeNodes.Arithmetic.of(a, b, WholeNodes.Arithmetic.Op.MULTIPLY);
                return whole != null ? whole : call(a, b, (BigDecimal x, BigDecimal y) -> MathFunctions.multiply(x, y));
            }
            case DIVIDE:
                return call(a, b, (BigDecimal x, BigDecimal y) -> MathFunctions.divide(x, y));
            case POWER:
                return call(a, b, (BigDecimal x, BigDecimal y) -> MathFunctions.power(x, y));
            case ADD:
            case SUBTRACT:
                return additive(binary, a, b);
            default:
                throw new IllegalStateException("not an arithmetic operator: " + binary.op());
        }
    }

    /** {@code +} and {@code -} by the operands' types, a NULL operand typed as the checker typed it. */
    private Val<?> additive(Expr.Binary binary, Val<Object> a, Val<Object> b) {
        boolean add = binary.op() == Expr.BinaryOp.ADD;
        ExprType left = typeOf(binary.left());
        ExprType right = typeOf(binary.right());
        ExprType l = left == ExprType.NULL ? (right == ExprType.NULL ? ExprType.NUMBER : guessNull(right, add)) : left;
        ExprType r = right == ExprType.NULL ? guessNull(l, add) : right;
        if (l == ExprType.TEXT) {
            return call(a, b, (String x, String y) -> TextFunctions.concat(x, y));
        }
        if (l.isNumeric() && r.isNumeric()) {
            Val<?> whole = WholeNodes.Arithmetic.of(a, b,
                    add ? WholeNodes.Arithmetic.Op.ADD : WholeNodes.Arithmetic.Op.SUBTRACT);
            if (whole != null) {
                return whole;
            }
            return add ? call(a, b, (BigDecimal x, BigDecimal y) -> MathFunctions.add(x, y))
                    : call(a, b, (BigDecimal x, BigDecimal y) -> MathFunctions.subtract(x, y));
        }
        if (add) {
            if (l.isNumeric()) { // number + date: the date moves, the number is still evaluated first
                switch (r) {
                    case DATE:
                        return DateArithmetic.shiftDate(b, a, false, true,
                                () -> call(a, b, (BigDecimal n, LocalDate d) -> DateFunctions.addDays(d, n)));
                    case DATETIME:
                        return DateArithmetic.shiftDateTime(b, a, false, true,
                                () -> call(a, b, (BigDecimal n, Instant d) -> DateFunctions.addDays(d, n)));
                    default:
                        return call(a, b, (BigDecimal n, LocalTime t) -> DateFunctions.addMilliseconds(t, n));
                }
            }
            switch (l) {
                case DATE:
                    return DateArithmetic.shiftDate(a, b, false, false,
                            () -> call(a, b, (LocalDate d, BigDecimal n) -> DateFunctions.addDays(d, n)));
                case DATETIME:
                    return DateArithmetic.shiftDateTime(a, b, false, false,
                            () -> call(a, b, (Instant d, BigDecimal n) -> DateFunctions.addDays(d, n)));
                default:
                    return call(a, b, (LocalTime t, BigDecimal n) -> DateFunctions.addMilliseconds(t, n));
            }
        }
        if (r.isNumeric()) {
            switch (l) {
                case DATE:
                    return DateArithmetic.shiftDate(a, b, true, false,
                            () -> call(a, b, (LocalDate d, BigDecimal n) -> DateFunctions.subtractDays(d, n)));
                case DATETIME:
                    return DateArithmetic.shiftDateTime(a, b, true, false,
                            () -> call(a, b, (Instant d, BigDecimal n) -> DateFunctions.subtractDays(d, n)));
                default:
                    return call(a, b, (LocalTime t, BigDecimal n) -> DateFunctions.subtractMilliseconds(t, n));
            }
        }
        switch (l) {
            case DATE:
                return new DateNodes.Between(a, b);
            case DATETIME:
                return call(a, b, (Instant x, Instant y) -> DateFunctions.daysBetween(x, y));
            default:
                return call(a, b, (LocalTime x, LocalTime y) -> DateFunctions.millisecondsBetween(x, y));
        }
    }

    private static ExprType guessNull(ExprType other, boolean add) {
        return other == ExprType.TEXT && add ? ExprType.TEXT : ExprType.NUMBER;
    }

    @SuppressWarnings("unchecked")
    private static <A, B, R> Val<R> call(Val<Object> a, Val<Object> b, java.util.function.BiFunction<A, B, R> f) {
        return new ValueNodes.Call2<>((Val<A>) (Val<?>) a, (Val<B>) (Val<?>) b, f);
    }
}

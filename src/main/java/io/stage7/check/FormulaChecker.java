package io.stage7.check;

import io.stage7.ast.Expr;
import io.stage7.ast.Name;
import io.stage7.ast.QualifiedName;
import io.stage7.diag.Diagnostics;
import io.stage7.diag.SourceSpan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Types formulas: resolves field references against the formula's object, looks functions up
 * in {@link Functions}, applies Salesforce's operator and function typing rules, and records the
 * type of every expression, the field of every reference and the function of every call.
 * Expression trees are shallow (the front end bounds their depth), so recursion is safe.
 */
final class FormulaChecker {

    private final Diagnostics diagnostics;
    private final Symbols symbols;
    final Map<Expr, ExprType> types = new IdentityHashMap<>();
    final Map<Expr.FieldRef, FieldPath> fieldRefs = new IdentityHashMap<>();
    final Map<Expr.Call, FunctionSpec> calls = new IdentityHashMap<>();
    /** The object field references resolve against; null when it is unknown (already reported). */
    private ObjectType scope;
    /** Whether formulas being checked run on a record being saved, where ISNEW and its kin mean something. */
    private boolean saving = true;
    /** How many lazy arguments (IF's values, the right of {@code &&}, ...) enclose the expression being typed. */
    private int lazyDepth;

    FormulaChecker(Diagnostics diagnostics, Symbols symbols) {
        this.diagnostics = diagnostics;
        this.symbols = symbols;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    Symbols symbols() {
        return symbols;
    }

    /**
     * Whether the expression being typed may go unevaluated because it sits in an argument that a
     * lazy function or operator evaluates only when needed (see {@link FunctionSpec#isLazy}).
     */
    boolean mayBeSkipped() {
        return lazyDepth > 0;
    }

    /** Types {@code expr} with fields of {@code object} (null: unknown) in scope; a picklist type may result. */
    ExprType check(Expr expr, ObjectType object) {
        ObjectType saved = scope;
        scope = object;
        try {
            return type(expr);
        } finally {
            scope = saved;
        }
    }

    /**
     * Runs {@code check} with the record-change functions (ISNEW, ISCHANGED, PRIORVALUE) reported
     * as errors: for formulas computed without a record being saved, such as a test's values.
     */
    <T> T withoutSave(java.util.function.Supplier<T> check) {
        boolean saved = saving;
        saving = false;
        try {
            return check.get();
        } finally {
            saving = saved;
        }
    }

    /** The field an expression reads: a resolved field reference, or PRIORVALUE of one. */
    Optional<FieldPath> fieldRead(Expr expr) {
        if (expr instanceof Expr.FieldRef ref) {
            return Optional.ofNullable(fieldRefs.get(ref));
        }
        if (expr instanceof Expr.Call call && call.arguments().size() == 1 && calls.containsKey(call)
                && calls.get(call).name().equals("PRIORVALUE")) {
            return fieldRead(call.arguments().get(0));
        }
        return Optional.empty();
    }

    /**
     * Types a formula whose value must be of type {@code expected}; {@code what} names the place
     * in messages ("the condition of requirement 'X'"). Returns the formula's type.
     */
    ExprType expect(Expr expr, ObjectType object, ExprType expected, String what) {
        ExprType actual = check(expr, object);
        if (actual.isPicklist()) {
            picklistMisuse(expr, actual);
        } else if (!actual.fits(expected)) {
            diagnostics.error("type-mismatch", expr.span(), what + " must be " + expected.label() + ", but this is "
                    + actual.label());
        }
        return actual;
    }

    /**
     * Resolves a field path on {@code object}, reporting an unknown field (with a suggestion) or a
     * step through a field that is not a lookup. Empty when it does not resolve.
     */
    Optional<FieldPath> resolveField(QualifiedName name, ObjectType object) {
        if (object == null) {
            return Optional.empty();
        }
        List<FieldType> path = new ArrayList<>();
        ObjectType current = object;
        List<Name> parts = name.parts();
        for (int i = 0; i < parts.size(); i++) {
            Name part = parts.get(i);
            Optional<FieldType> field = current.field(part.text());
            if (field.isEmpty()) {
                if (!symbols.isBrokenField(current, part.text())) {
                    diagnostics.error("unknown-field", part.span(), "unknown field '" + part.text() + "' on "
                            + current.name() + Suggestions.didYouMean(part.text(),
                            current.fields().stream().map(FieldType::name).toList()));
                }
                return Optional.empty();
            }
            path.add(field.get());
            if (i < parts.size() - 1) {
                if (field.get().kind() != FieldKind.LOOKUP) {
                    diagnostics.error("not-a-lookup", parts.get(i + 1).span(), "'" + field.get().name() + "' is a "
                            + field.get().kind().typeName() + " field, not a lookup, so '" + parts.get(i + 1).text()
                            + "' cannot be reached through it");
                    return Optional.empty();
                }
                Optional<ObjectType> next = field.get().lookupTarget().flatMap(symbols.objects()::find);
                if (next.isEmpty()) {
                    return Optional.empty(); // the lookup's target is unknown: reported at the field
                }
                current = next.get();
            }
        }
        return Optional.of(new FieldPath(object, path));
    }

    private ExprType type(Expr expr) {
        ExprType type;
        if (expr instanceof Expr.NumberLiteral) {
            type = ExprType.NUMBER;
        } else if (expr instanceof Expr.TextLiteral) {
            type = ExprType.TEXT;
        } else if (expr instanceof Expr.BooleanLiteral) {
            type = ExprType.CHECKBOX;
        } else if (expr instanceof Expr.NullLiteral) {
            type = ExprType.NULL;
        } else if (expr instanceof Expr.FieldRef ref) {
            type = fieldRef(ref);
        } else if (expr instanceof Expr.Unary unary) {
            type = unary(unary);
        } else if (expr instanceof Expr.Binary binary) {
            type = binary(binary);
        } else {
            type = call((Expr.Call) expr);
        }
        types.put(expr, type);
        return type;
    }

    private ExprType fieldRef(Expr.FieldRef ref) {
        Optional<FieldPath> path = resolveField(ref.name(), scope);
        path.ifPresent(p -> fieldRefs.put(ref, p));
        return path.map(FieldPath::type).orElse(ExprType.ERROR);
    }

    private ExprType unary(Expr.Unary unary) {
        ExprType operand = usable(unary.operand(), type(unary.operand()));
        if (unary.op() == Expr.UnaryOp.NOT) {
            operand(unary.operand(), operand, "!", Functions.BOOL);
            return ExprType.CHECKBOX;
        }
        operand(unary.operand(), operand, unary.op().symbol(), Functions.NUM);
        return operand.isNumeric() ? operand : ExprType.NUMBER;
    }

    private ExprType binary(Expr.Binary binary) {
        ExprType left = usable(binary.left(), type(binary.left()));
        boolean shortCircuit = binary.op() == Expr.BinaryOp.AND || binary.op() == Expr.BinaryOp.OR;
        ExprType right = usable(binary.right(), shortCircuit ? lazily(binary.right()) : type(binary.right()));
        String symbol = binary.op().symbol();
        switch (binary.op()) {
            case AND, OR -> {
                operand(binary.left(), left, symbol, Functions.BOOL);
                operand(binary.right(), right, symbol, Functions.BOOL);
                return ExprType.CHECKBOX;
            }
            case CONCAT -> {
                operand(binary.left(), left, symbol, Functions.TXT);
                operand(binary.right(), right, symbol, Functions.TXT);
                return ExprType.TEXT;
            }
            case MULTIPLY, DIVIDE, POWER -> {
                operand(binary.left(), left, symbol, Functions.NUM);
                operand(binary.right(), right, symbol, Functions.NUM);
                return numericResult(left, right);
            }
            case ADD, SUBTRACT -> {
                return additive(binary, left, right);
            }
            default -> {
                compare(binary, left, right);
                return ExprType.CHECKBOX;
            }
        }
    }

    /** {@code +} and {@code -}: numbers, date and time arithmetic, and text concatenation with {@code +}. */
    private ExprType additive(Expr.Binary binary, ExprType left, ExprType right) {
        boolean add = binary.op() == Expr.BinaryOp.ADD;
        if (left == ExprType.ERROR || right == ExprType.ERROR) {
            return ExprType.ERROR;
        }
        ExprType l = left == ExprType.NULL ? (right == ExprType.NULL ? ExprType.NUMBER : guessNull(right, add)) : left;
        ExprType r = right == ExprType.NULL ? guessNull(l, add) : right;
        if (l.isNumeric() && r.isNumeric()) {
            return numericResult(l, r);
        }
        boolean temporal = l == ExprType.DATE || l == ExprType.DATETIME || l == ExprType.TIME;
        if (temporal && r.isNumeric()) {
            return l;
        }
        if (add && l.isNumeric() && (r == ExprType.DATE || r == ExprType.DATETIME || r == ExprType.TIME)) {
            return r;
        }
        if (!add && temporal && l == r) {
            return ExprType.NUMBER;
        }
        if (add && l == ExprType.TEXT && r == ExprType.TEXT) {
            return ExprType.TEXT;
        }
        String verb = add ? "add" : "subtract";
        String hint = add && (l == ExprType.TEXT || r == ExprType.TEXT)
                ? "; to join text, convert the other value with TEXT() and use &" : "";
        diagnostics.error("type-mismatch", binary.span(), "cannot " + verb + " " + r.label() + (add ? " to " : " from ")
                + l.label() + hint);
        return ExprType.ERROR;
    }

    /** The type a NULL operand of + or - is taken to have, next to an operand of type {@code other}. */
    private static ExprType guessNull(ExprType other, boolean add) {
        return other == ExprType.TEXT && add ? ExprType.TEXT : ExprType.NUMBER;
    }

    private static ExprType numericResult(ExprType left, ExprType right) {
        ExprType l = left.isNumeric() ? left : ExprType.NUMBER;
        ExprType r = right.isNumeric() ? right : ExprType.NUMBER;
        return ExprType.numeric(l, r);
    }

    private void compare(Expr.Binary binary, ExprType left, ExprType right) {
        ExprType common = ExprType.unify(left, right);
        String symbol = binary.op().symbol();
        if (common == null) {
            String hint = (left == ExprType.DATE && right == ExprType.DATETIME)
                    || (left == ExprType.DATETIME && right == ExprType.DATE)
                    ? "; convert one side with DATEVALUE() or DATETIMEVALUE()"
                    : left == ExprType.TEXT || right == ExprType.TEXT ? "; convert with TEXT() or VALUE()" : "";
            diagnostics.error("type-mismatch", binary.right().span(), "cannot compare " + left.label() + " with "
                    + right.label() + " using '" + symbol + "'" + hint);
            return;
        }
        boolean ordering = binary.op() != Expr.BinaryOp.EQ && binary.op() != Expr.BinaryOp.NE;
        if (ordering && (common == ExprType.TEXT || common == ExprType.CHECKBOX)) {
            diagnostics.error("type-mismatch", binary.left().span(), "operator '" + symbol + "' needs Number, "
                    + "Date, DateTime or Time values, not " + common.label());
        } else if (!ordering) {
            comparedPicklistText(binary.left(), binary.right());
            comparedPicklistText(binary.right(), binary.left());
        }
    }

    /**
     * {@code TEXT(Region) = "EMAE"} can never hold when the literal is not one of the picklist's
     * values: a warning, since the formula is valid but surely not what was meant.
     */
    private void comparedPicklistText(Expr side, Expr other) {
        if (!(side instanceof Expr.Call call) || !(other instanceof Expr.TextLiteral literal)
                || literal.value().isEmpty() || call.arguments().size() != 1
                || !"TEXT".equals(Optional.ofNullable(calls.get(call)).map(FunctionSpec::name).orElse(""))) {
            return;
        }
        FieldPath path = fieldRead(call.arguments().get(0)).orElse(null);
        if (path != null && path.field().kind() == FieldKind.PICKLIST && !path.field().values().isEmpty()
                && !path.field().hasValue(literal.value())) {
            diagnostics.warning("unknown-picklist-value", literal.span(), "this comparison is never true: "
                    + CallTypings.unknownValueMessage(literal.value(), path.field()));
        }
    }

    /** Reports an operand of the wrong type; wildcards (NULL, ERROR) pass. */
    private void operand(Expr expr, ExprType actual, String symbol, Set<ExprType> accepted) {
        if (!actual.isWildcard() && !accepted.contains(actual)) {
            diagnostics.error("type-mismatch", expr.span(), "incorrect operand type for '" + symbol + "': expected "
                    + FunctionSpec.describe(accepted) + ", got " + actual.label());
        }
    }

    /** A picklist outside the functions that accept one is an error; returns ERROR for it. */
    ExprType usable(Expr expr, ExprType type) {
        if (type.isPicklist()) {
            picklistMisuse(expr, type);
            return ExprType.ERROR;
        }
        return type;
    }

    void picklistMisuse(Expr expr, ExprType type) {
        boolean field = expr instanceof Expr.FieldRef;
        Optional<FieldPath> prior = field ? Optional.empty() : fieldRead(expr);
        String name = field ? ((Expr.FieldRef) expr).name().text()
                : prior.map(p -> "PRIORVALUE(" + p.text() + ")").orElse("field");
        String subject = field || prior.isPresent() ? "'" + name + "'" : "this value";
        if (type == ExprType.PICKLIST) {
            diagnostics.error("picklist-misuse", expr.span(), subject + " is a picklist field; picklist fields can "
                    + "only be used in ISPICKVAL, CASE, TEXT, ISBLANK, ISNULL, ISCHANGED and PRIORVALUE: "
                    + "compare with ISPICKVAL(" + name
                    + ", \"value\") or convert with TEXT(" + name + ")");
        } else {
            diagnostics.error("picklist-misuse", expr.span(), subject + " is a multi-select picklist field; it can "
                    + "only be used in INCLUDES, ISBLANK, ISNULL, ISCHANGED and PRIORVALUE: test a value with "
                    + "INCLUDES(" + name + ", \"value\")");
        }
    }

    /** Types an expression that may go unevaluated. */
    private ExprType lazily(Expr expr) {
        lazyDepth++;
        try {
            return type(expr);
        } finally {
            lazyDepth--;
        }
    }

    private ExprType call(Expr.Call call) {
        Optional<FunctionSpec> found = Functions.lookup(call.function().text());
        List<ExprType> argTypes = new ArrayList<>(call.arguments().size());
        for (int i = 0; i < call.arguments().size(); i++) {
            Expr argument = call.arguments().get(i);
            argTypes.add(found.isPresent() && found.get().isLazy(i) ? lazily(argument) : type(argument));
        }
        if (found.isEmpty()) {
            diagnostics.error("unknown-function", call.function().span(), "unknown function '"
                    + call.function().text() + "'" + Suggestions.didYouMean(call.function().text(), Functions.names()));
            return ExprType.ERROR;
        }
        FunctionSpec spec = found.get();
        calls.put(call, spec);
        if (!saving && spec.category() == FunctionCategory.RECORD_CHANGE) {
            diagnostics.error("no-prior-state", call.function().span(), spec.name() + " means nothing in a test's "
                    + "values: they are computed before any record is saved; use it in requirements, routing and "
                    + "escalation, and give the test the record's earlier version with 'prior { ... }'");
        }
        int count = call.arguments().size();
        if (count < spec.minArity() || count > spec.maxArity()) {
            diagnostics.error("wrong-arity", call.function().span(), spec.name() + " expects " + spec.arityPhrase()
                    + ", got " + count + "; use " + spec.signature());
            for (int i = 0; i < count; i++) {
                usable(call.arguments().get(i), argTypes.get(i));
            }
            return spec.fixedReturn().orElse(ExprType.ERROR);
        }
        CallSite site = new CallSite(this, call, spec, argTypes);
        if (!spec.customChecks()) {
            for (int i = 0; i < count; i++) {
                site.checkArgument(i, spec.paramAt(i));
            }
        }
        return spec.typing().type(site);
    }

    /** A text argument that must name a declared calendar or period end, checked when literal. */
    void checkNamedLiteral(Expr argument, FunctionSpec.Role role) {
        if (!(argument instanceof Expr.TextLiteral literal)) {
            return;
        }
        SourceSpan span = literal.span();
        switch (role) {
            case CALENDAR -> symbols.calendarDecls().resolve(literal.value(), span, diagnostics);
            case PERIOD_END -> symbols.resolvePeriodEnd(literal.value(), span, diagnostics);
            default -> { }
        }
    }
}

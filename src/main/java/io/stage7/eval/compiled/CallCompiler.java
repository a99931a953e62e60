package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.check.ExprType;
import io.stage7.check.FunctionSpec;
import io.stage7.eval.PolicyRuntime;
import io.stage7.functions.PicklistFunctions;
import io.stage7.functions.PicklistSelection;
import io.stage7.functions.TextFunctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compiles function calls: the logical functions that control evaluation (IF, CASE, AND, OR,
 * BLANKVALUE and NULLVALUE are lazy), the blank tests whose meaning depends on the argument's static type
 * (ISNULL and NULLVALUE on Text), the Checkbox-valued functions, the record-change functions
 * (which read the prior version's slot, not an evaluated argument), and, through
 * {@link LibraryCalls}, every other function of the catalog.
 */
final class CallCompiler {
    private final ExprCompiler exprs;
    private final LibraryCalls library;

    CallCompiler(ExprCompiler exprs, PolicyRuntime policy) {
        this.exprs = exprs;
        this.library = new LibraryCalls(exprs, policy);
    }

    /** A call whose type is Checkbox. */
    Cond cond(Expr.Call call, FunctionSpec spec) {
        List<Expr> args = call.arguments();
        switch (spec.name()) {
            case "AND":
                return andAll(args);
            case "OR":
                return orAll(args);
            case "NOT": {
                Cond operand = exprs.cond(args.get(0));
                return operand instanceof LogicNodes.Const constant ? LogicNodes.Const.of(Truth.not(constant.value))
                        : new LogicNodes.Not(operand);
            }
            case "IF": {
                Cond test = exprs.cond(args.get(0));
                if (test instanceof LogicNodes.Const constant) {
                    return exprs.cond(args.get(constant.value == Truth.TRUE ? 1 : 2));
                }
                return new LogicNodes.If(test, exprs.cond(args.get(1)), exprs.cond(args.get(2)));
            }
            case "CASE": {
                CaseNodes.Matcher matcher = caseMatcher(args);
                int pairs = (args.size() - 2) / 2;
                Cond[] results = new Cond[pairs];
                for (int i = 0; i < pairs; i++) {
                    results[i] = exprs.cond(args.get(2 + 2 * i));
                }
                return new CaseNodes.CaseTruth(matcher, results, exprs.cond(args.get(args.size() - 1)));
            }
            case "BLANKVALUE":
                return new LogicNodes.BlankValue(exprs.cond(args.get(0)), exprs.cond(args.get(1)));
            case "NULLVALUE":
                return new LogicNodes.BlankValue(exprs.cond(args.get(0)), exprs.cond(args.get(1)));
            case "ISBLANK":
                return blankTest(args.get(0), false);
            case "ISNULL":
                return blankTest(args.get(0), true);
            case "ISPICKVAL": {
                Val<String> picklist = exprs.typed(args.get(0));
                String literal = exprs.declaredInstance(args.get(0), ((Expr.TextLiteral) args.get(1)).value());
                return new CompareNodes.TextEqualsConstant(picklist, literal, false);
            }
            case "INCLUDES": {
                Val<Set<String>> selected = exprs.typed(args.get(0));
                String literal = ((Expr.TextLiteral) args.get(1)).value();
                PicklistSelection.Values declared = exprs.declaredValues(args.get(0));
                int bit = declared == null ? -1 : declared.bit(literal);
                if (bit >= 0) { // a declared value: one bit of the record's selection
                    return new PicklistNodes.Includes(selected, declared, bit, literal);
                }
                return new LogicNodes.Test1<>(selected, set -> PicklistFunctions.includes(set, literal));
            }
            case "REGEX":
                return regex(args);
            case "ISNEW":
                return RecordChangeNodes.IsNew.INSTANCE;
            case "ISCHANGED":
                return new RecordChangeNodes.IsChanged(exprs.slotOf((Expr.FieldRef) args.get(0)));
            case "PRIORVALUE":
                return new LogicNodes.OfBoolean(new RecordChangeNodes.PriorValue<>(
                        exprs.slotOf((Expr.FieldRef) args.get(0))));
            default:
                return library.cond(call, spec);
        }
    }

    /** A call of any type but Checkbox. */
    Val<?> value(Expr.Call call, FunctionSpec spec, ExprType type) {
        List<Expr> args = call.arguments();
        switch (spec.name()) {
            case "IF": {
                Cond test = exprs.cond(args.get(0));
                if (test instanceof LogicNodes.Const constant) {
                    return exprs.value(args.get(constant.value == Truth.TRUE ? 1 : 2));
                }
                return new ValueNodes.If<>(test, exprs.typed(args.get(1)), exprs.typed(args.get(2)));
            }
            case "CASE": {
                CaseNodes.Matcher matcher = caseMatcher(args);
                int pairs = (args.size() - 2) / 2;
                @SuppressWarnings("unchecked")
                Val<Object>[] results = new Val[pairs];
                for (int i = 0; i < pairs; i++) {
                    results[i] = exprs.typed(args.get(2 + 2 * i));
                }
                return new CaseNodes.CaseValue<>(matcher, results, exprs.typed(args.get(args.size() - 1)));
            }
            case "BLANKVALUE":
                return new ValueNodes.BlankValue<>(exprs.typed(args.get(0)), exprs.typed(args.get(1)));
            case "NULLVALUE":
                if (exprs.typeOf(args.get(0)) == ExprType.TEXT) {
                    return exprs.value(args.get(0)); // text is never null: the substitute is never used
                }
                return new ValueNodes.NullValue<>(exprs.typed(args.get(0)), exprs.typed(args.get(1)));
            case "PRIORVALUE":
                return new RecordChangeNodes.PriorValue<>(exprs.slotOf((Expr.FieldRef) args.get(0)));
            default:
                return library.value(call, spec, type);
        }
    }

    /** AND(...) and {@code &&} chains: TRUE operands drop out; a leading FALSE decides. */
    private Cond andAll(List<Expr> args) {
        List<Cond> operands = new ArrayList<>();
        for (Expr arg : args) {
            Cond operand = exprs.cond(arg);
            if (operand == LogicNodes.Const.FALSE && operands.isEmpty()) {
                return operand;
            }
            if (operand != LogicNodes.Const.TRUE) {
                operands.add(operand);
            }
        }
        if (operands.isEmpty()) {
            return LogicNodes.Const.TRUE;
        }
        if (operands.size() == 1) {
            return operands.get(0);
        }
        return operands.size() == 2 ? new LogicNodes.And(operands.get(0), operands.get(1))
                : new LogicNodes.AndAll(operands.toArray(new Cond[0]));
    }

    private Cond orAll(List<Expr> args) {
        List<Cond> operands = new ArrayList<>();
        for (Expr arg : args) {
            Cond operand = exprs.cond(arg);
            if (operand == LogicNodes.Const.TRUE && operands.isEmpty()) {
                return operand;
            }
            if (operand != LogicNodes.Const.FALSE) {
                operands.add(operand);
            }
        }
        if (operands.isEmpty()) {
            return LogicNodes.Const.FALSE;
        }
        if (operands.size() == 1) {
            return operands.get(0);
        }
        return operands.size() == 2 ? new LogicNodes.Or(operands.get(0), operands.get(1))
                : new LogicNodes.OrAll(operands.toArray(new Cond[0]));
    }

    /** ISBLANK and ISNULL: a Checkbox expression is blank when its truth is; ISNULL of Text is never TRUE. */
    private Cond blankTest(Expr arg, boolean isNull) {
        ExprType type = exprs.typeOf(arg);
        Expr trimmed = exprs.trimmedText(arg);
        if (!isNull && trimmed != null) { // ISBLANK(TRIM(x)): nothing but spaces and tabs, without the trimmed copy
            return new LogicNodes.Test1<String>(exprs.typed(trimmed), text -> TextFunctions.trimmedLength(text) == 0);
        }
        if (type == ExprType.CHECKBOX) {
            return new LogicNodes.IsBlankTruth(exprs.cond(arg));
        }
        Val<?> operand = exprs.value(arg);
        if (isNull && type == ExprType.TEXT) {
            return arg instanceof Expr.FieldRef || operand instanceof ValueNodes.Const ? LogicNodes.Const.FALSE
                    : new LogicNodes.EvaluateThenFalse(operand);
        }
        if (isNull || isNeverText(type)) {
            return new LogicNodes.IsNull(operand); // Number, Currency, Percent, Date, DateTime, Time: blank is null
        }
        if (type == ExprType.TEXT || type == ExprType.PICKLIST) {
            @SuppressWarnings("unchecked")
            Val<String> text = (Val<String>) operand;
            return new LogicNodes.IsBlankText(text);
        }
        return new LogicNodes.IsBlank(operand); // MultiPicklist, NULL, ERROR: decided by the value
    }

    /** Types whose values are never text nor collections, so ISBLANK is a null test. */
    private static boolean isNeverText(ExprType type) {
        return type.isNumeric() || type == ExprType.DATE || type == ExprType.DATETIME || type == ExprType.TIME;
    }

    /** REGEX: a constant pattern is compiled once; an invalid constant one fails when reached, as at run time. */
    private Cond regex(List<Expr> args) {
        Val<String> text = exprs.typed(args.get(0));
        Val<String> pattern = exprs.typed(args.get(1));
        Object constant = ExprCompiler.constantOf(pattern);
        if (constant != ExprCompiler.NOT_CONSTANT) {
            try {
                TextFunctions.CompiledRegex compiled = TextFunctions.CompiledRegex.of(constant == null ? "" : (String) constant);
                return new LogicNodes.Test1<>(text, compiled::matches);
            } catch (io.stage7.functions.FormulaError invalid) {
                // fall through: the error is raised when the call is evaluated
            }
        }
        return new LogicNodes.Test2<>(text, pattern, TextFunctions::regex);
    }

    /**
     * CASE's matcher: a Text or Picklist expression, or a Text value, matches by text equality
     * (constant values precomputed); other types by value.
     */
    private CaseNodes.Matcher caseMatcher(List<Expr> args) {
        ExprType subjectType = exprs.typeOf(args.get(0));
        boolean textSubject = subjectType == ExprType.TEXT || subjectType == ExprType.PICKLIST;
        int pairs = (args.size() - 2) / 2;
        Val<?>[] values = new Val<?>[pairs];
        boolean[] text = new boolean[pairs];
        boolean allConstant = true;
        for (int i = 0; i < pairs; i++) {
            values[i] = exprs.value(args.get(1 + 2 * i));
            text[i] = textSubject || exprs.typeOf(args.get(1 + 2 * i)) == ExprType.TEXT;
            allConstant &= values[i] instanceof ValueNodes.Const;
        }
        if (textSubject && allConstant) {
            String[] constants = new String[pairs];
            for (int i = 0; i < pairs; i++) {
                String constant = (String) ((ValueNodes.Const<?>) values[i]).value;
                // a picklist's declared instance, as records hold it: a match is an identity test
                constants[i] = constant == null ? null : exprs.declaredInstance(args.get(0), constant);
            }
            return new CaseNodes.TextConstants(exprs.typed(args.get(0)), constants);
        }
        return new CaseNodes.Lazy(exprs.value(args.get(0)), values, text);
    }

}

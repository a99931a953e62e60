package io.stage7.check;

import io.stage7.ast.Expr;
import io.stage7.diag.SourceSpan;
import io.stage7.functions.Conversions;
import io.stage7.functions.FormulaError;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** One function call being typed: its arguments, their types so far, and a way to report. */
final class CallSite {

    /** Longer or more deeply nested literal patterns are not compiled: the JDK compiler recurses. */
    private static final int MAX_CHECKED_REGEX_LENGTH = 10_000;
    private static final int MAX_CHECKED_REGEX_NESTING = 100;

    private final FormulaChecker checker;
    private final Expr.Call call;
    private final FunctionSpec spec;
    private final List<ExprType> argTypes;

    CallSite(FormulaChecker checker, Expr.Call call, FunctionSpec spec, List<ExprType> argTypes) {
        this.checker = checker;
        this.call = call;
        this.spec = spec;
        this.argTypes = argTypes;
    }

    Expr.Call call() {
        return call;
    }

    FunctionSpec spec() {
        return spec;
    }

    int count() {
        return argTypes.size();
    }

    Expr arg(int index) {
        return call.arguments().get(index);
    }

    ExprType type(int index) {
        return argTypes.get(index);
    }

    FormulaChecker checker() {
        return checker;
    }

    void error(String code, SourceSpan span, String message) {
        checker.diagnostics().error(code, span, message);
    }

    /**
     * Reports a constant argument that cannot be evaluated (a date that does not exist, a pattern
     * that does not compile). Where the call is always evaluated it is an error. In a branch that
     * may not be taken it is a warning, as Salesforce saves such a formula and shows #Error! only
     * when the branch is taken; the evaluators do the same.
     */
    void invalidConstant(String code, SourceSpan span, String message) {
        if (checker.mayBeSkipped()) {
            checker.diagnostics().warning(code, span, message + "; the formula gives #Error! if this branch is taken");
        } else {
            error(code, span, message);
        }
    }

    /**
     * The field an argument reads, when the argument is a resolved field reference or the
     * PRIORVALUE of one (so {@code ISPICKVAL(PRIORVALUE(Stage), "x")} checks Stage's values).
     */
    Optional<FieldPath> field(int index) {
        return checker.fieldRead(arg(index));
    }

    /** The field an argument names when it is a field of the record itself (no lookup on the way). */
    Optional<FieldPath> ownField(int index) {
        return arg(index) instanceof Expr.FieldRef ref ? Optional.ofNullable(checker.fieldRefs.get(ref))
                .filter(path -> !path.isRelated()) : Optional.empty();
    }

    /** Checks argument {@code index} against its parameter; a wrong one is typed ERROR from then on. */
    void checkArgument(int index, FunctionSpec.Param param) {
        Expr argument = arg(index);
        ExprType type = type(index);
        boolean takesPicklists = param.accepts().stream().anyMatch(ExprType::isPicklist);
        if (type.isPicklist() && !takesPicklists) {
            checker.picklistMisuse(argument, type);
            argTypes.set(index, ExprType.ERROR);
            return;
        }
        if (!type.isWildcard() && !param.accepts().contains(type)) {
            error("type-mismatch", argument.span(), "incorrect argument type for " + spec.name() + "(): "
                    + param.name() + " must be " + FunctionSpec.describe(param.accepts()) + ", got " + type.label());
            argTypes.set(index, ExprType.ERROR);
            return;
        }
        checkRole(argument, type, param);
    }

    private void checkRole(Expr argument, ExprType type, FunctionSpec.Param param) {
        switch (param.role()) {
            case TEXT_LITERAL -> {
                if (!(argument instanceof Expr.TextLiteral) && type != ExprType.ERROR) {
                    error("not-a-literal", argument.span(), spec.name() + " needs " + param.name()
                            + " to be a text literal in quotes, not a field or the result of a function");
                }
            }
            case CALENDAR, PERIOD_END -> checker.checkNamedLiteral(argument, param.role());
            case REGEX -> {
                if (argument instanceof Expr.TextLiteral literal) {
                    checkRegex(literal);
                }
            }
            case DATE_TEXT, DATETIME_TEXT, TIME_TEXT -> {
                if (argument instanceof Expr.TextLiteral literal) {
                    checkConversion(literal, param.role());
                }
            }
            case FIELD -> checkOwnField(argument, type);
            default -> { }
        }
    }

    /**
     * ISCHANGED and PRIORVALUE compare a field with its value before the save, so they take a
     * field of the record itself: not an expression, and not a related record's field, whose
     * prior value is not part of the record's prior version (the save is of this record, not of
     * the related one; a change of the relation itself is the lookup's change).
     */
    private void checkOwnField(Expr argument, ExprType type) {
        String name = spec.name();
        if (!(argument instanceof Expr.FieldRef ref)) {
            if (type != ExprType.ERROR) {
                error("not-a-field", argument.span(), name + " needs a field of the record, such as " + name
                        + "(Amount), not an expression: it compares the field with its value before the save");
            }
            return;
        }
        FieldPath path = checker.fieldRefs.get(ref);
        if (path != null && path.isRelated()) {
            String lookup = path.fields().get(0).name();
            error("related-field", ref.span(), name + " takes a field of the record itself, but " + path.text()
                    + " is a field of the related record; the record's prior version holds only its own fields: "
                    + "test the lookup itself, " + name + "(" + lookup + ")");
        }
    }

    /**
     * A literal argument of DATEVALUE, DATETIMEVALUE or TIMEVALUE is converted the way the
     * evaluator will convert it, so a bad one is a compile-time error rather than #Error!.
     */
    private void checkConversion(Expr.TextLiteral literal, FunctionSpec.Role role) {
        String text = literal.value();
        if (text.isBlank()) {
            return; // blank converts to blank
        }
        try {
            switch (role) {
                case DATE_TEXT -> Conversions.dateValue(text);
                case DATETIME_TEXT -> Conversions.dateTimeValue(text);
                default -> Conversions.timeValue(text);
            }
        } catch (FormulaError e) {
            String code = role == FunctionSpec.Role.DATE_TEXT ? "invalid-date"
                    : role == FunctionSpec.Role.DATETIME_TEXT ? "invalid-datetime" : "invalid-time";
            String form = role == FunctionSpec.Role.DATE_TEXT ? "a valid date; write YYYY-MM-DD, e.g. 2026-03-31"
                    : role == FunctionSpec.Role.DATETIME_TEXT
                    ? "a valid date/time; write YYYY-MM-DD HH:MM:SS (GMT), e.g. 2026-03-31 23:45:00"
                    : "a valid time; write HH:MM:SS, e.g. 16:45:00";
            invalidConstant(code, literal.span(), "'" + text + "' is not " + form);
        }
    }

    private void checkRegex(Expr.TextLiteral literal) {
        String regex = literal.value();
        if (regex.length() > MAX_CHECKED_REGEX_LENGTH || nesting(regex) > MAX_CHECKED_REGEX_NESTING) {
            return;
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            // the message the evaluator's TextFunctions.compileRegex would give at run time
            invalidConstant("invalid-regex", literal.span(), "invalid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : ""));
        }
    }

    private static int nesting(String regex) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '(' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == ')' || c == ']') {
                depth--;
            }
        }
        return max;
    }
}

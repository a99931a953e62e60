package io.stage7.check;

import io.stage7.ast.Expr;
import io.stage7.functions.DateFunctions;
import io.stage7.functions.FormulaError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The typing rules of functions whose type or checks depend on their arguments. */
final class CallTypings {

    private static final int MAX_LISTED_VALUES = 10;

    private CallTypings() {
    }

    /** IF: the two values must meet; the result is their common type. */
    static ExprType ifType(CallSite site) {
        ExprType common = ExprType.unify(site.type(1), site.type(2));
        if (common == null) {
            site.error("branch-type-mismatch", site.arg(2).span(), "IF branches must have the same type: "
                    + "value_if_true is " + site.type(1).label() + " but value_if_false is " + site.type(2).label());
            return ExprType.ERROR;
        }
        return common;
    }

    /** BLANKVALUE, NULLVALUE, MIN, MAX: every argument must meet the others. */
    static ExprType unifyAll(CallSite site) {
        ExprType common = ExprType.NULL;
        for (int i = 0; i < site.count(); i++) {
            ExprType next = ExprType.unify(common, site.type(i));
            if (next == null) {
                site.error("branch-type-mismatch", site.arg(i).span(), site.spec().name() + " arguments must have "
                        + "the same type: this one is " + site.type(i).label() + " but an earlier one is "
                        + common.label());
                return ExprType.ERROR;
            }
            common = next;
        }
        boolean numeric = site.spec().params().get(0).accepts().stream().allMatch(ExprType::isNumeric);
        return common == ExprType.NULL && numeric ? ExprType.NUMBER : common;
    }

    /** PRIORVALUE(field): the field's own type, picklists included; ERROR when the argument is no own field. */
    static ExprType priorValueType(CallSite site) {
        return site.ownField(0).map(FieldPath::type).orElse(ExprType.ERROR);
    }

    static ExprType firstNumeric(CallSite site) {
        return site.type(0).isNumeric() ? site.type(0) : ExprType.NUMBER;
    }

    /** ISPICKVAL and INCLUDES: the literal must be one of the field's declared values. */
    static void picklistValue(CallSite site) {
        if (!(site.arg(1) instanceof Expr.TextLiteral literal) || !site.type(0).isPicklist()) {
            return; // not a literal (reported), or not a picklist (reported)
        }
        boolean multi = site.spec().name().equals("INCLUDES");
        if (multi && literal.value().isBlank()) {
            site.error("blank-picklist-value", literal.span(), "INCLUDES needs a value to look for, not an empty text");
            return;
        }
        site.field(0).ifPresent(path -> checkDeclaredValue(site, literal, path.field()));
    }

    /** Reports {@code literal} when it is not a declared value of the picklist {@code field}. */
    static void checkDeclaredValue(CallSite site, Expr.TextLiteral literal, FieldType field) {
        if (literal.value().isEmpty() && field.kind() == FieldKind.PICKLIST) {
            return; // ISPICKVAL(f, "") and CASE(f, "", ...) are Salesforce's documented test for a blank picklist
        }
        if (!field.values().isEmpty() && !field.hasValue(literal.value())) {
            site.error("unknown-picklist-value", literal.span(), unknownValueMessage(literal.value(), field));
        }
    }

    static String unknownValueMessage(String value, FieldType field) {
        Optional<String> suggestion = Suggestions.closest(value, field.values());
        String kind = field.kind() == FieldKind.MULTIPICKLIST ? "multi-select picklist" : "picklist";
        String tail;
        if (suggestion.isPresent()) {
            tail = "; did you mean '" + suggestion.get() + "'?";
        } else if (field.values().size() <= MAX_LISTED_VALUES) {
            tail = "; its values are " + String.join(", ", field.values().stream().map(v -> "'" + v + "'").toList());
        } else {
            tail = "";
        }
        return "'" + value + "' is not a value of " + kind + " field " + field.name() + tail;
    }

    /**
     * DATE(y, m, d) with literal arguments must be a real date. The arguments are converted as the
     * evaluators convert them ({@link DateFunctions#date}: fractions truncate, so DATE(2020, 3.6,
     * 1.25) is 1 March 2020), so the checker and a run agree on every constant.
     */
    static void dateLiteral(CallSite site) {
        BigDecimal[] parts = new BigDecimal[3];
        StringBuilder written = new StringBuilder("DATE(");
        for (int i = 0; i < 3; i++) {
            if (!(site.arg(i) instanceof Expr.NumberLiteral number)) {
                return;
            }
            parts[i] = number.value();
            written.append(i > 0 ? ", " : "").append(number.value().toPlainString());
        }
        try {
            DateFunctions.date(parts[0], parts[1], parts[2]);
        } catch (FormulaError e) {
            site.invalidConstant("invalid-date", site.call().span(), written + ") is not a valid date"
                    + (e.getMessage().contains("range") ? ": Salesforce dates run from 1700-01-01 to 4000-12-31" : ""));
        }
    }

    /**
     * CASE(expression, value1, result1, ..., else_result): the values must be comparable with the
     * expression (declared values, as text literals, for a picklist), the results must meet, and
     * the last argument is the default.
     */
    static ExprType caseType(CallSite site) {
        int count = site.count();
        ExprType subject = site.type(0);
        FormulaChecker checker = site.checker();
        if (subject == ExprType.MULTIPICKLIST) {
            checker.picklistMisuse(site.arg(0), subject);
            subject = ExprType.ERROR;
        }
        boolean hasDefault = count % 2 == 0;
        if (!hasDefault) {
            site.error("case-missing-default", site.call().function().span(), "CASE needs a default result as its "
                    + "last argument: after the expression, arguments come in value, result pairs, then the default");
        }
        int pairsEnd = hasDefault ? count - 1 : count;
        Optional<FieldPath> picklist = subject == ExprType.PICKLIST ? site.field(0) : Optional.empty();
        List<Integer> results = new ArrayList<>();
        for (int i = 1; i < pairsEnd; i += 2) {
            checkCaseValue(site, i, subject, picklist);
            if (i + 1 < pairsEnd) {
                results.add(i + 1);
            }
        }
        if (hasDefault) {
            results.add(count - 1);
        }
        ExprType common = ExprType.NULL;
        for (int index : results) {
            ExprType result = checker.usable(site.arg(index), site.type(index));
            ExprType next = ExprType.unify(common, result);
            if (next == null) {
                site.error("branch-type-mismatch", site.arg(index).span(), "CASE results must have the same type: "
                        + "this one is " + result.label() + " but an earlier one is " + common.label());
                return ExprType.ERROR;
            }
            common = next;
        }
        return common;
    }

    private static void checkCaseValue(CallSite site, int index, ExprType subject, Optional<FieldPath> picklist) {
        Expr value = site.arg(index);
        ExprType type = site.checker().usable(value, site.type(index));
        if (subject == ExprType.PICKLIST) {
            if (!(value instanceof Expr.TextLiteral literal)) {
                if (type != ExprType.ERROR) {
                    site.error("not-a-literal", value.span(), "CASE on a picklist needs its values to be text "
                            + "literals in quotes");
                }
                return;
            }
            picklist.ifPresent(path -> checkDeclaredValue(site, literal, path.field()));
            return;
        }
        if (ExprType.unify(subject, type) == null) {
            site.error("type-mismatch", value.span(), "CASE value must have the type of the expression, "
                    + subject.label() + ", but this is " + type.label());
        }
    }
}

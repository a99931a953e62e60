package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.check.CheckedRules;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.RecordType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * ISPICKVAL and a CASE on a picklist compare with the field's declared instances, the ones records
 * hold, so that a match is found by identity; a Text field keeps the literal's own.
 */
class DeclaredInstancesTest {
    private static final String RULES = """
            object T {
              P  Picklist("EMEA", "APAC", "AMER")
              X  Text
            }
            requirement A on T {
              error when ISPICKVAL(P, "APAC")
              message "m"
            }
            requirement B on T {
              error when CASE(P, "EMEA", 1, "AMER", 2, 0) = 1
              message "m"
            }
            requirement C on T {
              error when CASE(X, "EMEA", 1, 0) = 1
              message "m"
            }
            """;

    @Test
    void picklistConstantsAreTheDeclaredInstances() {
        CheckedRules rules = Rules.parse(RULES);
        RecordType type = RuleSet.compile(rules, RuleSet.Backend.BYTECODE).recordType("T");
        List<String> declared = type.field(type.slotOf("P").orElseThrow()).values();
        ExprCompiler exprs = new ExprCompiler(rules, type, PolicyRuntime.of(rules));

        CompareNodes.TextEqualsConstant ispickval = (CompareNodes.TextEqualsConstant) exprs.cond(condition(rules, 0));
        assertSame(declared.get(1), ispickval.constant);

        CaseNodes.TextConstants onPicklist = matcher(exprs, condition(rules, 1));
        assertSame(declared.get(0), onPicklist.values[0]);
        assertSame(declared.get(2), onPicklist.values[1]);

        CaseNodes.TextConstants onText = matcher(exprs, condition(rules, 2));
        assertNotSame(declared.get(0), onText.values[0]);
    }

    private static Expr condition(CheckedRules rules, int requirement) {
        return rules.requirements().get(requirement).condition();
    }

    /** The matcher of the CASE on the left of {@code CASE(...) = 1}. */
    private static CaseNodes.TextConstants matcher(ExprCompiler exprs, Expr comparison) {
        Val<?> choice = exprs.value(((Expr.Binary) comparison).left());
        Object matcher = choice instanceof CaseNodes.Choice<?> c ? c.matcher : ((CaseNodes.CaseValue<?>) choice).matcher;
        return (CaseNodes.TextConstants) matcher;
    }
}

package io.stage7.eval.interp;

import io.stage7.ast.Decl;
import io.stage7.ast.Expr;
import io.stage7.ast.Formulas;
import io.stage7.check.RouteEntry;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The minimal-parentheses printer used for explained sub-expressions. */
class FormulaTextTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "a - b - c => a - b - c",
            "a - (b - c) => a - (b - c)",
            "(a - b) - c => a - b - c",
            "a * (b + c) => a * (b + c)",
            "(a * b) + c => a * b + c",
            "2 ^ 3 ^ 2 => 2 ^ 3 ^ 2",
            "(2 ^ 3) ^ 2 => (2 ^ 3) ^ 2",
            "-2 ^ 2 => (-2) ^ 2",
            "-(2 ^ 2) => -(2 ^ 2)",
            "- -a => -(-a)",
            "!(a && b) => !(a && b)",
            "(a || b) && c => (a || b) && c",
            "a || (b && c) => a || b && c",
            "(a = b) = c => a = b = c",
            "a = (b = c) => a = (b = c)",
            "\"x\" & (y + z) => \"x\" & (y + z)",
            "IF((a), ((1)), 2) => IF(a, 1, 2)",
            "isblank(Account.Name) => isblank(Account.Name)",
            "'it\\'s' => \"it's\"",
    })
    void printsOnlyTheParenthesesPrecedenceNeeds(String written, String printed) {
        assertEquals(printed, FormulaText.of(parse(written)));
    }

    /** Every formula of the shipped rules and of the semantics table reads back as the same tree. */
    @Test
    void printedFormulasParseBackToTheSameTree() {
        List<Expr> formulas = new ArrayList<>();
        ShippedRules shipped = ShippedRules.load();
        shipped.rules.requirements().forEach(r -> formulas.add(r.condition()));
        shipped.rules.routingSets().forEach(set -> {
            for (RouteEntry entry : set.entries()) {
                entry.condition().ifPresent(formulas::add);
                formulas.addAll(entry.assignments().values());
            }
        });
        FormulaTable table = FormulaTable.load();
        table.cases.forEach(c -> formulas.add(table.formula(c)));
        for (Expr formula : formulas) {
            String printed = FormulaText.of(formula);
            assertEquals(Formulas.parenthesized(formula), Formulas.parenthesized(parse(printed)), printed);
        }
    }

    private static Expr parse(String formula) {
        LoadResult load = RulesLoader.parse("formula.rules",
                "requirement R on O { error when " + formula + " message \"m\" }");
        assertEquals(List.of(), load.diagnostics(), formula);
        Decl.RequirementDecl requirement = (Decl.RequirementDecl) load.program().declarations().get(0);
        return requirement.condition().orElseThrow();
    }
}

package io.stage7.eval.compiled;

import io.stage7.check.CheckResult;
import io.stage7.check.Checker;
import io.stage7.check.CheckedRules;
import io.stage7.diag.Diagnostic;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rules file of generated formulas over {@link FormulaGenerator#OBJECTS}: one requirement per
 * formula (the formula itself when it is a Checkbox, else {@code ISBLANK(formula)}), and a
 * routing set whose entries use generated conditions and assignments. Formulas that do not
 * check are dropped, one declaration at a time.
 */
final class GeneratedRules {
    final CheckedRules rules;
    final int generated;
    final int kept;

    private GeneratedRules(CheckedRules rules, int generated, int kept) {
        this.rules = rules;
        this.generated = generated;
        this.kept = kept;
    }

    static GeneratedRules generate(long seed, int formulas, int routingEntries, int depth) {
        return generate(seed, formulas, routingEntries, depth, FormulaGenerator.Literals.ORDINARY);
    }

    static GeneratedRules generate(long seed, int formulas, int routingEntries, int depth,
                                   FormulaGenerator.Literals literals) {
        FormulaGenerator generator = new FormulaGenerator(seed, literals);
        List<String> declarations = new ArrayList<>();
        for (int i = 0; i < formulas; i++) {
            FormulaGenerator.Kind kind = generator.anyKind();
            String formula = generator.formula(kind, depth);
            String condition = kind == FormulaGenerator.Kind.CHECKBOX ? formula : "ISBLANK(" + formula + ")";
            declarations.add("requirement F" + i + " on T {\n  " + (i % 5 == 0 ? "warning" : "error") + " when "
                    + condition + "\n  message \"F" + i + " fired\"\n" + (i % 3 == 0 ? "  field N1\n" : "") + "}\n");
        }
        StringBuilder routing = new StringBuilder("routing Generated on T {\n");
        for (int e = 0; e < routingEntries; e++) {
            routing.append("  when ").append(generator.formula(FormulaGenerator.Kind.CHECKBOX, depth - 1))
                    .append("\n    assign queue = ").append(generator.formula(FormulaGenerator.Kind.TEXT, 2))
                    .append(", region = ").append(e % 4 == 0 ? "BLANKVALUE(T2, \"R\")" : "\"R\"")
                    .append(", priority = ").append(generator.formula(FormulaGenerator.Kind.NUMBER, 2))
                    .append(", complexity = ").append(e % 2 == 0 ? "\"complex\"" : "IF(B1, \"standard\", NULL)")
                    .append(", not_before = ").append(generator.formula(FormulaGenerator.Kind.DATETIME, 2))
                    .append('\n');
        }
        if (seed % 2 == 0) {
            routing.append("  otherwise\n    assign queue = \"Rest\", region = \"R\"\n");
        }
        declarations.add(routing.append("}\n").toString());
        return check(declarations, formulas);
    }

    /** Checks the declarations, dropping those with errors until the rest check cleanly. */
    private static GeneratedRules check(List<String> declarations, int formulas) {
        List<String> current = new ArrayList<>(declarations);
        for (int attempt = 0; attempt < 3; attempt++) {
            StringBuilder text = new StringBuilder(FormulaGenerator.OBJECTS);
            int line = (int) FormulaGenerator.OBJECTS.lines().count() + 1;
            List<int[]> ranges = new ArrayList<>();
            for (String declaration : current) {
                int lines = (int) declaration.lines().count();
                ranges.add(new int[] {line, line + lines - 1});
                line += lines;
                text.append(declaration);
            }
            LoadResult load = RulesLoader.parse("generated.rules", text.toString());
            List<Diagnostic> errors = new ArrayList<>(load.diagnostics().stream().filter(Diagnostic::isError).toList());
            CheckedRules rules = null;
            if (errors.isEmpty()) {
                CheckResult check = Checker.check(load.program());
                errors.addAll(check.diagnostics().stream().filter(Diagnostic::isError).toList());
                rules = check.rules();
            }
            if (errors.isEmpty()) {
                int kept = (int) current.stream().filter(d -> d.startsWith("requirement")).count();
                return new GeneratedRules(rules, formulas, kept);
            }
            Set<Integer> bad = new HashSet<>();
            for (Diagnostic error : errors) {
                for (int i = 0; i < ranges.size(); i++) {
                    if (error.span().line() >= ranges.get(i)[0] && error.span().line() <= ranges.get(i)[1]) {
                        bad.add(i);
                    }
                }
            }
            if (bad.isEmpty()) {
                throw new AssertionError("errors outside generated declarations: " + errors.subList(0, 1));
            }
            List<String> next = new ArrayList<>();
            for (int i = 0; i < current.size(); i++) {
                if (!bad.contains(i)) {
                    next.add(current.get(i));
                }
            }
            current = next;
        }
        throw new AssertionError("generated rules still do not check after dropping the failing declarations");
    }
}

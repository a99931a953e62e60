package io.stage7.sfdx;

import io.stage7.ast.Formulas;
import io.stage7.sfdx.SfdxModel.Detail;
import io.stage7.sfdx.SfdxModel.SfdxField;
import io.stage7.sfdx.SfdxModel.SfdxRule;

import java.util.List;

/**
 * Writes the rules text import produces: object declarations with their field details, and
 * requirements whose formula sits on its own lines, indented by {@link #FORMULA_INDENT}, exactly
 * as the validation rule holds it, so positions map back to the XML and export can take it out
 * unchanged.
 */
final class RulesText {

    static final String FORMULA_INDENT = "    ";

    private final StringBuilder text = new StringBuilder();
    private int line = 1;

    /** The text written so far. */
    String text() {
        return text.toString();
    }

    /** The 1-based line the next write starts on. */
    int line() {
        return line;
    }

    RulesText append(String s) {
        text.append(s);
        line += (int) s.chars().filter(c -> c == '\n').count();
        return this;
    }

    /**
     * Writes {@code object Name { ... }}, the object's details after its name, one a line, and
     * calls back with each field's lines.
     */
    void object(String name, List<Detail> details, List<SfdxField> fields, FieldLines lines) {
        append("object ").append(name);
        for (Detail detail : details) {
            append("\n    ").append(detail.key()).append(" ").append(detail.value());
        }
        append(details.isEmpty() ? " {\n" : "\n{\n");
        for (SfdxField field : fields) {
            int start = line;
            append("  ").append(field.name()).append(" ").append(field.type());
            append("\n");
            for (Detail detail : field.details()) {
                append("    ").append(detail.key()).append(" ").append(detail.value()).append("\n");
            }
            lines.field(field, start, line - 1);
        }
        append("}\n");
    }

    /** Writes a requirement for {@code rule}; returns the lines of its formula and its field clause. */
    Lines requirement(String name, String object, SfdxRule rule, Formula formula) {
        append("requirement ").append(name).append(" on ").append(object).append(" {\n");
        rule.description().ifPresent(d -> append("  description ").append(Formulas.quote(d)).append("\n"));
        append("  error when\n");
        int start = line;
        for (String formulaLine : formula.lines()) {
            append(formulaLine.isEmpty() ? "" : FORMULA_INDENT).append(formulaLine).append("\n");
        }
        append("  message ").append(Formulas.quote(rule.message())).append("\n");
        int field = rule.displayField().isPresent() ? line : -1;
        rule.displayField().ifPresent(f -> append("  field ").append(f).append("\n"));
        if (!rule.active()) {
            append("  active false\n");
        }
        append("}\n");
        return new Lines(start, field);
    }

    /** Where a requirement's formula starts, and the line of its {@code field} clause (-1 without one). */
    record Lines(int formula, int field) {
    }

    /** Receives the lines a field's declaration took. */
    interface FieldLines {
        void field(SfdxField field, int first, int last);
    }

    /**
     * A validation rule's formula as import writes it: leading blank lines and trailing white
     * space dropped.
     *
     * @param lead how many characters of the XML text come before the first line
     */
    record Formula(List<String> lines, int lead) {
        Formula {
            lines = List.copyOf(lines);
        }

        static Formula of(String xmlText) {
            String text = xmlText.replace("\r\n", "\n").replace('\r', '\n');
            int firstNonBlank = 0;
            while (firstNonBlank < text.length() && Character.isWhitespace(text.charAt(firstNonBlank))) {
                firstNonBlank++;
            }
            int lead = text.lastIndexOf('\n', firstNonBlank - 1) + 1;
            return new Formula(List.of(text.substring(lead).stripTrailing().split("\n", -1)), lead);
        }

        /** The index in the formula's XML text of a 1-based column on the formula's {@code k}-th line. */
        int textIndex(int k, int column) {
            int index = lead;
            for (int j = 0; j < k && j < lines.size(); j++) {
                index += lines.get(j).length() + 1;
            }
            if (k >= lines.size()) {
                return index;
            }
            String at = lines.get(k);
            int indent = at.isEmpty() ? 0 : FORMULA_INDENT.length();
            int codePoints = Math.max(0, Math.min(column - 1 - indent, at.codePointCount(0, at.length())));
            return index + at.offsetByCodePoints(0, codePoints);
        }
    }
}

package io.stage7.sfdx;

import io.stage7.diag.SourceSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * A requirement's formula as its rules file spells it, comments and line breaks included: what
 * export writes as the validation rule's error condition (line comments become block comments,
 * the only kind Salesforce has). The formula starts after the
 * {@code when} of its clause (comments between the two belong to it) and ends with its last
 * token, or with comments that start on that token's line.
 */
final class FormulaSource {

    private FormulaSource() {
    }

    /** The formula text of the condition at {@code span} in {@code text}, indentation taken out. */
    static String of(String text, SourceSpan span) {
        int start = text.offsetByCodePoints(0, span.startOffset());
        int end = text.offsetByCodePoints(0, span.endOffset());
        int from = start;
        for (int when = text.lastIndexOf("when", start); when >= 0; when = text.lastIndexOf("when", when - 1)) {
            if (skipSpaceAndComments(text, when + 4, true) == start) {
                from = when + 4;
                break;
            }
        }
        int to = trailingComments(text, end);
        return blockComments(unindent(text.substring(from, to).replace("\r\n", "\n").replace('\r', '\n')));
    }

    /**
     * The formula with each {@code // line comment} written as a block comment: Salesforce's
     * formulas know only {@code /* ... *}{@code /}. Strings and block comments are stepped over.
     */
    static String blockComments(String formula) {
        StringBuilder out = new StringBuilder(formula.length());
        int i = 0;
        while (i < formula.length()) {
            char c = formula.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < formula.length() && formula.charAt(end) != c && formula.charAt(end) != '\n') {
                    end += formula.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(formula.length(), end + 1);
                out.append(formula, i, end);
                i = end;
            } else if (formula.startsWith("/*", i)) {
                int close = formula.indexOf("*/", i + 2);
                int end = close < 0 ? formula.length() : close + 2;
                out.append(formula, i, end);
                i = end;
            } else if (formula.startsWith("//", i)) {
                int eol = formula.indexOf('\n', i);
                int end = eol < 0 ? formula.length() : eol;
                out.append("/*").append(formula.substring(i + 2, end).replace("*/", "* /").stripTrailing())
                        .append(" */");
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether only white space and comments follow {@code codePoint} (0-based) in {@code line}. */
    static boolean onlyCommentsAfter(String line, int codePoint) {
        if (codePoint < 0 || codePoint > line.codePointCount(0, line.length())) {
            return false;
        }
        int at = line.offsetByCodePoints(0, codePoint);
        return skipSpaceAndComments(line, at, true) == line.length();
    }

    /** The index after white space and comments from {@code at}; across lines when {@code lines}. */
    private static int skipSpaceAndComments(String text, int at, boolean lines) {
        int i = at;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\u00A0' || (lines && (c == '\n' || c == '\r'))) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                if (!lines) {
                    return i;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                return i;
            }
        }
        return i;
    }

    /** The end of the comments that start on the formula's last line, after {@code end}. */
    private static int trailingComments(String text, int end) {
        int to = end;
        int i = end;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (text.startsWith("//", i)) {
                int eol = text.indexOf('\n', i);
                to = eol < 0 ? text.length() : eol;
                if (to > i && text.charAt(to - 1) == '\r') {
                    to--;
                }
                return to;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
                to = i;
            } else {
                return to;
            }
        }
        return to;
    }

    /**
     * Takes out the rules file's indentation. A formula that starts on the {@code when} line keeps
     * its other lines as they are; one that starts on a line of its own loses the white space that
     * all its lines begin with.
     */
    private static String unindent(String region) {
        List<String> lines = new ArrayList<>(List.of(region.split("\n", -1)));
        if (!lines.get(0).isBlank()) {
            lines.set(0, lines.get(0).stripLeading());
            return String.join("\n", lines);
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        String common = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            int n = 0;
            while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
                n++;
            }
            String indent = line.substring(0, n);
            common = common == null ? indent : commonPrefix(common, indent);
        }
        int cut = common == null ? 0 : common.length();
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.length() >= cut ? line.substring(cut) : "");
        }
        return String.join("\n", out);
    }

    private static String commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return a.substring(0, n);
    }
}

package io.stage7.syntax;

import io.stage7.diag.Diagnostics;
import io.stage7.diag.SourceSpan;

/** Decodes string literals: strips the quotes and resolves Salesforce's backslash escapes. */
final class Literals {
    private Literals() {
    }

    /**
     * The value of a quoted literal. An unknown escape is reported at its own column and kept
     * as written, so one typo yields one diagnostic.
     */
    static String unquote(String quoted, SourceSpan span, Diagnostics diagnostics) {
        String body = quoted.substring(1, quoted.length() - 1);
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case '"', '\'', '\\' -> out.append(next);
                default -> {
                    int column = span.column() + i; // the quote is column 0 of the body's offset
                    SourceSpan at = new SourceSpan(span.path(), span.line(), column, span.line(), column + 2,
                            span.startOffset() + i, span.startOffset() + i + 2);
                    diagnostics.error("bad-escape", at, "unknown escape sequence '\\" + next
                            + "' (use \\\\ for a backslash; known escapes: \\\" \\' \\\\ \\n \\t \\r \\b \\f)");
                    out.append('\\').append(next);
                }
            }
        }
        return out.toString();
    }
}

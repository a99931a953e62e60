package io.stage7.syntax;

import io.stage7.diag.Diagnostics;
import io.stage7.syntax.internal.Stage7Lexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Runs the lexer over a whole file before the parser sees it. It reports the lexical problems
 * the parser would only stumble over (a stray character, a string or comment that never ends),
 * and it refuses input nested so deeply that a recursive-descent parser would exhaust its stack:
 * parentheses, runs of prefix operators and right-associative {@code ^} chains all recurse.
 */
final class TokenGuard {
    /** Salesforce rejects formulas long before this; it keeps every later phase's recursion shallow. */
    static final int MAX_NESTING = 100;

    private TokenGuard() {
    }

    /** The tokens to parse, or empty when the file is nested too deeply to parse safely. */
    static Optional<List<Token>> scan(TokenSource lexer, Spans spans, Diagnostics diagnostics) {
        List<Token> tokens = new ArrayList<>();
        Deque<Integer> outerRuns = new ArrayDeque<>();
        int outerDepth = 0;   // open parentheses plus the recursive runs enclosing them
        int run = 0;          // prefix operators and ^ since the last left-associative operator
        Token previous = null; // last token on the default channel
        for (Token token = lexer.nextToken(); ; token = lexer.nextToken()) {
            int type = token.getType();
            if (type == Stage7Lexer.BAD_CHAR) {
                int cp = token.getText().codePointAt(0);
                Optional<String> meant = LookAlikes.meant(cp);
                diagnostics.error("unexpected-character", spans.of(token), "unexpected character '" + printable(cp)
                        + "' (" + LookAlikes.describe(cp) + ")" + meant.map(text -> LookAlikes.isQuote(cp)
                        ? "; did you mean a straight quote (" + text + ")?" : "; did you mean '" + text + "'?").orElse(""));
                Token bad = token;
                Optional<Token> replaced = meant.filter(text -> !LookAlikes.isQuote(cp)).map(text -> retyped(bad, text));
                if (replaced.isEmpty()) {
                    continue;
                }
                token = replaced.get();
                type = token.getType();
            }
            if (type == Stage7Lexer.CURLY_STRING) {
                token = curlyString(token, spans, diagnostics);
                type = Stage7Lexer.STRING;
            }
            if (type == Stage7Lexer.BLOCK_COMMENT && !token.getText().endsWith("*/")) {
                diagnostics.error("unterminated-comment", spans.of(token).to(spans.of(token)),
                        "unterminated comment: '/*' has no matching '*/'");
            }
            if (type == Stage7Lexer.UNTERMINATED_STRING) {
                diagnostics.error("unterminated-string", spans.of(token),
                        "unterminated string: add the closing " + token.getText().charAt(0) + curlyInside(token.getText()));
                CommonToken closed = new CommonToken(token);
                closed.setType(Stage7Lexer.STRING);
                closed.setText(token.getText() + token.getText().charAt(0));
                token = closed;
                type = Stage7Lexer.STRING;
            }
            tokens.add(token);
            if (type == Token.EOF) {
                return Optional.of(tokens);
            }
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (type == Stage7Lexer.LPAREN) {
                outerRuns.push(run);
                outerDepth += run + 1;
                run = 0;
            } else if (type == Stage7Lexer.RPAREN) {
                if (!outerRuns.isEmpty()) {
                    run = outerRuns.pop();
                    outerDepth -= run + 1;
                }
            } else if (type == Stage7Lexer.CARET || (isPrefixable(type) && !endsOperand(previous))) {
                run++;
            } else if (!isOperand(type)) {
                run = 0;
            }
            if (outerDepth + run > MAX_NESTING) {
                diagnostics.error("nesting-too-deep", spans.of(token),
                        "expression nested more than " + MAX_NESTING
                                + " levels deep; split it into simpler rules");
                return Optional.empty();
            }
            previous = token;
        }
    }

    /**
     * A string in typographic quotes, reported once with the fix, and read on as the straight-quoted
     * string it was meant to be, so the rest of the file is still checked.
     */
    private static Token curlyString(Token token, Spans spans, Diagnostics diagnostics) {
        String text = token.getText();
        int open = text.codePointAt(0);
        int close = text.codePointBefore(text.length());
        boolean doubled = LookAlikes.meant(open).filter(meant -> meant.equals("\"")).isPresent();
        char quote = doubled ? '"' : '\'';
        String inner = text.substring(Character.charCount(open), text.length() - Character.charCount(close));
        String straight = quote + inner + quote;
        String marks = close == quote ? "'" + printable(open) + "' (" + LookAlikes.describe(open) + ")"
                : "'" + printable(open) + "' (" + LookAlikes.describe(open) + ") and '" + printable(close) + "' ("
                + LookAlikes.describe(close) + ")";
        diagnostics.error("curly-quotes", spans.of(token), "this string is in curly quotes, " + marks
                + "; formulas take straight quotes: write " + straight);
        CommonToken fixed = new CommonToken(token);
        fixed.setType(Stage7Lexer.STRING);
        fixed.setText(straight);
        return fixed;
    }

    /**
     * A look-alike read on as the token its ASCII text makes ({@code -}, {@code <=}, {@code (}), so
     * one typographic dash does not also cost a syntax error for everything after it.
     */
    private static Token retyped(Token token, String ascii) {
        CommonToken fixed = new CommonToken(token);
        fixed.setType(new Stage7Lexer(CharStreams.fromString(ascii)).nextToken().getType());
        fixed.setText(ascii);
        return fixed;
    }

    /** The hint for an unterminated string that holds a curly quote, probably meant to close it. */
    private static String curlyInside(String text) {
        return text.codePoints().skip(1).filter(LookAlikes::isQuote)
                .findFirst().stream().mapToObj(cp -> "; the '" + printable(cp) + "' (" + LookAlikes.describe(cp)
                        + ") in it is not a quote: type a straight one")
                .findFirst().orElse("");
    }

    private static boolean isPrefixable(int type) {
        return type == Stage7Lexer.MINUS || type == Stage7Lexer.PLUS || type == Stage7Lexer.BANG;
    }

    private static boolean isOperand(int type) {
        return type == Stage7Lexer.NUMBER || type == Stage7Lexer.STRING || type == Stage7Lexer.IDENT
                || type == Stage7Lexer.TRUE || type == Stage7Lexer.FALSE || type == Stage7Lexer.NULL
                || type == Stage7Lexer.DOT || isKeyword(type);
    }

    /** Whether a '-' after this token is binary (the token ends an operand) rather than prefix. */
    private static boolean endsOperand(Token previous) {
        if (previous == null) {
            return false;
        }
        int type = previous.getType();
        return type == Stage7Lexer.RPAREN || type == Stage7Lexer.NUMBER || type == Stage7Lexer.STRING
                || type == Stage7Lexer.TRUE || type == Stage7Lexer.FALSE || type == Stage7Lexer.NULL
                || type == Stage7Lexer.IDENT || type == Stage7Lexer.TIME || isKeyword(type);
    }

    /** Whether the token type is a declaration keyword (all of them are also valid names). */
    static boolean isKeyword(int type) {
        return type >= Stage7Lexer.INCLUDE && type <= Stage7Lexer.PUBLIC;
    }

    static String printable(int cp) {
        if (Character.isISOControl(cp) || Character.isWhitespace(cp) || !Character.isDefined(cp)) {
            return "\\u" + String.format("%04X", cp);
        }
        return new String(Character.toChars(cp));
    }
}

package io.stage7.syntax;

import io.stage7.diag.Diagnostics;
import io.stage7.diag.Limit;
import io.stage7.diag.SourceSpan;
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
    /** The longest number literal: far past Salesforce's 18 digits, short of BigDecimal's slow sizes. */
    static final Limit MAX_NUMBER_LITERAL = Limit.of("stage7.limit.numberLength", 100);
    /** The longest text literal, in characters: Salesforce's Long Text Area. */
    static final Limit MAX_TEXT_LITERAL = Limit.of("stage7.limit.textLength", 131_072);
    /**
     * The longest line, in characters (1 Mi): far past anything written by hand, it stops a
     * generated one-line file before the lexer and parser hold it whole.
     */
    static final Limit MAX_LINE = Limit.of("stage7.limit.lineLength", 1_048_576);

    private TokenGuard() {
    }

    /** The tokens to parse, or empty when the file is nested too deeply to parse safely. */
    static Optional<List<Token>> scan(TokenSource lexer, Spans spans, Diagnostics diagnostics) {
        List<Token> tokens = new ArrayList<>();
        Deque<Integer> outerRuns = new ArrayDeque<>();
        int outerDepth = 0;   // open parentheses plus the recursive runs enclosing them
        int run = 0;          // prefix operators and ^ since the last left-associative operator
        Token previous = null; // last token on the default channel
        boolean tooLong = false;
        for (Token token = lexer.nextToken(); ; token = lexer.nextToken()) {
            int type = token.getType();
            if (type == Stage7Lexer.NUMBER && MAX_NUMBER_LITERAL.exceededBy(token.getText().length())) {
                diagnostics.error("number-too-long", spans.of(token), String.format("number literal of %,d characters;"
                        + " for a number literal %s", token.getText().length(), MAX_NUMBER_LITERAL.explain()));
                tooLong = true;
            } else if ((type == Stage7Lexer.STRING || type == Stage7Lexer.UNTERMINATED_STRING)
                    && MAX_TEXT_LITERAL.exceededBy(token.getText().length() - 2)) {
                diagnostics.error("text-too-long", spans.of(token), String.format("text literal of %,d characters;"
                        + " for a text literal %s", token.getText().length() - 2, MAX_TEXT_LITERAL.explain()));
                tooLong = true;
            }
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
                return tooLong ? Optional.empty() : Optional.of(tokens);
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
     * Whether every line of {@code text} is within {@link #MAX_LINE}; if not, reports the first
     * that is not, at the column where it passes the limit.
     */
    static boolean linesWithinLimit(String text, String path, Diagnostics diagnostics) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (MAX_LINE.exceededBy(i - lineStart)) {
                    int column = (int) MAX_LINE.value() + 1;
                    int offset = lineStart + column - 1;
                    diagnostics.error("line-too-long", new SourceSpan(path, line, column, line, column + 1, offset,
                            offset + 1), String.format("line %d is %,d characters long; for a line %s", line,
                            i - lineStart, MAX_LINE.explain()));
                    return false;
                }
                if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return true;
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

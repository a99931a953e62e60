package io.stage7.syntax;

import io.stage7.diag.Diagnostics;
import io.stage7.syntax.internal.Stage7Lexer;
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
                diagnostics.error("unexpected-character", spans.of(token),
                        String.format("unexpected character '%s' (U+%04X)", printable(cp), cp));
                continue;
            }
            if (type == Stage7Lexer.BLOCK_COMMENT && !token.getText().endsWith("*/")) {
                diagnostics.error("unterminated-comment", spans.of(token).to(spans.of(token)),
                        "unterminated comment: '/*' has no matching '*/'");
            }
            if (type == Stage7Lexer.UNTERMINATED_STRING) {
                diagnostics.error("unterminated-string", spans.of(token),
                        "unterminated string: add the closing " + token.getText().charAt(0));
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

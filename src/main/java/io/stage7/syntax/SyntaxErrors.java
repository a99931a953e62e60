package io.stage7.syntax;

import io.stage7.diag.Diagnostics;
import io.stage7.syntax.internal.Stage7Lexer;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns ANTLR's syntax errors into diagnostics an analyst can act on: "expected '}' but found
 * 'when'" rather than a dump of the parser's expected-token set.
 */
final class SyntaxErrors extends BaseErrorListener {
    /** Past this many errors in one file, the rest are noise from the first. */
    static final int MAX_ERRORS_PER_FILE = 50;

    private final Spans spans;
    private final Diagnostics diagnostics;
    private int count;

    SyntaxErrors(Spans spans, Diagnostics diagnostics) {
        this.spans = spans;
        this.diagnostics = diagnostics;
    }

    int count() {
        return count;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String antlrMessage, RecognitionException e) {
        count++;
        if (count > MAX_ERRORS_PER_FILE) {
            return;
        }
        if (!(offendingSymbol instanceof Token token)) {
            return; // the lexer never errors: TokenGuard turned every bad character into a diagnostic
        }
        String message;
        if (count == MAX_ERRORS_PER_FILE) {
            message = "too many syntax errors; stopping here";
        } else {
            message = describe((Parser) recognizer, token, antlrMessage, e);
        }
        diagnostics.error("syntax", spans.of(token), message);
    }

    private static String describe(Parser parser, Token token, String antlrMessage, RecognitionException e) {
        String found = found(token);
        IntervalSet expected = e != null ? e.getExpectedTokens() : null;
        if (expected == null || expected.isNil()) {
            if (antlrMessage.startsWith("missing ")) {
                expected = parser.getExpectedTokens();
            } else if (antlrMessage.startsWith("extraneous input")) {
                return "unexpected " + found;
            }
        }
        if (e instanceof NoViableAltException) {
            return "unexpected " + found;
        }
        if (expected != null && !expected.isNil()) {
            String list = expectedList(expected, parser.getVocabulary());
            if (list != null) {
                return "expected " + list + " but found " + found;
            }
        }
        if (e instanceof InputMismatchException) {
            return "unexpected " + found;
        }
        return "unexpected " + found;
    }

    private static String found(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of file";
        }
        return switch (token.getType()) {
            case Stage7Lexer.STRING -> "string " + token.getText();
            case Stage7Lexer.NUMBER -> "number " + token.getText();
            case Stage7Lexer.TIME -> "time " + token.getText();
            default -> "'" + token.getText() + "'";
        };
    }

    /** A short readable list, or null when the set is too large to be useful. */
    private static String expectedList(IntervalSet expected, Vocabulary vocabulary) {
        List<Integer> types = expected.toList();
        boolean name = types.contains(Stage7Lexer.IDENT);
        List<String> words = new ArrayList<>();
        if (name) {
            words.add("a name");
        }
        for (int type : types) {
            if (name && (TokenGuard.isKeyword(type) || type == Stage7Lexer.IDENT)) {
                continue; // keywords are names too; "a name" covers them
            }
            words.add(describeType(type, vocabulary));
        }
        if (words.size() > 4) {
            return null;
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String describeType(int type, Vocabulary vocabulary) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case Stage7Lexer.IDENT -> "a name";
            case Stage7Lexer.STRING -> "a string";
            case Stage7Lexer.NUMBER -> "a number";
            case Stage7Lexer.TIME -> "a time (HH:MM)";
            default -> {
                String literal = vocabulary.getLiteralName(type);
                yield literal != null ? literal : vocabulary.getDisplayName(type).toLowerCase(java.util.Locale.ROOT);
            }
        };
    }
}

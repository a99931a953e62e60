package io.stage7.syntax;

import io.stage7.diag.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Source spans from ANTLR tokens and contexts. */
final class Spans {
    private final String path;

    Spans(String path) {
        this.path = path;
    }

    SourceSpan of(Token token) {
        int line = token.getLine();
        int column = token.getCharPositionInLine() + 1;
        String text = token.getType() == Token.EOF ? "" : token.getText();
        int endLine = line;
        int endColumn = column;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                endLine++;
                endColumn = 1;
            } else {
                endColumn++;
            }
        }
        int start = Math.max(0, token.getStartIndex());
        int stop = Math.max(start, token.getStopIndex() + 1);
        return new SourceSpan(path, Math.max(1, line), Math.max(1, column), Math.max(1, endLine),
                Math.max(1, endColumn), start, stop);
    }

    SourceSpan of(ParserRuleContext ctx) {
        SourceSpan start = of(ctx.getStart());
        Token stopToken = ctx.getStop();
        if (stopToken == null || stopToken.getTokenIndex() < ctx.getStart().getTokenIndex()) {
            return start;
        }
        return start.to(of(stopToken));
    }

    SourceSpan startOfFile() {
        return SourceSpan.startOf(path);
    }
}

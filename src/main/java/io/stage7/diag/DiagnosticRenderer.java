package io.stage7.diag;

import java.util.List;
import java.util.Map;

/**
 * Renders diagnostics the way compilers do: the location and message on one line, then the
 * source line, then a caret under the column with tildes under the rest of the span.
 */
public final class DiagnosticRenderer {
    /** Lines longer than this are shown as a window around the column. */
    private static final int MAX_SHOWN = 160;
    private static final int CONTEXT = 60;

    private final Map<String, SourceText> sources;

    public DiagnosticRenderer(Map<String, SourceText> sources) {
        this.sources = Map.copyOf(sources);
    }

    /** Every diagnostic rendered, in the order given. */
    public String renderAll(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(render(d)));
        return out.toString();
    }

    public String render(Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder(diagnostic.toString()).append('\n');
        SourceText source = sources.get(diagnostic.span().path());
        SourceSpan span = diagnostic.span();
        if (source == null || span.line() > source.lineCount()) {
            return out.toString();
        }
        int[] line = source.line(span.line()).codePoints().toArray();
        int caret = Math.min(span.column() - 1, line.length);
        int width = span.endLine() == span.line() ? span.endColumn() - span.column() : line.length - caret;
        width = Math.max(1, Math.min(width, Math.max(1, line.length - caret)));
        int from = 0;
        int to = line.length;
        if (line.length > MAX_SHOWN) {
            from = Math.max(0, caret - CONTEXT);
            to = Math.min(line.length, caret + CONTEXT);
            width = Math.min(width, to - caret);
        }
        StringBuilder text = new StringBuilder();
        StringBuilder marker = new StringBuilder();
        if (from > 0) {
            text.append("...");
            marker.append("   ");
        }
        for (int i = from; i < to; i++) {
            int cp = line[i];
            boolean tab = cp == '\t';
            text.appendCodePoint(tab ? '\t' : Character.isISOControl(cp) ? '\uFFFD' : cp);
            if (i < caret) {
                marker.append(tab ? '\t' : ' ');
            }
        }
        if (to < line.length) {
            text.append("...");
        }
        marker.append('^');
        marker.append("~".repeat(Math.max(0, width - 1)));
        out.append(text).append('\n').append(marker).append('\n');
        return out.toString();
    }
}

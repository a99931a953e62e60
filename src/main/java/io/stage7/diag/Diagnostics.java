package io.stage7.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * A collector that phases report into. Not thread-safe: each phase run owns one.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    private int errorCount;

    public void report(Diagnostic diagnostic) {
        items.add(diagnostic);
        if (diagnostic.isError()) {
            errorCount++;
        }
    }

    public void error(String code, SourceSpan span, String message) {
        report(Diagnostic.error(code, span, message));
    }

    public void warning(String code, SourceSpan span, String message) {
        report(Diagnostic.warning(code, span, message));
    }

    public void addAll(List<Diagnostic> diagnostics) {
        diagnostics.forEach(this::report);
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    public int errorCount() {
        return errorCount;
    }

    /** Everything reported so far, sorted by {@link Diagnostic#ORDER}, duplicates removed. */
    public List<Diagnostic> sorted() {
        return items.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }
}

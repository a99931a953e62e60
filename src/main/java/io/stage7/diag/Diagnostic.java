package io.stage7.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a user's input, with where it is. Diagnostics are values: phases collect
 * them and return them; nothing throws them.
 *
 * @param code a stable identifier for the kind of problem (for example {@code unknown-field}),
 *             so tools and tests can match on it without parsing the message
 */
public record Diagnostic(Severity severity, String code, String message, SourceSpan span) {

    /** Sort order for output: file, then position, then errors before warnings, then message. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.span().path())
            .thenComparingInt(d -> d.span().line())
            .thenComparingInt(d -> d.span().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    public static Diagnostic error(String code, SourceSpan span, String message) {
        return new Diagnostic(Severity.ERROR, code, message, span);
    }

    public static Diagnostic warning(String code, SourceSpan span, String message) {
        return new Diagnostic(Severity.WARNING, code, message, span);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form: {@code path:line:col: error: message}. */
    @Override
    public String toString() {
        return span.location() + ": " + severity.label() + ": " + message;
    }
}

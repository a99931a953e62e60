package io.stage7.scenario;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.Severity;
import io.stage7.diag.SourceSpan;

import java.util.Objects;

/**
 * One mistake in a scenario file: where it is (file, line, column), the YAML path of the value
 * it concerns ({@code regions.EMEA.specialists}, {@code load.sources[1].calendar}) and what is
 * wrong. Renders as {@code scenarios/x.yaml:12:5: error: regions.EMEA.specialists: must be a
 * whole number, got "four"}; {@link #diagnostic()} gives the form the diagnostic renderer
 * quotes the YAML line and a caret for.
 *
 * @param yamlPath the path of the value; empty for problems with the file as a whole
 * @param code     a stable identifier of the kind of problem (e.g. {@code unknown-key}), for tools and tests
 */
public record ScenarioProblem(Severity severity, String code, SourceSpan span, String yamlPath, String message) {

    public ScenarioProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(yamlPath, "yamlPath");
        Objects.requireNonNull(message, "message");
    }

    /** The file the problem is in, as messages show it (usually the scenario; an empirical data file otherwise). */
    public String path() {
        return span.path();
    }

    public int line() {
        return span.line();
    }

    public int column() {
        return span.column();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The problem as a diagnostic whose message starts with the YAML path. */
    public Diagnostic diagnostic() {
        return new Diagnostic(severity, code, yamlPath.isEmpty() ? message : yamlPath + ": " + message, span);
    }

    /** {@code path:line:col: error: yaml.path: message}. */
    @Override
    public String toString() {
        return diagnostic().toString();
    }
}

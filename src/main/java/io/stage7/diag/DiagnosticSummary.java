package io.stage7.diag;

import java.util.List;

/** Counts of a diagnostic list, and the summary line printed after it. */
public record DiagnosticSummary(int files, int errors, int warnings) {

    public static DiagnosticSummary of(int files, List<Diagnostic> diagnostics) {
        int errors = (int) diagnostics.stream().filter(Diagnostic::isError).count();
        return new DiagnosticSummary(files, errors, diagnostics.size() - errors);
    }

    /** {@code checked 5 files: 2 errors, 1 warning}. */
    public String line() {
        String problems = errors == 0 && warnings == 0 ? "no problems"
                : plural(errors, "error") + ", " + plural(warnings, "warning");
        return "checked " + plural(files, "file") + ": " + problems;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

package io.stage7.diag;

/** How bad a diagnostic is. Errors stop compilation; warnings do not. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word printed in {@code path:line:col: error: message}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

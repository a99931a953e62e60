package io.stage7.ast;

import io.stage7.diag.SourceSpan;

import java.util.Objects;

/**
 * A literal value in a declaration (a string, a number or a time of day as written), with its
 * location so the checker can point at it when the value is wrong.
 */
public record Located<T>(T value, SourceSpan span) {
    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

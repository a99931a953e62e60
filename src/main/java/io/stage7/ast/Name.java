package io.stage7.ast;

import io.stage7.diag.SourceSpan;

import java.util.Objects;

/** An identifier as written, with its location. */
public record Name(String text, SourceSpan span) {
    public Name {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public String toString() {
        return text;
    }
}

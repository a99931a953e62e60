package io.stage7.eval;

import io.stage7.ast.Decl;

import java.util.Objects;
import java.util.Optional;

/** A requirement that fired: its condition was TRUE for the record. */
public record Violation(String requirement, Decl.RuleSeverity severity, String message, Optional<String> field) {
    public Violation {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(field, "field");
    }

    public boolean isError() {
        return severity == Decl.RuleSeverity.ERROR;
    }
}

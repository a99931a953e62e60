package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.ast.Expr;
import io.stage7.diag.SourceSpan;

import java.util.Objects;
import java.util.Optional;

/**
 * A checked booking requirement: violated when {@code condition} (a Checkbox formula over
 * {@code object}) is TRUE.
 *
 * @param field the field the violation belongs to, if declared
 */
public record Requirement(String name, ObjectType object, Decl.RuleSeverity severity, Expr condition,
                          String message, Optional<FieldPath> field, Optional<String> description,
                          boolean active, SourceSpan span) {

    public Requirement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(span, "span");
    }
}

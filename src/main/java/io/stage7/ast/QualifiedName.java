package io.stage7.ast;

import io.stage7.diag.SourceSpan;

import java.util.List;
import java.util.stream.Collectors;

/** A dotted name, {@code Account.Owner.Name}: a field reached through lookups. */
public record QualifiedName(List<Name> parts, SourceSpan span) {
    public QualifiedName {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a qualified name has at least one part");
        }
    }

    /** The name as written, parts joined with dots. */
    public String text() {
        return parts.stream().map(Name::text).collect(Collectors.joining("."));
    }

    public Name last() {
        return parts.get(parts.size() - 1);
    }

    @Override
    public String toString() {
        return text();
    }
}

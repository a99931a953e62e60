package io.stage7.check;

import io.stage7.diag.SourceSpan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A resolved object declaration: the record type rules talk about, with its fields in order and
 * its org metadata ({@code label}, {@code pluralLabel}, ...; see {@link OrgDetails#OBJECT_DETAILS}).
 */
public record ObjectType(String name, List<FieldType> fields, OrgDetails details, SourceSpan span) {

    public ObjectType {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(span, "span");
    }

    /** An object without metadata details. */
    public ObjectType(String name, List<FieldType> fields, SourceSpan span) {
        this(name, fields, OrgDetails.NONE, span);
    }

    /** Hashes the name only (consistent with {@code equals}): hashing every field each time was quadratic. */
    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The field called {@code name}, ignoring case as Salesforce does. */
    public Optional<FieldType> field(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (FieldType field : fields) {
            if (field.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}

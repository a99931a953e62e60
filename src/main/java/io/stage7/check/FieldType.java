package io.stage7.check;

import io.stage7.diag.SourceSpan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A resolved field of an object: its declared name and spelling, its kind and the kind's
 * parameters.
 *
 * @param object       the declared name of the object the field belongs to
 * @param name         the field's name as declared (lookups ignore case; output keeps this spelling)
 * @param length       for {@code Text(n)}: n; empty for plain Text and other kinds
 * @param precision    for {@code Number/Currency/Percent(p, s)}: p; empty when not declared
 * @param scale        for {@code Number/Currency/Percent(p, s)}: s; empty when not declared
 * @param values       for Picklist and MultiPicklist: the declared values in order; else empty
 * @param lookupTarget for Lookup: the declared name of the target object
 * @param details      the field's metadata besides its type (label, description, ...)
 * @param span         where the field is declared (its name)
 */
public record FieldType(String object, String name, FieldKind kind, OptionalInt length, OptionalInt precision,
                        OptionalInt scale, List<String> values, Optional<String> lookupTarget, FieldDetails details,
                        SourceSpan span) {

    public FieldType {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(scale, "scale");
        values = List.copyOf(values);
        Objects.requireNonNull(lookupTarget, "lookupTarget");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(span, "span");
    }

    /** A field without details. */
    public FieldType(String object, String name, FieldKind kind, OptionalInt length, OptionalInt precision,
                     OptionalInt scale, List<String> values, Optional<String> lookupTarget, SourceSpan span) {
        this(object, name, kind, length, precision, scale, values, lookupTarget, FieldDetails.NONE, span);
    }

    /**
     * Hashes the field's identity only (consistent with the generated {@code equals}): field
     * paths are hashed in sets per object, and hashing every parameter and detail each time made
     * loading large rule sets quadratic in practice.
     */
    @Override
    public int hashCode() {
        return Objects.hash(object, name);
    }

    /** The formula type of a reference to this field. */
    public ExprType exprType() {
        return kind.exprType();
    }

    /** Whether {@code value} is one of the declared picklist values (exact, case-sensitive). */
    public boolean hasValue(String value) {
        return values.contains(value);
    }

    /**
     * The declared picklist value equal to {@code value}, as this field holds it, or null when it
     * declares none: records that hold the declared instance are matched by identity first.
     */
    public String declaredValue(String value) {
        int index = values.indexOf(value);
        return index < 0 ? null : values.get(index);
    }
}

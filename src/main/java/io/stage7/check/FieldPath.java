package io.stage7.check;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A resolved field reference: the object it starts from and the fields walked, every one but
 * the last a Lookup. {@code Account.Industry} on Opportunity is [Opportunity.Account, Account.Industry].
 */
public record FieldPath(ObjectType root, List<FieldType> fields) {

    public FieldPath {
        Objects.requireNonNull(root, "root");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a field path has at least one field");
        }
    }

    /** The field the path ends at. */
    public FieldType field() {
        return fields.get(fields.size() - 1);
    }

    /** The formula type of the value the path reads. */
    public ExprType type() {
        return field().exprType();
    }

    /** Whether the path goes through a lookup. */
    public boolean isRelated() {
        return fields.size() > 1;
    }

    /** The path with declared spellings, e.g. {@code Account.Industry}. */
    public String text() {
        return fields.stream().map(FieldType::name).collect(Collectors.joining("."));
    }
}

package io.stage7.check;

import io.stage7.diag.SourceSpan;

import java.util.List;
import java.util.Objects;

/** A checked routing set: entries in order, the first whose condition holds wins. */
public record RoutingSet(String name, ObjectType object, List<RouteEntry> entries, SourceSpan span) {

    public RoutingSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(object, "object");
        entries = List.copyOf(entries);
        Objects.requireNonNull(span, "span");
    }
}

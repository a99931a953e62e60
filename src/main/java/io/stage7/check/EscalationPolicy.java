package io.stage7.check;

import io.stage7.ast.Expr;
import io.stage7.calendar.PeriodKind;
import io.stage7.diag.SourceSpan;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The escalation policy of one object: when a record asks to be fast-tracked (a Checkbox
 * formula), the period ends during which that is refused, and the priority it then gets.
 */
public record EscalationPolicy(ObjectType object, Expr requestedWhen, Set<PeriodKind> refusedDuring,
                               OptionalInt priority, SourceSpan span) {

    public EscalationPolicy {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(requestedWhen, "requestedWhen");
        refusedDuring = Set.copyOf(refusedDuring);
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(span, "span");
    }
}

package io.stage7.check;

import io.stage7.calendar.PeriodKind;
import io.stage7.calendar.TimeRange;
import io.stage7.diag.SourceSpan;

import java.util.Objects;
import java.util.Optional;

/**
 * A period-end window: the last {@code lastBusinessDays} business days of the month, quarter or
 * fiscal year, and the extended hours the team works in it, if declared.
 */
public record PeriodEnd(PeriodKind kind, int lastBusinessDays, Optional<TimeRange> extendedHours, SourceSpan span) {

    public PeriodEnd {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(extendedHours, "extendedHours");
        Objects.requireNonNull(span, "span");
    }
}

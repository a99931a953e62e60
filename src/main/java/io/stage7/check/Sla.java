package io.stage7.check;

import io.stage7.calendar.BusinessCalendar;
import io.stage7.diag.SourceSpan;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A service-level agreement: {@code event} within {@code hours} (business or wall-clock) of the
 * DateTime field {@code start}.
 *
 * @param calendar the calendar business hours count in; empty means the handling region's calendar
 * @param targetPercent the share of records that must meet the SLA, in (0, 100], if declared
 */
public record Sla(String name, ObjectType object, SlaEvent event, BigDecimal hours, boolean businessHours,
                  FieldPath start, Optional<BusinessCalendar> calendar, Optional<BigDecimal> targetPercent,
                  SourceSpan span) {

    public Sla {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(targetPercent, "targetPercent");
        Objects.requireNonNull(span, "span");
    }
}

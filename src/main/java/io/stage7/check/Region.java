package io.stage7.check;

import io.stage7.calendar.BusinessCalendar;
import io.stage7.diag.SourceSpan;

import java.util.List;
import java.util.Objects;

/** A support region: the calendar its specialists work and its cutoffs. */
public record Region(String name, BusinessCalendar calendar, List<Cutoff> cutoffs, SourceSpan span) {

    public Region {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(calendar, "calendar");
        cutoffs = List.copyOf(cutoffs);
        Objects.requireNonNull(span, "span");
    }
}

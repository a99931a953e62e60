package io.stage7.check;

import io.stage7.calendar.PeriodKind;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * Work of {@code complexity} submitted after {@code after} (region-local time) waits for the
 * next business day, except during the listed period ends.
 */
public record Cutoff(String complexity, LocalTime after, Set<PeriodKind> exceptDuring) {

    public Cutoff {
        Objects.requireNonNull(complexity, "complexity");
        Objects.requireNonNull(after, "after");
        exceptDuring = Set.copyOf(exceptDuring);
    }
}

package io.stage7.check;

import io.stage7.ast.Expr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A value a rules test gives a field (or expects of a route). Text literals written for Date,
 * DateTime, Time and MultiPicklist fields are parsed by the checker; anything else is a formula
 * the evaluator computes.
 */
public sealed interface TestValue {

    /** A formula (usually a literal) to evaluate; its type fits the field. */
    record Formula(Expr expr) implements TestValue {
        public Formula {
            Objects.requireNonNull(expr, "expr");
        }
    }

    /** {@code "2026-03-31"} given for a Date field. */
    record DateValue(LocalDate date) implements TestValue {
        public DateValue {
            Objects.requireNonNull(date, "date");
        }
    }

    /** {@code "2026-03-31T16:45:00-07:00"} given for a DateTime field. */
    record DateTimeValue(Instant instant) implements TestValue {
        public DateTimeValue {
            Objects.requireNonNull(instant, "instant");
        }
    }

    /** {@code "16:45:00"} given for a Time field. */
    record TimeValue(LocalTime time) implements TestValue {
        public TimeValue {
            Objects.requireNonNull(time, "time");
        }
    }

    /** {@code "SaaS;Services"} given for a MultiPicklist field: the selected values, each declared. */
    record Selections(List<String> values) implements TestValue {
        public Selections {
            values = List.copyOf(values);
        }
    }
}

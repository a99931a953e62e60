package io.stage7.scenario;

import io.stage7.calendar.PeriodKind;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Where submissions come from: synthetic load, or a replayed trace of real opportunities. */
public sealed interface Load {

    /** The object submissions are records of (the rules' {@code Opportunity}). */
    String object();

    /**
     * Synthetic load: a non-homogeneous Poisson process per source. A source's rate at a local
     * hour is {@code perBusinessDay * intraday[hour] / sum(intraday)}, times {@code weekendFactor}
     * on days its calendar is closed, times the multiplier of the most significant period-end
     * window the instant is in (on that source's calendar). Each submission's fields are drawn
     * from {@code fields}, then the source's own {@code fields} override them.
     *
     * @param intraday 24 non-negative weights, one per local hour (00:00-01:00 first)
     */
    record Synthetic(String object, List<Source> sources, double[] intraday,
                     Map<PeriodKind, Double> periodEndMultiplier, Map<String, FieldSpec> fields) implements Load {
        public Synthetic {
            Objects.requireNonNull(object, "object");
            sources = List.copyOf(sources);
            intraday = intraday.clone();
            if (intraday.length != 24) {
                throw new IllegalArgumentException("intraday needs 24 weights, got " + intraday.length);
            }
            Map<PeriodKind, Double> multipliers = new EnumMap<>(PeriodKind.class);
            multipliers.putAll(periodEndMultiplier);
            periodEndMultiplier = Collections.unmodifiableMap(multipliers);
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public double[] intraday() {
            return intraday.clone();
        }

        /**
         * The most submissions a day the sources bring outside period-end windows: each source's
         * rate, times its weekend factor where that is above 1. The volume limits use it.
         */
        public double busiestDay() {
            return sources.stream().mapToDouble(s -> s.perBusinessDay() * Math.max(1, s.weekendFactor())).sum();
        }
    }

    /**
     * One stream of submissions, e.g. LATAM deals: arrivals follow its calendar's business days
     * and local hours.
     */
    record Source(String name, String calendar, double perBusinessDay, double weekendFactor,
                  Map<String, FieldSpec> fields) {
        public Source {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(calendar, "calendar");
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /**
     * A trace: a JSON Lines or CSV file of opportunities, each with its {@code SubmittedAt},
     * replayed through exactly the path synthetic submissions take.
     */
    record Trace(String object, Path file) implements Load {
        public Trace {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(file, "file");
        }
    }
}

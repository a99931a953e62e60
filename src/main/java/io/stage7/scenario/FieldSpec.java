package io.stage7.scenario;

import io.stage7.sim.random.Bernoulli;
import io.stage7.sim.random.Categorical;
import io.stage7.sim.random.Distribution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a synthetic submission's field is drawn. Every kind may also be blank with a probability
 * ({@code blank}), which is how missing booking requirements enter the load.
 */
public sealed interface FieldSpec {

    /** The probability that the field is left blank, drawn before anything else. */
    double blank();

    /** Always this value, written as the record loaders read it ("7 - Closing", 12.5, true, 2026-03-31). */
    record Constant(String value, double blank) implements FieldSpec {
        public Constant {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number (Number, Currency, Percent) from a distribution, rounded to {@code scale} decimals. */
    record Numeric(Distribution distribution, int scale, double blank) implements FieldSpec {
        public Numeric {
            Objects.requireNonNull(distribution, "distribution");
        }
    }

    /** A Checkbox that is ticked with a probability. */
    record Flag(Bernoulli ticked, double blank) implements FieldSpec {
        public Flag {
            Objects.requireNonNull(ticked, "ticked");
        }
    }

    /** One value out of several, by weight (Picklist, Text). */
    record Choice(Categorical<String> values, double blank) implements FieldSpec {
        public Choice {
            Objects.requireNonNull(values, "values");
        }
    }

    /** A MultiPicklist: each value selected independently with its probability. */
    record Multi(Map<String, Double> selectedWith, double blank) implements FieldSpec {
        public Multi {
            selectedWith = Collections.unmodifiableMap(new LinkedHashMap<>(selectedWith));
        }
    }

    /** Text from a template; {@code {seq}} is the submission's sequence number, {@code {source}} its source. */
    record Template(String template, double blank) implements FieldSpec {
        public Template {
            Objects.requireNonNull(template, "template");
        }
    }

    /**
     * A Date or DateTime relative to the submission instant: that many days later (negative for
     * earlier), drawn from the distribution; a Date takes the submitting source's local date.
     */
    record DaysFromSubmission(Distribution days, double blank) implements FieldSpec {
        public DaysFromSubmission {
            Objects.requireNonNull(days, "days");
        }
    }

    /** The submission instant itself (the {@code SubmittedAt} field). */
    record SubmissionTime(double blank) implements FieldSpec {
    }
}

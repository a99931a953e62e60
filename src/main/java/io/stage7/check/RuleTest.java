package io.stage7.check;

import io.stage7.diag.SourceSpan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked rules test: a record of {@code object} with the given field values, the instant the
 * evaluation clock reads (TODAY/NOW), if set, and the expectations.
 *
 * @param prior when the test evaluates an update, the fields whose value before the save
 *              differed (every other field had its given value); empty for a new record
 */
public record RuleTest(String title, ObjectType object, List<Given> given, Optional<Instant> at,
                       List<TestExpectation> expectations, SourceSpan span, Optional<List<Given>> prior) {

    public RuleTest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(object, "object");
        given = List.copyOf(given);
        Objects.requireNonNull(at, "at");
        expectations = List.copyOf(expectations);
        Objects.requireNonNull(span, "span");
        prior = prior.map(List::copyOf);
    }

    /** A test of a new record. */
    public RuleTest(String title, ObjectType object, List<Given> given, Optional<Instant> at,
                    List<TestExpectation> expectations, SourceSpan span) {
        this(title, object, given, at, expectations, span, Optional.empty());
    }

    /** One {@code field: value} of the test record; the field may be a path through lookups. */
    public record Given(FieldPath field, TestValue value, SourceSpan span) {
        public Given {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }
    }
}

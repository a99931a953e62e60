package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.diag.SourceSpan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/** What a checked rules test expects. */
public sealed interface TestExpectation {

    SourceSpan span();

    /** No active requirement on the test's object fires. */
    record NoViolations(SourceSpan span) implements TestExpectation {
        public NoViolations {
            Objects.requireNonNull(span, "span");
        }
    }

    /** These requirements fire: exactly these, at least these, or none of these, as {@code match} says. */
    record Violations(List<Requirement> requirements, Decl.ViolationMatch match, SourceSpan span)
            implements TestExpectation {
        public Violations {
            requirements = List.copyOf(requirements);
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(span, "span");
        }

        /** Exactly these requirements fire. */
        public Violations(List<Requirement> requirements, SourceSpan span) {
            this(requirements, Decl.ViolationMatch.EXACTLY, span);
        }
    }

    /**
     * The routing set assigns these values (targets not listed are not checked), and, when
     * {@code entry} is present, the entry with that number is the one that matched.
     */
    record Route(RoutingSet routing, Map<AssignmentTarget, TestValue> outcome, OptionalInt entry, SourceSpan span)
            implements TestExpectation {
        public Route {
            Objects.requireNonNull(routing, "routing");
            EnumMap<AssignmentTarget, TestValue> copy = new EnumMap<>(AssignmentTarget.class);
            copy.putAll(outcome);
            outcome = Collections.unmodifiableMap(copy);
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(span, "span");
        }
    }
}

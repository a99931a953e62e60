package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.check.Requirement;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.RecordType;
import io.stage7.eval.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A peer rule set written by hand in plain Java: the baseline its compiled rules are measured
 * against. Implementations follow the standard of {@link HandWrittenTeamRules}: slots, patterns and
 * constants looked up once, plain {@code if}s with early exits, the same {@link Decision}.
 */
interface PeerTwin {

    Decision evaluate(DataRecord record, EvalContext context);

    /** The slot of a field path; a missing field is a twin out of step with its rules file. */
    static int slot(RecordType type, String path) {
        return type.slotOf(path).orElseThrow(() -> new IllegalStateException(
                "no " + type.object().name() + " field " + path));
    }

    /** The violation a requirement reports, taken from the checked rules so a reworded message does not break the twin. */
    static Violation violation(Rules rules, String name) {
        Requirement requirement = rules.checked().requirements().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalStateException("the rules have no requirement " + name));
        return new Violation(requirement.name(), requirement.severity(), requirement.message(),
                requirement.field().map(f -> f.text()));
    }

    /** TODAY(): the evaluation day in the clock's zone. */
    static LocalDate today(EvalContext context) {
        if (context.zone() instanceof ZoneOffset offset) {
            return LocalDate.ofEpochDay(Math.floorDiv(context.now().getEpochSecond() + offset.getTotalSeconds(), 86_400L));
        }
        return LocalDate.ofInstant(context.now(), context.zone());
    }

    /** DATEVALUE(date-time): the GMT day of an instant. */
    static LocalDate utcDate(Instant instant) {
        return LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond(), 86_400L));
    }
}

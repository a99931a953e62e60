package io.stage7.eval;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * What an evaluation sees besides the record: the clock (what {@code NOW()} returns, and the zone
 * whose calendar date {@code TODAY()} is) and, when the record is being updated, its prior
 * version (what {@code ISNEW()}, {@code ISCHANGED} and {@code PRIORVALUE} compare with). The
 * caller sets both (the simulator sets the clock to simulated time and the prior version to the
 * previous attempt); evaluation never reads the system clock. No prior version means the record
 * is new, as in a Salesforce insert.
 *
 * @param prior the record's version before this save, of the same {@link RecordType}; empty for a new record
 */
public record EvalContext(Instant now, ZoneId zone, Optional<DataRecord> prior) {
    public EvalContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(prior, "prior");
    }

    /** The clock alone: the record is new. */
    public EvalContext(Instant now, ZoneId zone) {
        this(now, zone, Optional.empty());
    }

    /** The clock at an instant, with TODAY() taken in GMT, as Salesforce's default for integrations. */
    public static EvalContext at(Instant now) {
        return new EvalContext(now, ZoneOffset.UTC);
    }

    /** The same clock, evaluating an update whose version before the save was {@code prior}. */
    public EvalContext withPrior(DataRecord prior) {
        return new EvalContext(now, zone, Optional.of(prior));
    }

    /** The same clock, with {@code prior} as the version before the save, or none (a new record). */
    public EvalContext withPrior(Optional<DataRecord> prior) {
        return prior.equals(this.prior) ? this : new EvalContext(now, zone, prior);
    }

    /**
     * Checks that the prior version, if any, can stand for {@code record} before the save: the
     * same object laid out in the same slots, and the same id.
     *
     * @throws IllegalArgumentException when it cannot
     */
    public void checkPriorOf(DataRecord record) {
        if (prior.isEmpty()) {
            return;
        }
        DataRecord before = prior.get();
        if (before.type() != record.type() && !before.type().paths().equals(record.type().paths())
                || !before.type().object().name().equals(record.type().object().name())) {
            throw new IllegalArgumentException("the prior version of " + record.id() + " is laid out as "
                    + before.type() + ", not as the record's " + record.type());
        }
        if (!before.id().equals(record.id())) {
            throw new IllegalArgumentException("the prior version of " + record.id() + " has another id, "
                    + before.id());
        }
    }
}

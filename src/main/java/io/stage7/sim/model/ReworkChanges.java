package io.stage7.sim.model;

import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;
import io.stage7.eval.RecordType;
import io.stage7.scenario.Rework;
import io.stage7.sim.random.RandomStream;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How sales changes a record in rework, besides the submission instant: the scenario's
 * {@code rework.changes}, bound to the record's slots. Each change draws twice at every
 * resubmission, whether it applies or not (whether it applies, then the rise), from the
 * opportunity's own rework stream, so the draws of one change never shift another's.
 */
final class ReworkChanges {

    private final List<Rework.Change> changes;
    private final int[] slots;

    private ReworkChanges(List<Rework.Change> changes, int[] slots) {
        this.changes = changes;
        this.slots = slots;
    }

    /** The changes of {@code rework} on records of {@code type} (the reader checked that each field is there). */
    static ReworkChanges of(Rework rework, RecordType type) {
        int[] slots = new int[rework.changes().size()];
        for (int i = 0; i < slots.length; i++) {
            String field = rework.changes().get(i).field();
            slots[i] = type.slotOf(field).orElseThrow(() -> new IllegalStateException("rework changes '" + field
                    + "', which records of " + type.object().name() + " do not have"));
        }
        return new ReworkChanges(rework.changes(), slots);
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Sets each changed field of {@code before} into {@code after}; a blank value stays blank. */
    void apply(DataRecord before, RecordBuilder after, RandomStream random) {
        for (int i = 0; i < slots.length; i++) {
            Rework.Change change = changes.get(i);
            boolean applies = random.nextDouble() < change.probability();
            double rise = change.risePercent().sample(random);
            if (applies && before.value(slots[i]) instanceof BigDecimal value) {
                BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(rise).movePointLeft(2));
                after.set(slots[i], value.multiply(factor).setScale(change.scale(), RoundingMode.HALF_UP));
            }
        }
    }
}

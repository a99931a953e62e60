package io.stage7.sim.model;

import io.stage7.eval.Record;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A trace held in memory, for embedding and tests: records already in submission order, all inside the horizon. */
final class ListTrace implements TraceSource {
    private final Checked checked;
    private final List<Record> records;
    private final long outsideHorizon;

    ListTrace(Checked checked, List<Record> records, long outsideHorizon) {
        this.checked = Objects.requireNonNull(checked, "checked");
        this.records = List.copyOf(records);
        if (outsideHorizon < 0) {
            throw new IllegalArgumentException("negative count outside the horizon: " + outsideHorizon);
        }
        this.outsideHorizon = outsideHorizon;
        long start = checked.start().toEpochMilli();
        long end = checked.end().toEpochMilli();
        long previous = Long.MIN_VALUE;
        for (Record record : this.records) {
            if (record.type() != checked.type()) {
                throw new IllegalArgumentException("record " + record.id() + " is not a " + checked.type().object().name());
            }
            Object at = record.value(checked.submissionSlot());
            if (!(at instanceof Instant)) {
                throw new IllegalArgumentException("record " + record.id() + " has no submission instant");
            }
            long millis = ((Instant) at).toEpochMilli();
            if (millis < start || millis >= end || millis < previous) {
                throw new IllegalArgumentException("record " + record.id() + " is outside the horizon or out of order");
            }
            previous = millis;
        }
    }

    @Override
    public Checked checked() {
        return checked;
    }

    @Override
    public long outsideHorizon() {
        return outsideHorizon;
    }

    @Override
    public Cursor open() {
        return new Cursor() {
            private int next;

            @Override
            public Record next() {
                return next < records.size() ? records.get(next++) : null;
            }

            @Override
            public void close() {
            }
        };
    }
}

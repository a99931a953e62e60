package io.stage7.sim.model;

import io.stage7.eval.DataRecord;
import io.stage7.sim.kernel.Action;
import io.stage7.sim.kernel.Simulation;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A replayed trace in one run: each record arrives at its submission instant and takes exactly
 * the path of a synthetic submission. The records come from the source's cursor one at a time,
 * in submission order: the run holds only the next one. TODAY() reads UTC dates for them, as
 * Salesforce integrations do.
 */
final class TraceArrivals implements Action, AutoCloseable {

    private final DeskRun run;
    private final int submissionSlot;
    private final TraceSource.Cursor cursor;
    private DataRecord next;

    TraceArrivals(DeskRun run, TraceSource source) {
        this.run = run;
        this.submissionSlot = source.checked().submissionSlot();
        this.cursor = source.open();
    }

    void start(Simulation simulation) {
        next = cursor.next();
        scheduleNext(simulation);
    }

    @Override
    public void fire(Simulation simulation) {
        DataRecord record = next;
        next = cursor.next();
        run.arriveFromTrace(record, simulation.nowMillis(), ZoneOffset.UTC);
        scheduleNext(simulation);
    }

    private void scheduleNext(Simulation simulation) {
        if (next != null) {
            simulation.schedule(((Instant) next.value(submissionSlot)).toEpochMilli(), this);
        }
    }

    @Override
    public void close() {
        cursor.close();
    }
}

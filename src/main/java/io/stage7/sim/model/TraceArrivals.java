package io.stage7.sim.model;

import io.stage7.eval.Record;
import io.stage7.sim.kernel.Action;
import io.stage7.sim.kernel.Simulation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A replayed trace in one run: each record arrives at its submission instant and takes exactly
 * the path of a synthetic submission. The records are those of the horizon, in submission order
 * (see {@link DeskModel}); TODAY() reads UTC dates for them, as Salesforce integrations do.
 */
final class TraceArrivals implements Action {

    private final DeskRun run;
    private final List<Record> records;
    private final int submissionSlot;
    private int next;

    TraceArrivals(DeskRun run, List<Record> records, int submissionSlot) {
        this.run = run;
        this.records = records;
        this.submissionSlot = submissionSlot;
    }

    void start(Simulation simulation) {
        scheduleNext(simulation);
    }

    @Override
    public void fire(Simulation simulation) {
        Record record = records.get(next++);
        run.arriveFromTrace(record, simulation.nowMillis(), ZoneOffset.UTC);
        scheduleNext(simulation);
    }

    private void scheduleNext(Simulation simulation) {
        if (next < records.size()) {
            simulation.schedule(((Instant) records.get(next).value(submissionSlot)).toEpochMilli(), this);
        }
    }
}

package io.stage7.sim.model;

import io.stage7.eval.DataRecord;

import java.util.List;

/**
 * A trace held in memory, as {@link DeskModel#prepare(io.stage7.scenario.Scenario,
 * io.stage7.check.CheckedRules, io.stage7.eval.Evaluator, List)} builds it from a list: the
 * records of the horizon, already checked and in submission order.
 */
final class ListTrace implements TraceSource {
    private final Checked checked;
    private final List<DataRecord> records;
    private final long outsideHorizon;

    ListTrace(Checked checked, List<DataRecord> records, long outsideHorizon) {
        this.checked = checked;
        this.records = List.copyOf(records);
        this.outsideHorizon = outsideHorizon;
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
            public DataRecord next() {
                return next < records.size() ? records.get(next++) : null;
            }

            @Override
            public void close() {
            }
        };
    }
}

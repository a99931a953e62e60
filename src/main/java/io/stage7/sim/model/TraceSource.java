package io.stage7.sim.model;

import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;

import java.time.Instant;
import java.util.Objects;

/**
 * The records a trace scenario replays, in submission order. Every replication opens its own
 * {@link Cursor} and reads the records as the run reaches them, so a run holds the next record
 * and the work in flight, not the trace: a trace file is read from disk by each replication
 * rather than kept in memory (see {@code io.stage7.sim.trace.TraceFile}).
 *
 * <p>A source has been checked for one layout: the records are of {@link Checked#type()}, each
 * has its submission instant in slot {@link Checked#submissionSlot()}, and only those submitted
 * in [{@link Checked#start()}, {@link Checked#end()}) are replayed, in order of that instant
 * (ties in the trace's order). {@link DeskModel#prepare(io.stage7.scenario.Scenario,
 * io.stage7.check.CheckedRules, io.stage7.eval.Evaluator, TraceSource)} accepts a source only
 * if it was checked for the model's own layout and horizon.
 */
public interface TraceSource {

    /** What the source was checked for. */
    Checked checked();

    /** Records of the trace submitted outside the horizon: counted, not replayed. */
    long outsideHorizon();

    /**
     * A cursor before the first replayed record. Safe to call from several threads at once.
     *
     * @throws TraceReplayException if the trace can no longer be read
     */
    Cursor open();

    /** The records of one replication, in submission order. Confined to one thread. */
    interface Cursor extends AutoCloseable {

        /**
         * The next record, or null after the last.
         *
         * @throws TraceReplayException if the trace can no longer be read
         */
        DataRecord next();

        /** Releases what the cursor reads from; never throws. */
        @Override
        void close();
    }

    /**
     * The layout and horizon a source was checked for.
     *
     * @param submissionSlot the slot of each record's submission instant (an {@link Instant})
     */
    record Checked(RecordType type, int submissionSlot, Instant start, Instant end) {
        public Checked {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (submissionSlot < 0 || submissionSlot >= type.size()) {
                throw new IllegalArgumentException("no slot " + submissionSlot + " in " + type.object().name());
            }
        }
    }
}

package io.stage7.sim.model;

import io.stage7.eval.DataRecord;
import io.stage7.sim.kernel.Simulation;
import io.stage7.sim.random.RandomStreams;

import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The synthetic load of a model on its own, without the desk: the first submissions a run makes,
 * as a trace. It runs the very {@link SourceArrivals} a {@link DeskRun} runs, so the records are
 * the run's own, not look-alikes: the streams it draws on ({@code arrivals/<source>},
 * {@code fields/<path>}) are drawn on by nothing else in a run, a stream depends only on the seed,
 * the replication and its name, and arrivals keep their relative order among the desk's events, so
 * their times, fields and ids ({@code <source>-<n>}) come out the same. One use, one thread.
 */
final class LoadSample implements SourceArrivals.Sink {

    private final int submissionSlot;
    private final long from;
    private final Consumer<DataRecord> submissions;
    private long sequence;
    private long written;

    private LoadSample(int submissionSlot, long from, Consumer<DataRecord> submissions) {
        this.submissionSlot = submissionSlot;
        this.from = from;
        this.submissions = submissions;
    }

    /**
     * Runs the sources of {@code model} from the earlier of its start and {@code from} to
     * {@code to}, passing each submission made in [from, to) to {@code submissions}.
     *
     * @return how many records were passed on
     */
    static long sample(DeskModel model, int replication, long from, long to, Consumer<DataRecord> submissions) {
        long start = Math.min(model.scenario().start().toEpochMilli(), from);
        LoadSample sample = new LoadSample(model.submissionSlot(), from, submissions);
        Simulation simulation = new Simulation(start);
        RandomStreams streams = RandomStreams.forReplication(model.scenario().seed(), replication);
        for (SourceSetup source : model.sources()) {
            new SourceArrivals(sample, source, model.recordType(), streams, to).start(simulation, start);
        }
        simulation.run(to);
        return sample.written;
    }

    @Override
    public void arrive(String source, ZoneId zone, long now, SourceArrivals arrivals) {
        // Drawn even before the window: the draws and the numbering must advance as in a run.
        DataRecord record = arrivals.draw(++sequence, now);
        if (now >= from) {
            submissions.accept(withSubmissionTime(record, now));
            written++;
        }
    }

    /**
     * The record with its submission instant, which a replay reads: scenarios draw it with
     * {@code submission_time}, and where they do not the arrival instant is written in.
     */
    private DataRecord withSubmissionTime(DataRecord record, long now) {
        return record.value(submissionSlot) != null ? record : DeskRun.submittedAt(record, submissionSlot, now);
    }
}

package io.stage7.sim.experiment;

import io.stage7.sim.model.DeskObserver;
import java.util.function.IntFunction;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.report.ReplicatedSummary;
import io.stage7.sim.report.ReplicatedSummaryJson;
import io.stage7.sim.report.ReplicationsCsv;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.report.SimulationOutputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code stage7 simulate --replications N}: replications 0..n−1 of a model in parallel, summarized
 * with a 95% confidence interval per metric. The output folder gets the replicated
 * {@code summary.json}, {@code replications.csv} (every metric of every replication), and the
 * {@code timeseries.csv} and {@code submissions.csv} of replication 0, the one a single run
 * writes, so that those files do not depend on the number of replications either.
 */
public final class ReplicatedRun {

    private static final DeskObserver NOBODY = new DeskObserver() {
    };

    private ReplicatedRun() {
    }

    /**
     * Runs {@code count} replications on {@code threads} threads and writes the folder.
     *
     * @throws IOException if the folder or a file cannot be written
     */
    public static ReplicatedSummary write(DeskModel model, int count, int threads, Path folder,
                                          Replications.Progress progress) throws IOException {
        return write(model, count, threads, folder, progress, r -> NOBODY);
    }

    /**
     * The same, with replication r also reported to {@code observe.apply(r)} (the HTML report's
     * collector), called from the thread running it.
     *
     * @throws IOException if the folder or a file cannot be written
     */
    public static ReplicatedSummary write(DeskModel model, int count, int threads, Path folder,
                                          Replications.Progress progress, IntFunction<DeskObserver> observe)
            throws IOException {
        Files.createDirectories(folder);
        List<RunSummary> runs;
        try {
            runs = Replications.run(count, threads, r -> {
                if (r != 0) {
                    return SimulationOutputs.summarize(model, r, observe.apply(r));
                }
                try {
                    return SimulationOutputs.writeDetail(model, 0, folder, observe.apply(0));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, progress);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        ReplicatedSummary summary = ReplicatedSummary.of(runs);
        Files.writeString(folder.resolve(SimulationOutputs.SUMMARY), ReplicatedSummaryJson.render(summary),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(ReplicationsCsv.FILE), ReplicationsCsv.render(summary), StandardCharsets.UTF_8);
        return summary;
    }

    /** Runs {@code count} replications on {@code threads} threads and summarizes them, writing nothing. */
    public static ReplicatedSummary summarize(DeskModel model, int count, int threads, Replications.Progress progress) {
        return ReplicatedSummary.of(Replications.run(count, threads, r -> SimulationOutputs.summarize(model, r), progress));
    }
}

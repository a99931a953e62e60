package io.stage7.sim.report;

import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.DeskObserver;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One replication of a model, written to an output folder: {@code submissions.csv} and
 * {@code timeseries.csv} streamed while the run goes, {@code summary.json} at the end. Files are
 * UTF-8 with {@code \n} line ends.
 */
public final class SimulationOutputs {

    public static final String SUMMARY = "summary.json";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String SUBMISSIONS = "submissions.csv";

    private SimulationOutputs() {
    }

    /**
     * Runs replication {@code replication} of the model and writes its files into {@code folder},
     * creating it if needed and replacing files of an earlier run.
     *
     * @param alsoObserving more observers of the run (the HTML report's collector), called after the files' own
     * @return the run's summary
     * @throws IOException if the folder or a file cannot be written
     */
    public static RunSummary write(DeskModel model, int replication, Path folder, DeskObserver... alsoObserving)
            throws IOException {
        RunSummary summary = writeDetail(model, replication, folder, alsoObserving);
        Files.writeString(folder.resolve(SUMMARY), SummaryJson.render(summary), StandardCharsets.UTF_8);
        return summary;
    }

    /**
     * Runs replication {@code replication} and writes only its {@code submissions.csv} and
     * {@code timeseries.csv} into {@code folder}: what a replicated run keeps of one replication,
     * its {@code summary.json} being the replicated one.
     *
     * @param alsoObserving more observers of the run (the HTML report's collector), called after the files' own
     * @return the run's summary
     * @throws IOException if the folder or a file cannot be written
     */
    public static RunSummary writeDetail(DeskModel model, int replication, Path folder, DeskObserver... alsoObserving)
            throws IOException {
        Files.createDirectories(folder);
        MetricsCollector metrics = new MetricsCollector(model, replication);
        try (Writer submissions = open(folder.resolve(SUBMISSIONS)); Writer timeseries = open(folder.resolve(TIMESERIES))) {
            DeskObserver files = Observers.of(metrics, new SubmissionsCsv(submissions), new TimeseriesCsv(timeseries));
            model.run(replication, alsoObserving.length == 0 ? files : Observers.of(files, Observers.of(alsoObserving)));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return metrics.summary();
    }

    /** Runs replication {@code replication} and returns its summary, writing no files; {@code alsoObserving} see it too. */
    public static RunSummary summarize(DeskModel model, int replication, DeskObserver... alsoObserving) {
        MetricsCollector metrics = new MetricsCollector(model, replication);
        model.run(replication, alsoObserving.length == 0 ? metrics : Observers.of(metrics, Observers.of(alsoObserving)));
        return metrics.summary();
    }

    private static Writer open(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}

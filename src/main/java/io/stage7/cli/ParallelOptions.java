package io.stage7.cli;

import io.stage7.sim.experiment.Replications;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/**
 * The options of every command that runs replications in parallel ({@code simulate},
 * {@code compare}, {@code staff}): how many threads, and whether to show progress. One
 * definition, so the three commands spell and check them alike.
 */
final class ParallelOptions {

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads running replications (default: one per core). The results do not depend on it.")
    Integer threads;

    @Option(names = "--progress", negatable = true,
            description = "Show (or with --no-progress, hide) replications done and time left on stderr "
                    + "(default: shown when the terminal is interactive).")
    Boolean progress;

    /** The thread count to use: {@code --threads}, else one per core; a usage error below 1. */
    int threads(CommandLine line) {
        if (threads == null) {
            return Replications.defaultThreads();
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(line, "--threads must be at least 1, got " + threads);
        }
        return threads;
    }

    /** Whether progress goes to stderr: {@code --progress}/{@code --no-progress}, else when interactive. */
    boolean showProgress() {
        return progress != null ? progress : System.console() != null;
    }

    /** The progress line for counting {@code unit} ("replications"), silent unless {@link #showProgress()}. */
    ProgressLine progressLine(PrintWriter err, String unit) {
        return ProgressLine.of(showProgress(), err, unit);
    }
}

package io.stage7.cli;

import io.stage7.Simulator;
import io.stage7.sim.report.ReplicationsCsv;
import io.stage7.sim.report.SimulationOutputs;
import io.stage7.sim.report.html.HtmlReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code stage7 simulate SCENARIO [--replications N [--threads T]] [--seed S] [--out DIR]}: one
 * replication of the approval desk under a scenario (the summary table on stdout,
 * {@code summary.json}, {@code timeseries.csv} and {@code submissions.csv} in the output folder),
 * or N replications in parallel with a confidence interval for every metric (the replicated
 * {@code summary.json}, {@code replications.csv}, and replication 0's CSV files). Exit 1 for
 * scenario, rules or trace errors, 2 for usage errors (a missing scenario file, a bad option, an
 * output folder that cannot be written).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate the approval desk under a scenario and report SLA attainment, times to decision, "
                + "utilization, rework and the period-end windows; with --replications, the mean and 95%% "
                + "confidence interval of every metric over independent replications.")
final class SimulateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the random streams (default: the scenario's seed).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The output folder (default: out/<scenario name> in the current directory).")
    Path out;

    @Option(names = "--replications", paramLabel = "N",
            description = "Run N independent replications (0..N-1) and report each metric's mean and 95%% confidence "
                    + "interval. Without it: one replication, the single-run summary.")
    Integer replications;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "What stdout gets: the summary table (text) or summary.json itself (json), for scripts; "
                    + "'Wrote ...' then goes to stderr (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @CommandLine.Mixin
    ParallelOptions parallel;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine line = spec.commandLine();
        if (replications != null && replications < 1) {
            throw new CommandLine.ParameterException(line, "--replications must be at least 1, got " + replications);
        }
        int threadCount = parallel.threads(line);
        if (!Files.isRegularFile(scenarioFile)) {
            throw new CommandLine.ParameterException(line, "no such scenario file: " + scenarioFile);
        }
        PrintWriter err = line.getErr();
        Simulator.Prepared prepared = Simulator.prepare(scenarioFile, Optional.ofNullable(seed));
        err.print(prepared.messages());
        if (prepared.hasErrors()) {
            return Main.INPUT_ERRORS;
        }
        try (Simulator simulator = prepared.simulator().get()) {
            Path output = out != null ? out : Simulator.defaultOutput(simulator.scenario());
            Simulator.Run run;
            try {
                run = replications == null ? simulator.run(output) : replicated(simulator, output, threadCount, err);
            } catch (IOException e) {
                return Outputs.cannotWrite(output, e, err);
            }
            // In json mode stdout carries the JSON alone; what would go beside the table goes to stderr.
            PrintWriter stdout = line.getOut();
            PrintWriter beside = format == OutputFormat.json ? err : stdout;
            stdout.print(format == OutputFormat.json ? run.json() : run.table());
            beside.println();
            beside.println(wrote(output));
            return conservation(run, replications == null ? "" : " (replications " + run.violations() + ")", err);
        }
    }

    private Simulator.Run replicated(Simulator simulator, Path output, int threadCount, PrintWriter err) throws IOException {
        ProgressLine progress = parallel.progressLine(err, "replications");
        progress.begin(replications);
        try {
            return simulator.runReplications(replications, threadCount, output, progress::completed);
        } finally {
            progress.finish();
        }
    }

    /** The line that says what was written where. */
    private String wrote(Path output) {
        if (replications == null) {
            return "Wrote " + SimulationOutputs.SUMMARY + ", " + SimulationOutputs.TIMESERIES + ", "
                    + SimulationOutputs.SUBMISSIONS + " and " + HtmlReport.FILE + " to " + output;
        }
        int count = replications;
        return "Wrote " + SimulationOutputs.SUMMARY + " (" + (count == 1 ? "the value" : "mean and 95% interval")
                + " of every metric over " + count + (count == 1 ? " replication" : " replications") + "), "
                + ReplicationsCsv.FILE + " (every replication), " + SimulationOutputs.TIMESERIES + " and "
                + SimulationOutputs.SUBMISSIONS + " of replication 0, and " + HtmlReport.FILE + " (every replication) to "
                + output;
    }

    private static int conservation(Simulator.Run run, String where, PrintWriter err) {
        if (run.conservationHolds()) {
            return Main.OK;
        }
        err.println(Outputs.CONSERVATION_BUG + where);
        return Main.INTERNAL;
    }
}

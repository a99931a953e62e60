package io.stage7.cli;

import io.stage7.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
        Optional<Scenario> scenario = ScenarioFiles.read(scenarioFile, line.getErr());
        if (scenario.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        Path output = out != null ? out : SimulationRun.defaultOutput(scenario.get());
        if (replications == null) {
            return SimulationRun.run(scenario.get(), Optional.ofNullable(seed), output, line.getOut(), line.getErr());
        }
        return SimulationRun.runReplicated(scenario.get(), Optional.ofNullable(seed), output, replications, threadCount,
                parallel.progressLine(line.getErr(), "replications"), line.getOut(), line.getErr());
    }

    /** The thread count: the option's if given (at least 1), else one per core. */
}

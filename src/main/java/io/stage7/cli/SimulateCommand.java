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
 * {@code stage7 simulate SCENARIO [--seed N] [--out DIR]}: one replication of the approval desk
 * under a scenario; the summary table on stdout, {@code summary.json}, {@code timeseries.csv} and
 * {@code submissions.csv} in the output folder. Exit 1 for scenario, rules or trace errors, 2 for
 * usage errors (a missing scenario file, an output folder that cannot be written).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate the approval desk under a scenario and report SLA attainment, times to decision, "
                + "utilization, rework and the period-end windows.")
final class SimulateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the random streams (default: the scenario's seed).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The output folder (default: out/<scenario name> in the current directory).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine line = spec.commandLine();
        if (!Files.isRegularFile(scenarioFile)) {
            throw new CommandLine.ParameterException(line, "no such scenario file: " + scenarioFile);
        }
        Optional<Scenario> scenario = ScenarioFiles.read(scenarioFile, line.getErr());
        if (scenario.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        Path output = out != null ? out : SimulationRun.defaultOutput(scenario.get());
        return SimulationRun.run(scenario.get(), Optional.ofNullable(seed), output, line.getOut(), line.getErr());
    }
}

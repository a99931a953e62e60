package io.stage7.cli;

import io.stage7.Simulator;
import io.stage7.sim.report.html.HtmlReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code stage7 compare A B [--replications N] [--threads T] [--seed S] [--out DIR]}: a what-if.
 * Runs both scenarios for replications 0..N−1 with common random numbers and reports each
 * metric's difference B − A with its paired 95% confidence interval, flagging the significant
 * ones: a table on stdout, {@code compare.json} and {@code report.html} in the output folder. Exit 1 when a scenario has
 * errors or the two cannot be compared (different horizon, warm-up, seed or regions); 2 for usage
 * errors.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two scenarios (a what-if: B against A) with common random numbers: each metric's "
                + "difference B - A with its paired 95%% confidence interval, the significant ones flagged.")
final class CompareCommand implements Callable<Integer> {

    static final String FILE = Simulator.COMPARE_FILE;
    static final int DEFAULT_REPLICATIONS = 20;

    @Parameters(index = "0", paramLabel = "A", description = "The baseline scenario file (YAML).")
    Path fileA;

    @Parameters(index = "1", paramLabel = "B", description = "The what-if scenario file (YAML).")
    Path fileB;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "" + DEFAULT_REPLICATIONS,
            description = "Replications of each scenario, at least 2 (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "N",
            description = "Run both scenarios with this seed (default: their own, which must then be the same).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The output folder for compare.json and report.html (default: out/<A>-vs-<B>, named after the files).")
    Path out;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "What stdout gets: the comparison table (text) or compare.json itself (json), for scripts; "
                    + "'Wrote ...' then goes to stderr (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @CommandLine.Mixin
    ParallelOptions parallel;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine line = spec.commandLine();
        PrintWriter err = line.getErr();
        if (replications < 2) {
            throw new CommandLine.ParameterException(line,
                    "--replications must be at least 2 for a paired confidence interval, got " + replications);
        }
        int threadCount = parallel.threads(line);
        for (Path file : List.of(fileA, fileB)) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(line, "no such scenario file: " + file);
            }
        }
        // Prepare both before giving up, so every problem of both files is printed at once.
        Optional<Long> both = Optional.ofNullable(seed);
        Simulator.Prepared a = Simulator.prepare(fileA, both);
        err.print(a.messages());
        Simulator.Prepared b = Simulator.prepare(fileB, both);
        err.print(b.messages());
        if (a.hasErrors() || b.hasErrors()) {
            a.simulator().ifPresent(Simulator::close);
            b.simulator().ifPresent(Simulator::close);
            return Main.INPUT_ERRORS;
        }
        try (Simulator simA = a.simulator().get(); Simulator simB = b.simulator().get()) {
            List<String> problems = Simulator.incompatibilities(simA, simB);
            if (!problems.isEmpty()) {
                for (String problem : problems) {
                    err.println("stage7: cannot compare " + fileA + " and " + fileB + ": " + problem);
                }
                return Main.INPUT_ERRORS;
            }
            return compare(simA, simB, threadCount, line.getOut(), err);
        }
    }

    private int compare(Simulator a, Simulator b, int threadCount, PrintWriter stdout, PrintWriter err) {
        Path output = out != null ? out : defaultOutput(fileA, fileB);
        ProgressLine progressLine = parallel.progressLine(err, "replications of both");
        progressLine.begin(replications);
        Simulator.Compared compared;
        try {
            compared = Simulator.compare(a, b, fileA.toString(), fileB.toString(), replications, threadCount, output,
                    progressLine::completed);
        } catch (IOException e) {
            progressLine.finish();
            return Outputs.cannotWrite(output, e, err);
        }
        progressLine.finish();
        if (format == OutputFormat.json) {
            stdout.print(compared.json());
            err.println("Wrote " + FILE + " and " + HtmlReport.FILE + " to " + output);
        } else {
            stdout.print(compared.table());
            stdout.println("Wrote " + FILE + " and " + HtmlReport.FILE + " to " + output);
        }
        if (!compared.conservationHolds()) {
            err.println(Outputs.CONSERVATION_BUG);
            return Main.INTERNAL;
        }
        return Main.OK;
    }

    /** {@code out/<A>-vs-<B>}, from the file names without their extension. */
    static Path defaultOutput(Path a, Path b) {
        return Path.of("out", safe(base(a)) + "-vs-" + safe(base(b)));
    }

    private static String base(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}

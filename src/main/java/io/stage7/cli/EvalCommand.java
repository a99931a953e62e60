package io.stage7.cli;

import io.stage7.sim.experiment.Replications;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code stage7 eval --rules DIR FILE}: evaluates every record of a JSON Lines or CSV file with
 * the compiled rules and prints one decision per record, as JSON Lines, CSV or a table, or with
 * {@code --summary} only the counts. The file is read once, one row at a time, on every core;
 * the output is in file order whatever the number of threads ({@link StreamedEval}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate the records of a JSON Lines or CSV file: the requirements each violates and its route.")
final class EvalCommand implements Callable<Integer> {

    enum Format { jsonl, csv, table }

    @Mixin
    DataOptions data;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: jsonl).")
    Format format;

    @Option(names = "--summary",
            description = "Print no line per record, only how many records each requirement fired on and each route took, "
                    + "and the rows read, evaluated and skipped.")
    boolean summary;

    /** The violations that make {@code --fail-on} fail the run. */
    enum FailOn { error, warning }

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 4 when any record violates a requirement at this level or above: ${COMPLETION-CANDIDATES} "
                    + "(error: error-level requirements; warning: any requirement), so that eval can gate a pipeline. "
                    + "The output is printed all the same. Without it, violations do not change the exit code.")
    FailOn failOn;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads reading and evaluating records (default: one per core). The output does not depend on it.")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine line = spec.commandLine();
        if (summary && format != null) {
            throw new CommandLine.ParameterException(line, "--summary prints counts only; it takes no --format");
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(line, "--threads must be at least 1, got " + threads);
        }
        Optional<DataOptions.Ruled> ruled = data.rules(spec);
        if (ruled.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        StreamedEval<?> run = new StreamedEval<>(data, ruled.get(), output(ruled.get()));
        try {
            int code = run.run(threads == null ? Replications.defaultThreads() : threads, line.getOut(), line.getErr());
            return code == Main.OK ? gate(run.violating(), line.getErr()) : code;
        } finally {
            run.close();
        }
    }

    /** With {@code --fail-on}: exit 4 when some record violates a requirement at that level. */
    private int gate(StreamedEval.Violating violating, PrintWriter err) {
        if (failOn == null) {
            return Main.OK;
        }
        long failing = failOn == FailOn.error ? violating.errors() : violating.any();
        if (failing == 0) {
            return Main.OK;
        }
        err.println("stage7 eval: " + failing + (failing == 1 ? " record violates " : " records violate ")
                + (failOn == FailOn.error ? "error-level requirements" : "requirements") + " (--fail-on " + failOn + ")");
        return Main.TARGET_NOT_MET;
    }

    private DecisionOutput<?> output(DataOptions.Ruled ruled) {
        if (summary) {
            return new EvalSummary(ruled.rules().checked());
        }
        return switch (format == null ? Format.jsonl : format) {
            case jsonl -> DecisionOutput.lines("", DecisionJson::bytes);
            case csv -> DecisionOutput.lines(DecisionCsv.HEADER,
                    (object, decision) -> (DecisionCsv.line(object, decision) + "\n").getBytes(StandardCharsets.UTF_8));
            case table -> new DecisionTable();
        };
    }
}

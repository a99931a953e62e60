package io.stage7.cli;

import io.stage7.sim.experiment.Replications;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
            return run.run(threads == null ? Replications.defaultThreads() : threads, line.getOut(), line.getErr());
        } finally {
            run.close();
        }
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

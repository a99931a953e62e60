package io.stage7.cli;

import io.stage7.eval.Decision;
import io.stage7.eval.DataRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code stage7 eval --rules DIR FILE}: evaluates every record of a JSON Lines or CSV file with
 * the compiled rules and prints one decision per record, as JSON Lines or as a table.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate the records of a JSON Lines or CSV file: the requirements each violates and its route.")
final class EvalCommand implements Callable<Integer> {

    enum Format { jsonl, table }

    @Mixin
    DataOptions data;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<DataOptions.Prepared> prepared = data.prepare(spec);
        if (prepared.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        DataOptions.Prepared run = prepared.get();
        PrintWriter out = spec.commandLine().getOut();
        DecisionTable table = new DecisionTable();
        for (DataRecord record : run.records().records()) {
            Decision decision = run.rules().evaluate(record, run.contextFor(record));
            String object = record.type().object().name();
            if (format == Format.table) {
                table.add(object, decision);
            } else {
                out.println(DecisionJson.line(object, decision));
            }
        }
        if (format == Format.table) {
            out.print(table.render());
        }
        return Main.OK;
    }
}

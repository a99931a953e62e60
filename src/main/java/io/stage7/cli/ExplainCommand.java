package io.stage7.cli;

import io.stage7.eval.interp.Explanation;
import io.stage7.check.Suggestions;
import io.stage7.eval.DataRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code stage7 explain --rules DIR FILE --id X}: for one record, every rule on its object,
 * whether it fired, and the value of each sub-expression, indented like the formula (the
 * reference interpreter's explanation).
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain why each rule fired, or did not, for one record of a file.")
final class ExplainCommand implements Callable<Integer> {
    private static final int MAX_LISTED = 5;
    /** Zeros that start a run of digits, but not the last digit of the run. */
    private static final Pattern LEADING_ZEROS = Pattern.compile("(?<![0-9])0+(?=[0-9])");

    @Mixin
    DataOptions data;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text for people, or json: the decision and every formula's sub-expressions as data "
                    + "(default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The id of the record to explain.")
    String id;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<DataOptions.Prepared> prepared = data.prepare(spec);
        if (prepared.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        DataOptions.Prepared run = prepared.get();
        Optional<DataRecord> record = run.records().record(id);
        if (record.isEmpty()) {
            spec.commandLine().getErr().println("no record with id '" + id + "' in " + data.shown() + closeIds(run));
            return Main.INPUT_ERRORS;
        }
        Explanation explanation = run.rules().explain(record.get(), run.contextFor(record.get()));
        spec.commandLine().getOut().print(format == OutputFormat.json ? ExplanationJson.render(explanation)
                : explanation.render());
        return Main.OK;
    }

    /**
     * The ids that look like the one asked for: a near miss, or ids containing it,
     * comparing without case and without leading zeros, so OPP-13 finds OPP-0013.
     */
    private String closeIds(DataOptions.Prepared run) {
        List<String> ids = run.records().records().stream().map(DataRecord::id).toList();
        if (ids.isEmpty()) {
            return "; the file has no records";
        }
        List<String> close = new ArrayList<>();
        String wanted = normalized(id);
        List<String> normalizedIds = ids.stream().map(ExplainCommand::normalized).toList();
        Suggestions.closest(wanted, normalizedIds).ifPresent(near -> close.add(ids.get(normalizedIds.indexOf(near))));
        for (String candidate : ids) {
            String lower = normalized(candidate);
            if (close.size() < MAX_LISTED && !close.contains(candidate)
                    && lower.contains(wanted)) {
                close.add(candidate);
            }
        }
        if (close.isEmpty()) {
            return "; its ids include " + String.join(", ", ids.subList(0, Math.min(MAX_LISTED, ids.size())))
                    + (ids.size() > MAX_LISTED ? ", …" : "");
        }
        return "; did you mean " + String.join(" or ", close.stream().map(c -> "'" + c + "'").toList()) + "?";
    }

    private static String normalized(String id) {
        return LEADING_ZEROS.matcher(id.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}

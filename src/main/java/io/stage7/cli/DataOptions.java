package io.stage7.cli;

import io.stage7.Rules;
import io.stage7.check.Literals;
import io.stage7.diag.Diagnostic;
import io.stage7.eval.EvalContext;
import io.stage7.records.LoadedRecords;
import io.stage7.records.RecordFiles;
import io.stage7.records.RecordSchema;
import io.stage7.records.RejectedRow;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The options of the commands that evaluate records from a file ({@code eval}, {@code explain}):
 * the rules, the data file, the clock, and what to do with invalid rows. {@link #prepare} loads
 * all three, printing every problem on stderr.
 */
final class DataOptions {

    @Option(names = "--rules", required = true, paramLabel = "DIR",
            description = "The rules: a directory of *.rules files, or one file.")
    Path rules;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The records: JSON Lines (*.jsonl, one object per line) or CSV with a header (*.csv).")
    Path file;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "The evaluation clock (what NOW() returns; TODAY() is its date in GMT), ISO-8601 with an "
                    + "offset, e.g. 2026-03-31T16:45:00-07:00. Default: the current time, read once when the command starts.")
    String at;

    @Option(names = "--skip-invalid",
            description = "Skip rows that have problems (each is reported on stderr) and evaluate the others.")
    boolean skipInvalid;

    @Option(names = "--object", paramLabel = "NAME",
            description = "The object of rows that do not name one (every CSV row). Default: the first object a rule is on.")
    String object;

    /** What the command works on once everything loaded. */
    record Prepared(Rules rules, LoadedRecords records, EvalContext context) {
    }

    /** The compiled rules, the layouts of the records they read, and the clock. */
    record Ruled(Rules rules, RecordSchema schema, EvalContext context) {
    }

    /**
     * The rules, the records and the clock; empty after printing why on stderr (exit 1: the rules
     * or the data have errors). Bad arguments throw a ParameterException (exit 2).
     */
    Optional<Prepared> prepare(CommandLine.Model.CommandSpec spec) {
        Optional<Ruled> ruled = rules(spec);
        if (ruled.isEmpty()) {
            return Optional.empty();
        }
        PrintWriter err = spec.commandLine().getErr();
        LoadedRecords records = RecordFiles.read(file, ruled.get().schema());
        for (Diagnostic problem : records.problems()) {
            err.println(problem);
        }
        if (!records.isClean()) {
            if (!records.canSkipInvalid()) {
                err.println(wholeFileProblems());
                return Optional.empty();
            }
            int invalid = records.rejected().size();
            if (!skipInvalid) {
                err.println(invalidRows(invalid, records.records().size()));
                return Optional.empty();
            }
            err.println(skipped(invalid, describe(records.rejected())));
        }
        return Optional.of(new Prepared(ruled.get().rules(), records, ruled.get().context()));
    }

    /**
     * The rules and the clock, with the arguments checked; the data file is not read. Empty after
     * printing why on stderr (exit 1); bad arguments throw a ParameterException (exit 2).
     */
    Optional<Ruled> rules(CommandLine.Model.CommandSpec spec) {
        CommandLine line = spec.commandLine();
        Instant now = at == null ? Instant.now() : Literals.parseDateTime(at).orElseThrow(() ->
                new CommandLine.ParameterException(line, "invalid --at '" + at + "': write ISO-8601 with an offset, "
                        + "e.g. 2026-03-31T16:45:00-07:00 or 2026-03-31T23:45:00Z"));
        if (!Files.exists(rules)) {
            throw new CommandLine.ParameterException(line, "no such file or directory: " + rules);
        }
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(line, "no such file: " + file);
        }
        if (RecordFiles.Format.of(file).isEmpty()) {
            throw new CommandLine.ParameterException(line, "cannot tell the format of " + file
                    + ": name JSON Lines files *.jsonl and CSV files *.csv");
        }
        PrintWriter err = line.getErr();
        Rules.Loaded loaded = Rules.load(rules);
        if (loaded.hasErrors()) {
            err.print(loaded.render());
            return Optional.empty();
        }
        Rules compiled = loaded.rules().get();
        if (compiled.checked().objects().isEmpty()) {
            err.println(rules + ": the rules declare no object, so there is nothing to evaluate");
            return Optional.empty();
        }
        RecordSchema schema = compiled.schema();
        if (object != null) {
            schema = schema.withDefault(object).orElseThrow(() -> new CommandLine.ParameterException(line,
                    "unknown --object '" + object + "'; the rules declare " + String.join(", ", compiled.schema().objectNames())));
        }
        return Optional.of(new Ruled(compiled, schema, EvalContext.at(now)));
    }

    /** The last line when the file as a whole has a problem: nothing was evaluated. */
    String wholeFileProblems() {
        return file + ": nothing was evaluated" + (skipInvalid
                ? " (--skip-invalid skips invalid rows, but these problems concern the whole file)" : "");
    }

    /** The last line when some rows are invalid and {@code --skip-invalid} was not given. */
    String invalidRows(long invalid, long valid) {
        return file + ": " + invalid + " of " + rows(invalid + valid) + (invalid == 1 ? " is" : " are")
                + " invalid; nothing was evaluated (--skip-invalid evaluates the other " + valid + ")";
    }

    /** The line that names every row skipped under {@code --skip-invalid}. */
    String skipped(long invalid, String described) {
        return skippedPrefix(invalid) + described;
    }

    /** The start of {@link #skipped}, before the rows named one by one. */
    String skippedPrefix(long invalid) {
        return file + ": skipped " + rows(invalid) + ": ";
    }

    private static String rows(long n) {
        return n + (n == 1 ? " row" : " rows");
    }

    private static String describe(List<RejectedRow> rows) {
        return rows.stream().map(RejectedRow::describe).collect(Collectors.joining(", "));
    }
}

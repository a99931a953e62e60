package io.stage7.cli;

import io.stage7.Rules;
import io.stage7.check.HolidayGap;
import io.stage7.check.Literals;
import io.stage7.diag.Diagnostic;
import io.stage7.eval.DataRecord;
import io.stage7.diag.DiagnosticRenderer;
import io.stage7.eval.EvalContext;
import io.stage7.functions.DateFunctions;
import io.stage7.records.LoadedRecords;
import io.stage7.records.PriorVersions;
import io.stage7.records.RecordFiles;
import io.stage7.records.RecordSchema;
import io.stage7.records.RecordStream;
import io.stage7.records.RejectedRow;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The options of the commands that evaluate records from a file ({@code eval}, {@code explain}):
 * the rules, the data file, the clock, the records' prior versions, and what to do with invalid
 * rows. {@link #prepare} loads them all, printing every problem on stderr, and warns of calendars
 * that have no holiday data for the clock's year.
 */
final class DataOptions {

    @Option(names = "--rules", required = true, paramLabel = "DIR",
            description = "The rules: a directory of *.rules files, or one file.")
    Path rules;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The records: JSON Lines (*.jsonl, one object per line) or CSV with a header (*.csv); "
                    + "- reads them from standard input (with --input-format).")
    Path file;

    /** The formats a data file may be read in. */
    enum InputFormat { jsonl, csv }

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "The records' format: ${COMPLETION-CANDIDATES}. Needed when FILE is - (standard input); "
                    + "for a named file it overrides what the extension says.")
    InputFormat inputFormat;

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

    @Option(names = "--allow-outside-paths",
            description = "Let include and holidays from name files outside the rules folder (docs/limits.md).")
    boolean allowOutsidePaths;

    @Option(names = "--prior", paramLabel = "FILE",
            description = "The records' versions before the save, matched by Id, for ISNEW(), ISCHANGED and "
                    + "PRIORVALUE (same formats as FILE). A record without one is new.")
    Path prior;

    /** What the command works on once everything loaded. */
    record Prepared(Rules rules, LoadedRecords records, EvalContext context, PriorVersions priors) {

        /** The context a record is evaluated in: the clock, and its prior version if it has one. */
        EvalContext contextFor(DataRecord record) {
            return context.withPrior(priors.of(record));
        }
    }

    /** The compiled rules, the layouts of the records they read, the clock, and the prior versions. */
    record Ruled(Rules rules, RecordSchema schema, EvalContext context, PriorVersions priors) {

        /** The context a record is evaluated in: the clock, and its prior version if it has one. */
        EvalContext contextFor(DataRecord record) {
            return context.withPrior(priors.of(record));
        }
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
        LoadedRecords records;
        try {
            records = RecordFiles.read(openRecords(ruled.get().schema()), shown());
        } catch (IOException e) {
            records = new LoadedRecords(shown(), List.of(), List.of(), List.of(RecordFiles.unreadable(shown(), e)));
        }
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
        PriorVersions priors = ruled.get().priors();
        if (!priorsMatch(priors, priors.mismatches(records), err)) {
            return Optional.empty();
        }
        return Optional.of(new Prepared(ruled.get().rules(), records, ruled.get().context(), priors));
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
        if (now.isBefore(DateFunctions.MIN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !now.isBefore(DateFunctions.MAX_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            throw new CommandLine.ParameterException(line, "invalid --at '" + at + "': the clock must lie between "
                    + DateFunctions.MIN_DATE + " and " + DateFunctions.MAX_DATE + " (GMT), the dates formulas compute");
        }
        if (!Files.exists(rules)) {
            throw new CommandLine.ParameterException(line, "no such file or directory: " + rules);
        }
        if (isStandardInput() && inputFormat == null) {
            throw new CommandLine.ParameterException(line, "reading the records from standard input (-) needs "
                    + "--input-format jsonl or csv");
        }
        for (Path data : prior == null ? List.of(file) : List.of(file, prior)) {
            if (data == file && (isStandardInput() || inputFormat != null)) {
                if (!isStandardInput() && !Files.isRegularFile(data)) {
                    throw new CommandLine.ParameterException(line, "no such file: " + data);
                }
                continue; // the format is given, not told by the extension
            }
            if (!Files.isRegularFile(data)) {
                throw new CommandLine.ParameterException(line, "no such file: " + data);
            }
            if (RecordFiles.Format.of(data).isEmpty()) {
                throw new CommandLine.ParameterException(line, "cannot tell the format of " + data
                        + ": name JSON Lines files *.jsonl and CSV files *.csv");
            }
        }
        PrintWriter err = line.getErr();
        Rules.Loaded loaded = Rules.load(List.of(rules), allowOutsidePaths);
        if (loaded.hasErrors()) {
            err.print(loaded.render());
            return Optional.empty();
        }
        Rules compiled = loaded.rules().get();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        DiagnosticRenderer renderer = new DiagnosticRenderer(loaded.sources());
        for (HolidayGap gap : compiled.checked().holidayGaps(year, year)) {
            err.print(renderer.render(gap.diagnostic()));
        }
        if (compiled.checked().objects().isEmpty()) {
            err.println(rules + ": the rules declare no object, so there is nothing to evaluate");
            return Optional.empty();
        }
        RecordSchema schema = compiled.schema();
        if (object != null) {
            schema = schema.withDefault(object).orElseThrow(() -> new CommandLine.ParameterException(line,
                    "unknown --object '" + object + "'; the rules declare " + String.join(", ", compiled.schema().objectNames())));
        }
        PriorVersions priors = prior == null ? PriorVersions.none() : PriorVersions.read(prior, schema);
        return Optional.of(new Ruled(compiled, schema, EvalContext.at(now), priors));
    }

    /**
     * Whether the prior versions (read with the rules, so their problems wait until the records
     * are read, which are reported first) and their matching to the records have no problem; otherwise
     * prints them and says that nothing was evaluated. Their problems stop the run even with
     * --skip-invalid: skipping a prior row would evaluate its record as new.
     */
    boolean priorsMatch(PriorVersions priors, List<Diagnostic> mismatches, PrintWriter err) {
        List<Diagnostic> problems = new java.util.ArrayList<>(priors.problems());
        problems.addAll(mismatches);
        problems.sort(Diagnostic.ORDER);
        if (problems.isEmpty()) {
            return true;
        }
        problems.forEach(err::println);
        err.println(prior + ": " + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                + " with the prior versions; nothing was evaluated (--skip-invalid does not skip prior versions: "
                + "a skipped one would make its record new)");
        return false;
    }

    /** Whether the records come from standard input ({@code -}). */
    boolean isStandardInput() {
        return file.toString().equals("-");
    }

    /** The records' name in messages: the file as given, or {@code <stdin>}. */
    String shown() {
        return isStandardInput() ? "<stdin>" : file.toString();
    }

    /** Opens the records for reading, one row at a time, in the format given or told by the extension. */
    RecordStream openRecords(RecordSchema schema) throws IOException {
        if (inputFormat == null) {
            return RecordStream.open(file, shown(), schema);
        }
        RecordFiles.Format format = inputFormat == InputFormat.csv ? RecordFiles.Format.CSV : RecordFiles.Format.JSON_LINES;
        ReadableByteChannel channel = isStandardInput() ? Channels.newChannel(System.in) : Files.newByteChannel(file);
        return RecordStream.open(channel, shown(), format, schema);
    }

    /** The last line when the file as a whole has a problem: nothing was evaluated. */
    String wholeFileProblems() {
        return shown() + ": nothing was evaluated" + (skipInvalid
                ? " (--skip-invalid skips invalid rows, but these problems concern the whole file)" : "");
    }

    /** The last line when some rows are invalid and {@code --skip-invalid} was not given. */
    String invalidRows(long invalid, long valid) {
        return shown() + ": " + invalid + " of " + rows(invalid + valid) + (invalid == 1 ? " is" : " are")
                + " invalid; nothing was evaluated (--skip-invalid evaluates the other " + valid + ")";
    }

    /** The line that names every row skipped under {@code --skip-invalid}. */
    String skipped(long invalid, String described) {
        return skippedPrefix(invalid) + described;
    }

    /** The start of {@link #skipped}, before the rows named one by one. */
    String skippedPrefix(long invalid) {
        return shown() + ": skipped " + rows(invalid) + ": ";
    }

    private static String rows(long n) {
        return n + (n == 1 ? " row" : " rows");
    }

    private static String describe(List<RejectedRow> rows) {
        return rows.stream().map(RejectedRow::describe).collect(Collectors.joining(", "));
    }
}

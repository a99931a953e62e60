package io.stage7.cli;

import io.stage7.Rules;
import io.stage7.check.Literals;
import io.stage7.diag.Diagnostic;
import io.stage7.records.JsonLinesWriter;
import io.stage7.records.RecordFiles;
import io.stage7.records.RecordSchema;
import io.stage7.scenario.Load;
import io.stage7.scenario.Scenario;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.TraceSource;
import io.stage7.sim.trace.TraceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code stage7 generate SCENARIO --out FILE.jsonl [--seed N] [--from INSTANT] [--to INSTANT]}:
 * samples a scenario's synthetic load and writes every first submission, with its id and
 * submission instant, as a JSON Lines trace that a trace scenario replays. The records are the
 * ones {@code simulate} submits with the same seed (see {@link DeskModel#sampleSubmissions}).
 * Exit 1 for scenario, rules or model problems, a trace scenario, values the written file cannot
 * hold, or an output file that cannot be written; 2 for usage errors.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a scenario's synthetic submissions as a trace (JSON Lines) that a scenario can replay.")
final class GenerateCommand implements Callable<Integer> {

    /** Problems of the written file shown before the count of the rest. */
    private static final int SHOWN_PROBLEMS = 10;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML), with synthetic load.")
    Path scenarioFile;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The trace to write: a JSON Lines file (*.jsonl or *.ndjson), replaced if it exists.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the random streams (default: the scenario's seed).")
    Long seed;

    @Option(names = "--from", paramLabel = "INSTANT",
            description = "The first instant of the window, ISO-8601 with an offset (default: the scenario's start).")
    String from;

    @Option(names = "--to", paramLabel = "INSTANT",
            description = "The end of the window, excluded (default: the scenario's end).")
    String to;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine line = spec.commandLine();
        Optional<Instant> windowFrom = instant(line, "--from", from);
        Optional<Instant> windowTo = instant(line, "--to", to);
        if (RecordFiles.Format.of(out).orElse(RecordFiles.Format.CSV) != RecordFiles.Format.JSON_LINES) {
            throw new CommandLine.ParameterException(line, "--out " + out + ": a trace is written as JSON Lines; "
                    + "name the file *.jsonl");
        }
        if (!Files.isRegularFile(scenarioFile)) {
            throw new CommandLine.ParameterException(line, "no such scenario file: " + scenarioFile);
        }
        Optional<Scenario> scenario = ScenarioFiles.read(scenarioFile, line.getErr());
        if (scenario.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        Scenario run = seed == null ? scenario.get() : scenario.get().withSeed(seed);
        Instant start = windowFrom.orElse(run.start());
        Instant end = windowTo.orElse(run.end());
        if (!end.isAfter(start)) {
            throw new CommandLine.ParameterException(line, "the window ends before it starts: " + start + " .. " + end
                    + " (check --from and --to against the scenario's horizon)");
        }
        return generate(run, start, end, out, line.getOut(), line.getErr());
    }

    private static Optional<Instant> instant(CommandLine line, String option, String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(Literals.parseDateTime(text).orElseThrow(() -> new CommandLine.ParameterException(line,
                "invalid " + option + " '" + text + "': write ISO-8601 with an offset, e.g. 2026-03-01T00:00:00+11:00 "
                        + "or 2026-04-01T07:00:00Z")));
    }

    /**
     * Writes the first submissions of {@code scenario}'s synthetic load in [from, to) to
     * {@code file}, then reads the file back as a trace scenario would; returns the exit code.
     */
    static int generate(Scenario scenario, Instant from, Instant to, Path file, PrintWriter out, PrintWriter err) {
        if (scenario.load() instanceof Load.Trace replay) {
            err.println(scenario.source() + ": error: load.trace: the scenario replays the trace " + replay.file()
                    + ", so it has no synthetic load to sample; generate from a scenario with load.sources");
            return Main.INPUT_ERRORS;
        }
        Rules.Loaded loaded = Rules.load(scenario.rulesDir());
        if (loaded.hasErrors()) {
            err.print(loaded.render());
            return Main.INPUT_ERRORS;
        }
        Rules rules = loaded.rules().get();
        DeskModel.Preparation prepared = DeskModel.prepare(scenario, rules.checked(), rules.evaluator(), List.of());
        if (!prepared.problems().isEmpty()) {
            for (String problem : prepared.problems()) {
                err.println(scenario.source() + ": error: " + problem);
            }
            return Main.INPUT_ERRORS;
        }
        DeskModel model = prepared.model().get();
        if (model.submissionField().isEmpty()) {
            err.println(scenario.source() + ": error: load.object: " + scenario.load().object() + " has no SubmittedAt "
                    + "DateTime field and the decided SLA names none, so a trace could not say when each record was submitted");
            return Main.INPUT_ERRORS;
        }
        long written;
        try {
            written = write(model, from, to, file);
        } catch (IOException | UncheckedIOException e) {
            err.println(file + ": error: cannot write the trace: " + describe(e));
            return Main.INPUT_ERRORS;
        }
        RecordSchema schema = rules.schema().withDefault(scenario.load().object()).orElseThrow();
        TraceSource.Checked layout = DeskModel.traceLayout(scenario, rules.checked(), rules.evaluator()).checked()
                .orElseThrow();
        // Read back as a trace scenario over [from, to) would read it: row by row, not held.
        TraceFile.Scan back = TraceFile.scan(file, file.toString(), schema,
                new TraceSource.Checked(layout.type(), layout.submissionSlot(), from, to));
        back.trace().ifPresent(TraceFile::close);
        long replayed = back.trace().map(TraceFile::replayed).orElse(0L);
        if (back.trace().isEmpty() || back.rows() != written || replayed != written) {
            List<Diagnostic> problems = back.problems();
            problems.stream().limit(SHOWN_PROBLEMS).forEach(err::println);
            long more = problems.size() - Math.min(problems.size(), SHOWN_PROBLEMS) + back.unreported();
            if (more > 0) {
                err.println("... and " + more + " more");
            }
            err.println(file + ": error: " + back.rejected() + " of " + written + " records do not read back: "
                    + "the scenario's field specs draw values that the rules' fields cannot hold (see "
                    + scenario.source() + ")");
            return Main.INPUT_ERRORS;
        }
        out.println("Wrote " + written + " submission" + (written == 1 ? "" : "s") + " made from " + from + " to " + to
                + " (scenario " + scenario.name() + ", seed " + scenario.seed() + ") to " + file);
        out.println("Replay it with a scenario whose load is { object: " + scenario.load().object() + ", trace: "
                + file.getFileName() + " } (path relative to the scenario file).");
        return Main.OK;
    }

    /** Streams the records to the file, one line each, "\n"-terminated, UTF-8. */
    private static long write(DeskModel model, Instant from, Instant to, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return model.sampleSubmissions(0, from, to, record -> {
                try {
                    writer.write(JsonLinesWriter.line(record));
                    writer.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}

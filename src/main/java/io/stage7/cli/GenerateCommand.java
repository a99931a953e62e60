package io.stage7.cli;

import io.stage7.Simulator;
import io.stage7.check.Literals;
import io.stage7.diag.Limit;
import io.stage7.records.RecordFiles;
import io.stage7.scenario.Load;
import io.stage7.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code stage7 generate SCENARIO --out FILE.jsonl [--seed N] [--from INSTANT] [--to INSTANT]}:
 * samples a scenario's synthetic load and writes every first submission, with its id and
 * submission instant, as a JSON Lines trace that a trace scenario replays. The records are the
 * ones {@code simulate} submits with the same seed (see {@link Simulator#generate}).
 * Exit 1 for scenario, rules or model problems, a trace scenario, values the written file cannot
 * hold, or an output file that cannot be written; 2 for usage errors.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a scenario's synthetic submissions as a trace (JSON Lines) that a scenario can replay.")
final class GenerateCommand implements Callable<Integer> {

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
        if (windowFrom.isPresent() && windowTo.isPresent()) {
            checkWindow(line, windowFrom.get(), windowTo.get());
        }
        if (RecordFiles.Format.of(out).orElse(RecordFiles.Format.CSV) != RecordFiles.Format.JSON_LINES) {
            throw new CommandLine.ParameterException(line, "--out " + out + ": a trace is written as JSON Lines; "
                    + "name the file *.jsonl");
        }
        if (!Files.isRegularFile(scenarioFile)) {
            throw new CommandLine.ParameterException(line, "no such scenario file: " + scenarioFile);
        }
        PrintWriter err = line.getErr();
        Simulator.Prepared prepared = Simulator.prepare(scenarioFile, Optional.ofNullable(seed));
        err.print(prepared.messages());
        if (prepared.hasErrors()) {
            return Main.INPUT_ERRORS;
        }
        try (Simulator simulator = prepared.simulator().get()) {
            Scenario run = simulator.scenario();
            Instant start = windowFrom.orElse(run.start());
            Instant end = windowTo.orElse(run.end());
            checkWindow(line, start, end);
            if (run.load() instanceof Load.Synthetic synthetic) {
                checkVolume(line, synthetic, start, end);
            }
            Simulator.Generated generated = simulator.generate(start, end, out);
            generated.problems().forEach(err::println);
            if (!generated.ok()) {
                return Main.INPUT_ERRORS;
            }
            long written = generated.written();
            PrintWriter stdout = line.getOut();
            stdout.println("Wrote " + written + " submission" + (written == 1 ? "" : "s") + " made from " + start + " to "
                    + end + " (scenario " + run.name() + ", seed " + run.seed() + ") to " + out);
            stdout.println("Replay it with a scenario whose load is { object: " + run.load().object() + ", trace: "
                    + out.getFileName() + " } (path relative to the scenario file).");
            return Main.OK;
        }
    }

    private static Optional<Instant> instant(CommandLine line, String option, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Instant instant = Literals.parseDateTime(text).orElseThrow(() -> new CommandLine.ParameterException(line,
                "invalid " + option + " '" + text + "': write ISO-8601 with an offset, e.g. 2026-03-01T00:00:00+11:00 "
                        + "or 2026-04-01T07:00:00Z"));
        if (instant.isBefore(Scenario.earliest()) || instant.isAfter(Scenario.latest())) {
            throw new CommandLine.ParameterException(line, option + " " + text + " is outside 1700-01-01 .. 4000-12-31"
                    + " (GMT), the range of a scenario's horizon (docs/limits.md)");
        }
        return Optional.of(instant);
    }

    /** The window's order and length, held to a horizon's limits (docs/limits.md). */
    private static void checkWindow(CommandLine line, Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw new CommandLine.ParameterException(line, "the window ends before it starts: " + start + " .. " + end
                    + " (check --from and --to against the scenario's horizon)");
        }
        if (Duration.between(start, end).compareTo(Scenario.longestHorizon()) > 0) {
            throw new CommandLine.ParameterException(line, "the window " + start + " .. " + end + " is longer than ten"
                    + " years, the longest horizon (docs/limits.md)");
        }
    }

    /** The submissions the window may bring, held to the limit a replication's are (a replay submits them all). */
    private static void checkVolume(CommandLine line, Load.Synthetic load, Instant start, Instant end) {
        double days = Duration.between(start, end).toHours() / 24.0;
        double expected = load.busiestDay() * days;
        Limit limit = Scenario.submissionsLimit();
        if (limit.exceededBy(expected)) {
            throw new CommandLine.ParameterException(line, String.format(Locale.ROOT, "the window %s .. %s would bring"
                    + " about %,.0f submissions (%,.1f a day over %,.0f days), more than a trace may hold: shorten the"
                    + " window; %s", start, end, expected, load.busiestDay(), days, limit.explain()));
        }
    }
}

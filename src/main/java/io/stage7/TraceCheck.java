package io.stage7;

import io.stage7.diag.Diagnostic;
import io.stage7.output.OutputFile;
import io.stage7.records.JsonLinesWriter;
import io.stage7.records.RecordSchema;
import io.stage7.scenario.Load;
import io.stage7.scenario.Scenario;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.TraceSource;
import io.stage7.sim.trace.TraceFile;


import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The scenario's trace, checked row by row; the trace check and the read-back of a generated one. */
final class TraceCheck {
    /** Problems of a generated file shown before the count of the rest. */
    private static final int SHOWN_PROBLEMS = 10;

    private TraceCheck() {
    }

    static Optional<TraceFile> scan(Scenario run, Rules rules, Load.Trace replay, StringBuilder messages) {
        Optional<RecordSchema> schema = rules.schema().withDefault(replay.object());
        if (schema.isEmpty()) {
            messages.append(replay.file()).append(": the rules declare no object ").append(replay.object()).append('\n');
            return Optional.empty();
        }
        DeskModel.Layout layout = DeskModel.traceLayout(run, rules.checked(), rules.evaluator());
        if (layout.checked().isEmpty()) {
            messages.append(run.source()).append(": error: ").append(layout.problem()).append('\n');
            return Optional.empty();
        }
        TraceFile.Scan scan = TraceFile.scan(replay.file(), replay.file().toString(), schema.get(),
                layout.checked().get());
        for (Diagnostic problem : scan.problems()) {
            messages.append(problem).append('\n');
        }
        if (scan.unreported() > 0) {
            messages.append(replay.file()).append(": ... and ").append(scan.unreported()).append(" more problem")
                    .append(scan.unreported() == 1 ? "" : "s").append(" (only the first ")
                    .append(TraceFile.MAX_PROBLEMS).append(" are shown)\n");
        }
        if (scan.trace().isEmpty()) {
            messages.append(replay.file()).append(": the trace has problems; nothing was simulated\n");
        }
        return scan.trace();
    }

    static Simulator.Generated generate(Simulator simulator, Instant from, Instant to, Path file) {
        Scenario scenario = simulator.scenario();
        if (scenario.load() instanceof Load.Trace replay) {
            return failed(scenario.source() + ": error: load.trace: the scenario replays the trace " + replay.file()
                    + ", so it has no synthetic load to sample; generate from a scenario with load.sources");
        }
        DeskModel model = simulator.model();
        if (model.submissionField().isEmpty()) {
            return failed(scenario.source() + ": error: load.object: " + scenario.load().object() + " has no SubmittedAt "
                    + "DateTime field and the decided SLA names none, so a trace could not say when each record was submitted");
        }
        long written;
        try {
            written = OutputFile.write(file, temporary -> write(model, from, to, temporary));
        } catch (IOException | UncheckedIOException e) {
            return failed(file + ": error: cannot write the trace: " + describe(e));
        }
        return readBack(simulator, from, to, file, written);
    }

    /** Reads the file back as a trace scenario over [from, to) would read it: row by row, not held. */
    private static Simulator.Generated readBack(Simulator simulator, Instant from, Instant to, Path file, long written) {
        Scenario scenario = simulator.scenario();
        Rules rules = simulator.rules();
        RecordSchema schema = rules.schema().withDefault(scenario.load().object()).orElseThrow();
        TraceSource.Checked layout = DeskModel.traceLayout(scenario, rules.checked(), rules.evaluator()).checked()
                .orElseThrow();
        TraceFile.Scan back = TraceFile.scan(file, file.toString(), schema,
                new TraceSource.Checked(layout.type(), layout.submissionSlot(), from, to));
        back.trace().ifPresent(TraceFile::close);
        long replayed = back.trace().map(TraceFile::replayed).orElse(0L);
        if (back.trace().isPresent() && back.rows() == written && replayed == written) {
            return new Simulator.Generated(written, List.of());
        }
        List<String> problems = new ArrayList<>();
        back.problems().stream().limit(SHOWN_PROBLEMS).map(Diagnostic::toString).forEach(problems::add);
        long more = back.problems().size() - Math.min(back.problems().size(), SHOWN_PROBLEMS) + back.unreported();
        if (more > 0) {
            problems.add("... and " + more + " more");
        }
        problems.add(file + ": error: " + back.rejected() + " of " + written + " records do not read back: "
                + "the scenario's field specs draw values that the rules' fields cannot hold (see "
                + scenario.source() + ")");
        return new Simulator.Generated(written, problems);
    }

    private static Simulator.Generated failed(String problem) {
        return new Simulator.Generated(0, List.of(problem));
    }

    /** Streams the records to the file, one line each, "\n"-terminated, UTF-8. */
    private static long write(DeskModel model, Instant from, Instant to, Path file) throws IOException {
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

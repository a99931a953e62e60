package io.stage7.cli;

import io.stage7.Rules;
import io.stage7.diag.Diagnostic;
import io.stage7.records.RecordSchema;
import io.stage7.scenario.Load;
import io.stage7.scenario.Scenario;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.experiment.ReplicatedRun;
import io.stage7.sim.report.ReplicatedSummary;
import io.stage7.sim.report.ReplicatedSummaryTable;
import io.stage7.sim.report.ReplicationsCsv;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.report.SimulationOutputs;
import io.stage7.sim.report.SummaryTable;
import io.stage7.sim.report.html.HtmlReport;
import io.stage7.sim.report.html.SimulationReport;
import io.stage7.sim.trace.TraceFile;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code stage7 simulate} does once it has a valid scenario: load and compile its rules,
 * read its trace, build the desk model, run one replication (or n, with {@code --replications})
 * into the output folder and print the summary table. Separate from the command so tests can run
 * scenarios built in code.
 */
final class SimulationRun {

    private SimulationRun() {
    }

    /** The default output folder: {@code out/<scenario name>}, with characters unsafe in a file name replaced by '-'. */
    static Path defaultOutput(Scenario scenario) {
        String safe = scenario.name().replaceAll("[^A-Za-z0-9._-]", "-");
        return Path.of("out", safe.isEmpty() || safe.startsWith(".") ? "scenario" + safe : safe);
    }

    /** Runs one replication of the scenario and returns the exit code; problems go to {@code err}. */
    static int run(Scenario scenario, Optional<Long> seed, Path output, PrintWriter out, PrintWriter err) {
        Optional<Desk> desk = model(seed.map(scenario::withSeed).orElse(scenario), err);
        if (desk.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        RunSummary summary;
        try (Desk open = desk.get()) {
            DeskModel model = open.model();
            SimulationReport report = SimulationReport.of(model);
            summary = SimulationOutputs.write(model, 0, output, report.observe(0));
            report.write(output, List.of(summary));
            // A replicated run's per-replication file would not describe this run.
            Files.deleteIfExists(output.resolve(ReplicationsCsv.FILE));
        } catch (IOException e) {
            err.println("stage7: cannot write the output folder " + output + ": " + e);
            return Main.USAGE;
        }
        out.print(SummaryTable.render(summary));
        out.println();
        out.println("Wrote " + SimulationOutputs.SUMMARY + ", " + SimulationOutputs.TIMESERIES + ", "
                + SimulationOutputs.SUBMISSIONS + " and " + HtmlReport.FILE + " to " + output);
        if (!summary.conservation().holds()) {
            err.println(CONSERVATION_BUG);
            return Main.INTERNAL;
        }
        return Main.OK;
    }

    /**
     * Runs {@code count} replications of the scenario on {@code threads} threads and returns the
     * exit code: the replicated summary table on {@code out}, problems and progress on {@code err}.
     */
    static int runReplicated(Scenario scenario, Optional<Long> seed, Path output, int count, int threads,
                             ProgressLine progress, PrintWriter out, PrintWriter err) {
        Optional<Desk> desk = model(seed.map(scenario::withSeed).orElse(scenario), err);
        if (desk.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        ReplicatedSummary summary;
        progress.begin(count);
        try (Desk open = desk.get()) {
            DeskModel model = open.model();
            SimulationReport report = SimulationReport.of(model);
            summary = ReplicatedRun.write(model, count, threads, output, progress, report::observe);
            report.write(output, summary.runs());
        } catch (IOException e) {
            progress.finish();
            err.println("stage7: cannot write the output folder " + output + ": " + e);
            return Main.USAGE;
        }
        progress.finish();
        out.print(ReplicatedSummaryTable.render(summary));
        out.println();
        out.println("Wrote " + SimulationOutputs.SUMMARY + " (" + (count == 1 ? "the value" : "mean and 95% interval")
                + " of every metric over " + count + (count == 1 ? " replication" : " replications") + "), "
                + ReplicationsCsv.FILE + " (every replication), " + SimulationOutputs.TIMESERIES + " and "
                + SimulationOutputs.SUBMISSIONS + " of replication 0, and " + HtmlReport.FILE + " (every replication) to "
                + output);
        if (!summary.conservationHolds()) {
            err.println(CONSERVATION_BUG + " (replications " + summary.conservationViolations() + ")");
            return Main.INTERNAL;
        }
        return Main.OK;
    }

    static final String CONSERVATION_BUG =
            "stage7: internal error (a bug in Stage7, please report it): the conservation of work does not hold";

    /**
     * The desk model of a scenario: its rules loaded and compiled, its trace checked. Empty after
     * printing the problems (rules errors, trace errors, what only the model can see). Close it
     * when the runs are done: a trace out of submission order has a temporary index.
     */
    static Optional<Desk> model(Scenario run, PrintWriter err) {
        Rules.Loaded loaded = Rules.load(run.rulesDir());
        if (loaded.hasErrors()) {
            err.print(loaded.render());
            return Optional.empty();
        }
        return model(run, loaded.rules().get(), err);
    }

    /** The desk model of a scenario under rules already loaded; see {@link #model(Scenario, PrintWriter)}. */
    static Optional<Desk> model(Scenario run, Rules rules, PrintWriter err) {
        Optional<TraceFile> trace = Optional.empty();
        if (run.load() instanceof Load.Trace replay) {
            trace = trace(run, rules, replay, err);
            if (trace.isEmpty()) {
                return Optional.empty();
            }
        }
        DeskModel.Preparation prepared = trace.isPresent()
                ? DeskModel.prepare(run, rules.checked(), rules.evaluator(), trace.get())
                : DeskModel.prepare(run, rules.checked(), rules.evaluator(), List.of());
        if (!prepared.problems().isEmpty()) {
            for (String problem : prepared.problems()) {
                err.println(run.source() + ": error: " + problem);
            }
            trace.ifPresent(TraceFile::close);
            return Optional.empty();
        }
        return Optional.of(new Desk(prepared.model().get(), trace));
    }

    /** A desk model and the trace file it replays, which {@link #close} releases. */
    record Desk(DeskModel model, Optional<TraceFile> trace) implements AutoCloseable {
        @Override
        public void close() {
            trace.ifPresent(TraceFile::close);
        }
    }

    /** The scenario's trace, checked row by row; empty after printing the problems. */
    static Optional<TraceFile> trace(Scenario run, Rules rules, Load.Trace replay, PrintWriter err) {
        Optional<RecordSchema> schema = rules.schema().withDefault(replay.object());
        if (schema.isEmpty()) {
            err.println(replay.file() + ": the rules declare no object " + replay.object());
            return Optional.empty();
        }
        DeskModel.Layout layout = DeskModel.traceLayout(run, rules.checked(), rules.evaluator());
        if (layout.checked().isEmpty()) {
            err.println(run.source() + ": error: " + layout.problem());
            return Optional.empty();
        }
        TraceFile.Scan scan = TraceFile.scan(replay.file(), replay.file().toString(), schema.get(),
                layout.checked().get());
        for (Diagnostic problem : scan.problems()) {
            err.println(problem);
        }
        if (scan.unreported() > 0) {
            err.println(replay.file() + ": ... and " + scan.unreported() + " more problem"
                    + (scan.unreported() == 1 ? "" : "s") + " (only the first " + TraceFile.MAX_PROBLEMS
                    + " are shown)");
        }
        if (scan.trace().isEmpty()) {
            err.println(replay.file() + ": the trace has problems; nothing was simulated");
        }
        return scan.trace();
    }
}

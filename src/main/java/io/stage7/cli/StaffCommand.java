package io.stage7.cli;

import io.stage7.sim.experiment.LevelAnswer;
import io.stage7.sim.experiment.RegionStaffing;
import io.stage7.sim.experiment.StaffingLevel;
import io.stage7.sim.report.html.HtmlReport;
import io.stage7.sim.report.html.ReportPage;
import io.stage7.sim.report.html.StaffingCurve;
import io.stage7.sim.report.html.StaffingReport;

import io.stage7.Rules;
import io.stage7.scenario.Scenario;
import io.stage7.sim.experiment.StaffingJson;
import io.stage7.sim.experiment.StaffingResult;
import io.stage7.sim.experiment.StaffingSearch;
import io.stage7.sim.experiment.StaffingTable;
import io.stage7.sim.experiment.StaffingTarget;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.trace.TraceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code stage7 staff SCENARIO --target "approval >= 95%" [--confidence 0.9] [--replications N]
 * [--min 1] [--max 30] [--threads T] [--seed N] [--out DIR]}: the smallest headcount per region,
 * for normal weeks and for the period-end windows, that meets the target with that confidence.
 * Prints the answer and the curves; writes {@code staff.json} and {@code report.html} (the curves as charts). Exit 0 when every region met the
 * target, 4 when some region or level did not within the bounds (the result is still printed and
 * written), 1 for scenario or rules errors, 2 for usage errors (a bad target, bad bounds).
 */
@Command(name = "staff", mixinStandardHelpOptions = true,
        description = "Find the smallest headcount per region, for normal weeks and for the period-end windows, "
                + "that meets an SLA target with a given confidence (common random numbers across plans).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every region meets the target", "1:the input has errors", "2:usage error",
                "3:internal error (a bug)", "4:some region or level meets the target at no headcount within --min..--max"})
final class StaffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path scenarioFile;

    @Option(names = "--target", required = true, paramLabel = "TARGET",
            description = "What each region must achieve: 'approval >= 95%%' (decided-SLA attainment), "
                    + "'chatter >= 95%%' (first-response SLA attainment), or 'p50|p90|p95|p99 <= 12h' "
                    + "(that percentile of business hours to decision).")
    String target;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.9",
            description = "The level of the one-sided confidence bound that must meet the target (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "10",
            description = "Replications of every plan, at least 2 (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--min", paramLabel = "N", defaultValue = "1",
            description = "The smallest headcount considered (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--max", paramLabel = "N", defaultValue = "30",
            description = "The largest headcount considered, at most " + MAX_HEADCOUNT + " (default: ${DEFAULT-VALUE}).")
    int max;

    /** The largest --max: a hundred times the handbook's largest desk keeps a hopeless search short. */
    static final int MAX_HEADCOUNT = 1000;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the random streams (default: the scenario's seed).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The output folder for staff.json and report.html (default: out/<scenario name>-staff in the current directory).")
    Path out;

    @CommandLine.Mixin
    ParallelOptions parallel;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine line = spec.commandLine();
        PrintWriter err = line.getErr();
        StaffingTarget parsed;
        try {
            parsed = StaffingTarget.parse(target);
        } catch (StaffingTarget.SyntaxError e) {
            throw new CommandLine.ParameterException(line, "bad --target, " + e.render());
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new CommandLine.ParameterException(line, "--confidence must be between 0 and 1 (e.g. 0.9), got " + confidence);
        }
        if (replications < 2) {
            throw new CommandLine.ParameterException(line,
                    "--replications must be at least 2: one run says nothing about its own variability");
        }
        if (max > MAX_HEADCOUNT) {
            throw new CommandLine.ParameterException(line, "--max " + max + " is past the limit of " + MAX_HEADCOUNT
                    + " specialists per region (docs/limits.md): a target not met by then is not a staffing question");
        }
        if (min < 0 || max < min) {
            throw new CommandLine.ParameterException(line, "need 0 <= --min <= --max, got --min " + min + " --max " + max);
        }
        int threadCount = parallel.threads(line);
        if (!Files.isRegularFile(scenarioFile)) {
            throw new CommandLine.ParameterException(line, "no such scenario file: " + scenarioFile);
        }
        Optional<Scenario> read = ScenarioFiles.read(scenarioFile, err);
        if (read.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        Scenario scenario = seed != null ? read.get().withSeed(seed) : read.get();
        Rules.Loaded loaded = Rules.load(scenario.rulesDir());
        if (loaded.hasErrors()) {
            err.print(loaded.render());
            return Main.INPUT_ERRORS;
        }
        Rules rules = loaded.rules().get();
        Optional<SimulationRun.Desk> desk = SimulationRun.model(scenario, rules, err);
        if (desk.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        StaffingSearch.Settings settings = new StaffingSearch.Settings(parsed, confidence, replications, min, max, threadCount);
        StaffingResult result;
        DeskModel model = desk.get().model();
        try (SimulationRun.Desk open = desk.get()) {
            Optional<TraceFile> trace = open.trace();
            result = StaffingSearch.run(scenario, plan -> (trace.isPresent()
                            ? DeskModel.prepare(plan, rules.checked(), rules.evaluator(), trace.get())
                            : DeskModel.prepare(plan, rules.checked(), rules.evaluator(), List.of())).model().orElseThrow(),
                    settings, parallel.showProgress() ? progress(err) : StaffingSearch.Progress.NONE);
        }
        Path folder = out != null ? out : defaultOutput(scenario);
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(StaffingJson.FILE), StaffingJson.render(result), StandardCharsets.UTF_8);
            StaffingReport.write(folder, model, result.replications(), reportChart(result));
        } catch (IOException e) {
            err.println("stage7: cannot write the output folder " + folder + ": " + e);
            return Main.USAGE;
        }
        PrintWriter stdout = line.getOut();
        stdout.print(StaffingTable.render(result));
        stdout.println();
        stdout.println("Wrote " + StaffingJson.FILE + " and " + HtmlReport.FILE + " to " + folder);
        return result.allMet() ? Main.OK : Main.TARGET_NOT_MET;
    }

    /** The search's curves as report.html draws them: per region, one curve for normal weeks and one for the period-end windows. */
    static ReportPage.StaffingChart reportChart(StaffingResult result) {
        StaffingTarget target = result.target();
        List<StaffingCurve> curves = new java.util.ArrayList<>();
        for (RegionStaffing region : result.regions()) {
            for (StaffingLevel level : StaffingLevel.values()) {
                LevelAnswer answer = region.level(level);
                curves.add(new StaffingCurve(region.region(), level == StaffingLevel.NORMAL ? "normal weeks" : "period-end windows",
                        answer.curve().stream().map(p -> new StaffingCurve.Point(p.headcount(), p.mean(), p.low(), p.high())).toList(),
                        answer.headcount()));
            }
        }
        String metric = target.metric().isShare() ? target.metric().keyword() + " SLA attainment"
                : target.metric().keyword() + " business hours to decision";
        return new ReportPage.StaffingChart(metric, target.metric().isShare(), target.threshold(), result.confidence(), curves);
    }

    static Path defaultOutput(Scenario scenario) {
        Path base = SimulationRun.defaultOutput(scenario);
        return base.resolveSibling(base.getFileName() + "-staff");
    }

    /** A one-line progress report on stderr: the plan being simulated and its replications done. */
    private static StaffingSearch.Progress progress(PrintWriter err) {
        return (plan, description, completed, total) -> {
            synchronized (err) {
                TerminalWriter.control(err, "\r");
                err.print("staff: plan " + plan + " (" + description + "): " + completed + "/" + total
                        + " replications" + (completed == total ? "\n" : ""));
                err.flush();
            }
        };
    }
}

package io.stage7.cli;

import io.stage7.Simulator;
import io.stage7.sim.experiment.StaffingJson;
import io.stage7.sim.experiment.StaffingTarget;
import io.stage7.sim.report.html.HtmlReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code stage7 staff SCENARIO --target "approval >= 95%" [--confidence 0.9] [--replications N]
 * [--min 1] [--max 30] [--threads T] [--seed N] [--out DIR]}: the smallest headcount per region,
 * for normal weeks and for the period-end windows, that meets the target with that confidence.
 * Prints the plan (current and recommended, per region and window), its verification with fresh
 * random numbers and the marginal curves; writes {@code staff.json} and {@code report.html}. Exit 0
 * when the plan meets the target everywhere, settled and verified; 4 when some region or level did
 * not within the bounds; 5 when the search did not settle or the verification missed the target (in
 * both cases the result is still printed and written); 1 for scenario or rules errors, 2 for usage
 * errors (a bad target, bad bounds).
 */
@Command(name = "staff", mixinStandardHelpOptions = true,
        description = "Find one staffing plan, the smallest headcount per region for normal weeks and for each kind of "
                + "period-end window (EoM, EoQ, EoY), that meets an SLA target with a given confidence (common random "
                + "numbers across plans), and verify it with fresh random numbers.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every region meets the target", "1:the input has errors", "2:usage error",
                "3:internal error (a bug)", "4:some region or level meets the target at no headcount within --min..--max",
                "5:the search did not settle, or the recommended plan missed the target in its verification run"})
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
        try {
            StaffingTarget.parse(target);
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
        Simulator.Prepared prepared = Simulator.prepare(scenarioFile, Optional.ofNullable(seed));
        err.print(prepared.messages());
        if (prepared.hasErrors()) {
            return Main.INPUT_ERRORS;
        }
        Simulator.StaffingGoal goal = new Simulator.StaffingGoal(target, confidence, replications, min, max, threadCount);
        try (Simulator simulator = prepared.simulator().get()) {
            Path folder = out != null ? out : defaultOutput(simulator);
            Simulator.Staffed staffed;
            try {
                staffed = simulator.staff(goal, folder,
                        parallel.showProgress() ? progress(err) : Simulator.StaffingProgress.NONE);
            } catch (IOException e) {
                return Outputs.cannotWrite(folder, e, err);
            }
            PrintWriter stdout = line.getOut();
            stdout.print(staffed.table());
            stdout.println();
            stdout.println("Wrote " + StaffingJson.FILE + " and " + HtmlReport.FILE + " to " + folder);
            if (!staffed.allMet()) {
                return Main.TARGET_NOT_MET;
            }
            return staffed.settled() && staffed.verified() ? Main.OK : Main.NOT_SETTLED_OR_UNVERIFIED;
        }
    }

    static Path defaultOutput(Simulator simulator) {
        Path base = Simulator.defaultOutput(simulator.scenario());
        return base.resolveSibling(base.getFileName() + "-staff");
    }

    /** A one-line progress report on stderr: the plan being simulated and its replications done. */
    private static Simulator.StaffingProgress progress(PrintWriter err) {
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

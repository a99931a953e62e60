package io.stage7.cli;

import io.stage7.project.ProjectTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code stage7 init DIR}: starts a team's own rules project in a new or empty folder: rules with
 * their tests, sample data, a scenario, a README and a CI script that runs {@code stage7 check}
 * and {@code stage7 test}. Exit 0 when written, 2 when DIR is a file or a folder with files in it
 * (nothing is overwritten), 1 when it cannot be written.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Start a team's own rules project (rules, tests, sample data, a scenario, a README and a CI "
                + "script) in a new or empty folder.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the project was written", "1:the folder could not be written",
                "2:usage error: DIR is a file or a folder that is not empty (nothing is overwritten)"})
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of the new project (created; must be new or empty).")
    Path folder;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> written;
        try {
            written = ProjectTemplate.write(folder);
        } catch (ProjectTemplate.TargetInUse e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            err.println("stage7: error: cannot write the project " + folder + ": " + e.getMessage());
            return Main.INPUT_ERRORS;
        }
        long rules = written.stream().filter(f -> f.endsWith(".rules")).count();
        out.println("Started a rules project in " + folder + ": " + written.size() + " files, " + rules + " rules files.");
        out.println("Next:");
        out.println("  cd " + folder);
        out.println("  stage7 check rules/     # every problem in the rules");
        out.println("  stage7 test rules/      # run the rules' tests");
        out.println("  .ci/run                 # what CI runs (check, then test); see README.md");
        return Main.OK;
    }
}

package io.stage7.cli;

import io.stage7.Rules;
import io.stage7.ruletest.TestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code stage7 test DIR}: runs the rules' {@code test} blocks with the compiled rules and prints
 * each failure (where the test is, what it expected, what it got), then {@code N passed, M failed}.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the test blocks of rules files; exit 1 if any fails.")
final class TestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Rules files, or directories of *.rules files.")
    List<Path> paths;

    @Option(names = "--allow-outside-paths",
            description = "Let include and holidays from name files outside the rules folder (docs/limits.md).")
    boolean allowOutsidePaths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + path);
            }
        }
        Rules.Loaded loaded = Rules.load(paths, allowOutsidePaths);
        if (loaded.hasErrors()) {
            spec.commandLine().getErr().print(loaded.render());
            return Main.INPUT_ERRORS;
        }
        TestReport report = loaded.rules().get().runTests();
        spec.commandLine().getOut().print(report.render());
        return report.failed() > 0 ? Main.INPUT_ERRORS : Main.OK;
    }
}

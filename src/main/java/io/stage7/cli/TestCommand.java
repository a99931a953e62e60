package io.stage7.cli;

import io.stage7.Rules;
import io.stage7.ruletest.TestFilter;
import io.stage7.ruletest.TestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code stage7 test DIR}: runs the rules' {@code test} blocks with the compiled rules and prints
 * each failure (where the test is, what it expected, what it got), then {@code N passed, M failed};
 * or the same as JSON, or as a JUnit XML report for CI. {@code --filter} runs the tests whose
 * title matches ({@link TestFilter}).
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the test blocks of rules files; exit 1 if any fails.")
final class TestCommand implements Callable<Integer> {

    enum Format { text, json, junit }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Rules files, or directories of *.rules files.")
    List<Path> paths;

    @Option(names = "--allow-outside-paths",
            description = "Let include and holidays from name files outside the rules folder (docs/limits.md).")
    boolean allowOutsidePaths;

    @Option(names = "--filter", paramLabel = "PATTERN",
            description = "Run only the tests whose title contains PATTERN (ignoring case), or matches it as a glob "
                    + "when it has * or ?. Repeat to run the tests matching any.")
    List<String> filters = List.of();

    @Option(names = "--format", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); junit is JUnit XML for CI.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + path);
            }
        }
        for (String filter : filters) {
            if (filter.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--filter needs a pattern; '' matches every test");
            }
        }
        Rules.Loaded loaded = Rules.load(paths, allowOutsidePaths);
        if (loaded.hasErrors()) {
            spec.commandLine().getErr().print(loaded.render());
            return Main.INPUT_ERRORS;
        }
        TestReport report = loaded.rules().get().runTests(TestFilter.of(filters));
        if (report.results().isEmpty() && !filters.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no test matches --filter "
                    + String.join(", --filter ", filters.stream().map(f -> "'" + f + "'").toList()));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(TestReportJson.render(report));
            case junit -> out.print(TestReportJunit.render(report));
            default -> out.print(report.render());
        }
        return report.failed() > 0 ? Main.INPUT_ERRORS : Main.OK;
    }
}

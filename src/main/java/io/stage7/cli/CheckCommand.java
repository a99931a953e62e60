package io.stage7.cli;

import io.stage7.check.RulesCheck;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.DiagnosticRenderer;
import io.stage7.diag.DiagnosticSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code stage7 check FILE|DIR...}: every problem in every file, sorted, then a summary. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check rules files the way a compiler does and print every problem found.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Rules files, or directories of *.rules files.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
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
        RulesCheck result = RulesCheck.load(paths);
        PrintWriter out = spec.commandLine().getOut();
        DiagnosticSummary summary = result.summary();
        if (format == Format.json) {
            out.println(DiagnosticJson.render(summary, result.diagnostics()));
        } else {
            DiagnosticRenderer renderer = new DiagnosticRenderer(result.sources());
            for (Diagnostic diagnostic : result.diagnostics()) {
                out.print(renderer.render(diagnostic));
            }
            out.println(summary.line());
        }
        return summary.errors() > 0 ? Main.INPUT_ERRORS : Main.OK;
    }
}

package io.stage7.cli;

import io.stage7.check.Literals;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code stage7 check FILE|DIR...}: every problem in every file, sorted, then a summary; a calendar
 * whose listed holidays end before the clock's year ({@code --at}, default now) gets a warning.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check rules files the way a compiler does and print every problem found.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Rules files, or directories of *.rules files.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--allow-outside-paths",
            description = "Let include and holidays from name files outside the rules folder (docs/limits.md).")
    boolean allowOutsidePaths;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "The evaluation clock the calendars must have holiday data for (its year), ISO-8601 with an "
                    + "offset, e.g. 2028-01-03T09:00:00Z. Default: the current time.")
    String at;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + path);
            }
        }
        Instant now = at == null ? Instant.now() : Literals.parseDateTime(at).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "invalid --at '" + at + "': write ISO-8601 "
                        + "with an offset, e.g. 2028-01-03T09:00:00Z"));
        RulesCheck result = RulesCheck.load(paths, allowOutsidePaths);
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        int year = now.atZone(ZoneOffset.UTC).getYear();
        result.rules().ifPresent(rules -> rules.holidayGaps(year, year).forEach(g -> diagnostics.add(g.diagnostic())));
        diagnostics.sort(Diagnostic.ORDER);
        PrintWriter out = spec.commandLine().getOut();
        DiagnosticSummary summary = DiagnosticSummary.of(result.filesRead(), diagnostics);
        if (format == Format.json) {
            out.println(DiagnosticJson.render(summary, diagnostics));
        } else {
            out.print(new DiagnosticRenderer(result.sources()).renderAll(diagnostics));
            out.println(summary.line());
        }
        return summary.errors() > 0 ? Main.INPUT_ERRORS : Main.OK;
    }
}

package io.stage7.check;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.DiagnosticRenderer;
import io.stage7.diag.DiagnosticSummary;
import io.stage7.diag.SourceText;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Rules files read and checked: the front end, then (when every file parsed) the checker. The one
 * path by which Stage7 loads rules: {@code stage7 check}, the {@code Rules} entry point and the
 * scenario reader all start here, so a file means the same to each of them.
 *
 * @param rules       the checked rules; empty when any file had an error
 * @param diagnostics every problem, warnings too, sorted
 * @param sources     the text of every file read, for quoting lines
 * @param filesRead   how many rules files were read
 */
public record RulesCheck(Optional<CheckedRules> rules, List<Diagnostic> diagnostics, Map<String, SourceText> sources,
                         int filesRead) {

    public RulesCheck {
        Objects.requireNonNull(rules, "rules");
        diagnostics = List.copyOf(diagnostics);
        sources = Map.copyOf(sources);
    }

    /**
     * Reads and checks rules files, or directories of {@code *.rules} files; {@code include} and
     * {@code holidays from} stay inside them unless the system property
     * {@value RulesLoader#ALLOW_OUTSIDE_PATHS} is {@code true}.
     */
    public static RulesCheck load(List<Path> paths) {
        return load(paths, Boolean.getBoolean(RulesLoader.ALLOW_OUTSIDE_PATHS));
    }

    /** As {@link #load(List)}; {@code allowOutsidePaths} lets paths in rules leave the folders given. */
    public static RulesCheck load(List<Path> paths, boolean allowOutsidePaths) {
        LoadResult load = RulesLoader.load(paths, allowOutsidePaths);
        List<Diagnostic> diagnostics = new ArrayList<>(load.diagnostics());
        Optional<CheckedRules> rules = Optional.empty();
        if (!load.hasErrors()) {
            // A file with syntax errors contributes no declarations: checking the rest would
            // report names it declares as unknown, so the checker runs only on clean files.
            CheckResult checked = Checker.check(load.program());
            diagnostics.addAll(MissingIncludes.advise(load.program(), checked.diagnostics(),
                    () -> RulesLoader.nearby(paths)));
            if (!checked.hasErrors()) {
                rules = Optional.of(checked.rules());
            }
        }
        diagnostics.sort(Diagnostic.ORDER);
        return new RulesCheck(rules, diagnostics, load.sources(), load.filesRead());
    }

    /** As {@link #load(List)}, for one file or directory. */
    public static RulesCheck load(Path path) {
        return load(List.of(path));
    }

    public boolean hasErrors() {
        return rules.isEmpty();
    }

    /** The errors alone, sorted. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** The counts of files, errors and warnings. */
    public DiagnosticSummary summary() {
        return DiagnosticSummary.of(filesRead, diagnostics);
    }

    /** Every diagnostic with its source line and caret, then the summary line, as {@code stage7 check} prints them. */
    public String render() {
        return new DiagnosticRenderer(sources).renderAll(diagnostics) + summary().line() + "\n";
    }
}

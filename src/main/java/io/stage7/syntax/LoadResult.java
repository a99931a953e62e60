package io.stage7.syntax;

import io.stage7.ast.Program;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceText;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What loading rules produced: the program (the files that parsed cleanly), the text of every
 * file decoded (so diagnostics can quote it), every problem found, sorted, and how many files were
 * read, including those refused as binary or too large.
 */
public record LoadResult(Program program, Map<String, SourceText> sources, List<Diagnostic> diagnostics,
                         int filesRead) {
    public LoadResult {
        Objects.requireNonNull(program, "program");
        sources = Map.copyOf(sources);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

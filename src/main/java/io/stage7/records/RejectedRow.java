package io.stage7.records;

import io.stage7.diag.Diagnostic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of a data file that did not become a record, with every problem found in it.
 *
 * @param line the 1-based line the row starts on
 * @param id   the row's id, when it had a usable one
 */
public record RejectedRow(int line, Optional<String> id, List<Diagnostic> problems) {
    public RejectedRow {
        Objects.requireNonNull(id, "id");
        problems = List.copyOf(problems);
    }

    /** {@code line 4 (id OPP-0004)}, or {@code line 4} for a row without a usable id. */
    public String describe() {
        return "line " + line + id.map(value -> " (id " + value + ")").orElse("");
    }
}

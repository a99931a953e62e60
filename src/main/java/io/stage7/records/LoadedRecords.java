package io.stage7.records;

import io.stage7.diag.Diagnostic;
import io.stage7.eval.DataRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one data file produced: the records of the rows that were valid, in file order;
 * the rows that were not, each with its problems; and problems of the file as a whole (it cannot
 * be read, its header is wrong, a quote never closes), which no row can be skipped past.
 *
 * <p>Nothing is dropped silently: every row of the file is either in {@link #records()} or in
 * {@link #rejected()}.
 */
public record LoadedRecords(String file, List<DataRecord> records, List<RejectedRow> rejected,
                            List<Diagnostic> fileProblems) {
    public LoadedRecords {
        Objects.requireNonNull(file, "file");
        records = List.copyOf(records);
        rejected = List.copyOf(rejected);
        fileProblems = List.copyOf(fileProblems);
    }

    /** Whether every row became a record and the file had no problem. */
    public boolean isClean() {
        return rejected.isEmpty() && fileProblems.isEmpty();
    }

    /**
     * Whether the valid rows can be used on their own by skipping the rejected ones: true unless
     * the file as a whole has a problem.
     */
    public boolean canSkipInvalid() {
        return fileProblems.isEmpty();
    }

    /** Every problem, file problems and row problems together, in file order. */
    public List<Diagnostic> problems() {
        List<Diagnostic> all = new ArrayList<>(fileProblems);
        rejected.forEach(row -> all.addAll(row.problems()));
        all.sort(Diagnostic.ORDER);
        return List.copyOf(all);
    }

    /** The record with this id (ids are compared exactly). */
    public Optional<DataRecord> record(String id) {
        for (DataRecord record : records) {
            if (record.id().equals(id)) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }
}

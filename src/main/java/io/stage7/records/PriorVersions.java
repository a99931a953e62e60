package io.stage7.records;

import io.stage7.diag.Diagnostic;
import io.stage7.eval.DataRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The versions of records before the save, read from a data file in the same format as the records
 * ({@code stage7 eval --prior}) and matched to them by Id: what {@code ISNEW()}, {@code ISCHANGED}
 * and {@code PRIORVALUE} compare with. A record without a prior version is new.
 *
 * <p>Every problem is located: a row that does not read (as {@link RecordFiles} reports it,
 * duplicate Ids included), a prior version whose Id matches no record, or one of another object
 * than its record. A prior version stands for its record as a whole, so no problem can be
 * skipped past: a skipped prior row would silently turn an update into a new record.
 */
public final class PriorVersions {
    private static final PriorVersions NONE = new PriorVersions("", Map.of(), Map.of(), List.of());

    private final String file;
    private final Map<String, DataRecord> byId;
    private final Map<String, Integer> lines;
    private final List<Diagnostic> problems;

    private PriorVersions(String file, Map<String, DataRecord> byId, Map<String, Integer> lines,
                          List<Diagnostic> problems) {
        this.file = file;
        this.byId = byId;
        this.lines = lines;
        this.problems = List.copyOf(problems);
    }

    /** No prior versions: every record is new. */
    public static PriorVersions none() {
        return NONE;
    }

    /** Reads the prior versions in a JSON Lines or CSV file, laid out by {@code schema}. */
    public static PriorVersions read(Path file, RecordSchema schema) {
        Map<String, Integer> lines = new HashMap<>();
        LoadedRecords loaded = RecordFiles.read(file, schema, lines);
        Map<String, DataRecord> byId = new LinkedHashMap<>();
        loaded.records().forEach(record -> byId.put(record.id(), record));
        return new PriorVersions(loaded.file(), byId, lines, loaded.problems());
    }

    /** The problems of the file itself and of its rows, in file order. */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** The prior version of {@code record}, by its Id; empty when it is new. */
    public Optional<DataRecord> of(DataRecord record) {
        return Optional.ofNullable(byId.get(record.id()));
    }

    /**
     * The problems of matching these prior versions to the rows of a data file: a prior version
     * whose Id is no row's Id (a rejected row's Id counts as a match: that row is reported on its
     * own), and one whose object is not its record's. In prior-file order.
     */
    public List<Diagnostic> mismatches(LoadedRecords records) {
        Objects.requireNonNull(records, "records");
        Map<String, String> objects = new HashMap<>();
        records.records().forEach(record -> objects.put(record.id(), record.type().object().name()));
        Set<String> rejected = new HashSet<>();
        records.rejected().forEach(row -> row.id().ifPresent(rejected::add));
        return mismatches(records.file(), objects, rejected);
    }

    /**
     * As {@link #mismatches(LoadedRecords)}, for a data file read as a stream: the object of
     * each record by Id, and the Ids of the rows that were rejected.
     */
    public List<Diagnostic> mismatches(String recordsFile, Map<String, String> objectById, Set<String> rejectedIds) {
        List<Diagnostic> out = new ArrayList<>();
        for (DataRecord prior : byId.values()) {
            int line = lines.getOrDefault(prior.id(), 1);
            String object = objectById.get(prior.id());
            String priorObject = prior.type().object().name();
            if (object == null && !rejectedIds.contains(prior.id())) {
                out.add(RowBuilder.problem(file, line, 1, "unmatched-prior", "prior version of '" + prior.id()
                        + "' matches no record of " + recordsFile + "; a prior version needs its record's Id"));
            } else if (object != null && !object.equals(priorObject)) {
                out.add(RowBuilder.problem(file, line, 1, "prior-object", "prior version of '" + prior.id()
                        + "' is " + article(priorObject) + ", but its record is " + article(object)));
            }
        }
        return out;
    }

    private static String article(String object) {
        return ("AEIOU".indexOf(Character.toUpperCase(object.charAt(0))) >= 0 ? "an " : "a ") + object;
    }
}

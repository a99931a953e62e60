package io.stage7.records;

import io.stage7.check.FieldKind;
import io.stage7.check.Suggestions;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceSpan;
import io.stage7.eval.Record;
import io.stage7.eval.RecordBuilder;
import io.stage7.eval.RecordType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Collects one row's id and values, and every problem with them, then becomes a record or a
 * rejected row. Shared by the CSV and JSON Lines readers, so both word problems alike.
 */
final class RowBuilder {
    private final String file;
    private final int line;
    private RecordType type;
    private String id;
    private final Map<Integer, Object> values = new HashMap<>();
    private final Map<Integer, String> givenAt = new HashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private boolean reportMissingId = true;

    RowBuilder(String file, int line, RecordType type) {
        this.file = file;
        this.line = line;
        this.type = type;
    }

    RecordType type() {
        return type;
    }

    void type(RecordType type) {
        this.type = type;
    }

    /**
     * Not to report a missing id: a CSV header without an Id column says it once for all rows,
     * and a malformed JSON line has one problem, not two.
     */
    void missingIdReported() {
        reportMissingId = false;
    }

    void reportMissingId() {
        reportMissingId = true;
    }

    void id(String id) {
        this.id = id;
    }

    Optional<String> id() {
        return Optional.ofNullable(id);
    }

    void problem(int atLine, int column, String code, String message) {
        problems.add(problem(file, atLine, column, code, message));
    }

    static Diagnostic problem(String file, int line, int column, String code, String message) {
        return Diagnostic.error(code, new SourceSpan(file, line, Math.max(1, column), line, Math.max(1, column) + 1,
                0, 0), message);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Sets the value of a slot; a slot given twice (say as {@code Account.Id} and {@code Account}) is a problem. */
    void set(int slot, Object value, String written, int atLine, int column) {
        String first = givenAt.putIfAbsent(slot, written + " at " + atLine + ":" + column);
        if (first != null) {
            problem(atLine, column, "duplicate-field", written + " is given twice; first as " + first);
            return;
        }
        values.put(slot, value);
    }

    /**
     * Adds the row to {@code records}, or to {@code rejected} with every problem found;
     * {@code seen} holds the ids of earlier rows, with their lines.
     */
    void finish(Map<String, Integer> seen, List<Record> records, List<RejectedRow> rejected) {
        if (id == null) {
            if (reportMissingId) {
                problem(line, 1, "missing-id", "this row has no Id; every record needs a unique Id");
            }
        } else {
            Integer firstLine = seen.putIfAbsent(id, line);
            if (firstLine != null) {
                problem(line, 1, "duplicate-id", "duplicate Id '" + id + "'; line " + firstLine + " has the same Id");
            }
        }
        if (id == null || !problems.isEmpty()) {
            problems.sort(Diagnostic.ORDER);
            rejected.add(new RejectedRow(line, Optional.ofNullable(id), problems));
            return;
        }
        RecordBuilder builder = Record.builder(type).id(id);
        values.forEach(builder::set);
        records.add(builder.build());
    }

    /**
     * The slot a column or key names: a field path of the record type, ignoring case, or
     * {@code Lookup.Id} for the lookup itself (the related record's id).
     */
    static OptionalInt slotOf(RecordType type, String path) {
        OptionalInt slot = type.slotOf(path);
        if (slot.isPresent()) {
            return slot;
        }
        if (path.toLowerCase(Locale.ROOT).endsWith(".id")) {
            OptionalInt lookup = type.slotOf(path.substring(0, path.length() - 3));
            if (lookup.isPresent() && type.field(lookup.getAsInt()).kind() == FieldKind.LOOKUP) {
                return lookup;
            }
        }
        return OptionalInt.empty();
    }

    /** {@code "unknown column 'Amout'; did you mean 'Amount'?"}, for any path of the type. */
    static String unknown(String what, String path, RecordType type) {
        List<String> candidates = new ArrayList<>(type.paths());
        candidates.add("Id");
        return "unknown " + what + " '" + path + "': " + type.object().name() + " has no such field"
                + Suggestions.didYouMean(path, candidates);
    }
}

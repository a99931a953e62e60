package io.stage7.records;

import io.stage7.check.FieldKind;
import io.stage7.check.Suggestions;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceSpan;
import io.stage7.eval.DataRecord;
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
 * Collects one row's id and values, and every problem with them, then {@linkplain #build builds}
 * the row: a record, or the problems that keep it from being one. Shared by the CSV and JSON
 * Lines readers, so both word problems alike. Whether the id was seen before is the caller's
 * question ({@link RecordStream.Row#duplicateOf}).
 */
final class RowBuilder {
    private final String file;
    private final int line;
    private final long offset;
    private RecordType type;
    private String id;
    private final Map<Integer, Given> values = new HashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private boolean reportMissingId = true;

    /** A value, and how and where it was written, should it be given again. */
    private record Given(Object value, String written, int line, int column) {
    }

    RowBuilder(String file, int line, long offset, RecordType type) {
        this.file = file;
        this.line = line;
        this.offset = offset;
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
        Given first = values.putIfAbsent(slot, new Given(value, written, atLine, column));
        if (first != null) {
            problem(atLine, column, "duplicate-field", written + " is given twice; first as " + first.written()
                    + " at " + first.line() + ":" + first.column());
        }
    }

    /** The row: a record when it has an id and no problem; otherwise every problem found, in order. */
    RecordStream.Row build() {
        if (id == null && reportMissingId) {
            problem(line, 1, "missing-id", "this row has no Id; every record needs a unique Id");
        }
        if (id == null || !problems.isEmpty()) {
            problems.sort(Diagnostic.ORDER);
            return new RecordStream.Row(file, line, offset, Optional.ofNullable(id), Optional.empty(), problems);
        }
        RecordBuilder builder = DataRecord.builder(type).id(id);
        values.forEach((slot, given) -> builder.set(slot, given.value()));
        return new RecordStream.Row(file, line, offset, Optional.of(id), Optional.of(builder.build()), List.of());
    }

    /** The problem that a row repeats the id of the row on {@code firstLine}. */
    static Diagnostic duplicateId(String file, int line, String id, int firstLine) {
        return problem(file, line, 1, "duplicate-id", "duplicate Id '" + id + "'; line " + firstLine + " has the same Id");
    }

    /**
     * The slot a column or key names: a field path of the record type, ignoring case, or
     * {@code Lookup.Id} for the lookup itself (the related record's id). Failing that, the names
     * Salesforce's API gives the same relationship: {@code AccountId} for the lookup
     * {@code Account} (its id field), and a custom relationship as {@code Partner__r} (to read
     * through it) or {@code Partner__c} (its id field), whichever of the two the rules declare.
     */
    static OptionalInt slotOf(RecordType type, String path) {
        OptionalInt slot = declaredSlot(type, path);
        if (slot.isPresent()) {
            return slot;
        }
        String[] parts = path.split("\\.", -1);
        List<String> prefixes = new ArrayList<>(List.of(""));
        for (int i = 0; i < parts.length - 1; i++) {
            List<String> longer = new ArrayList<>();
            for (String prefix : prefixes) {
                longer.add(prefix + parts[i] + ".");
                swappedCustom(parts[i]).ifPresent(other -> longer.add(prefix + other + "."));
            }
            prefixes = longer;
        }
        String last = parts[parts.length - 1];
        for (String prefix : prefixes) {
            OptionalInt found = declaredSlot(type, prefix + last);
            if (found.isPresent()) {
                return found;
            }
            for (String lookup : lookupSpellings(last)) {
                found = declaredSlot(type, prefix + lookup);
                if (found.isPresent() && type.field(found.getAsInt()).kind() == FieldKind.LOOKUP) {
                    return found;
                }
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt declaredSlot(RecordType type, String path) {
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

    /** {@code Partner__r} for {@code Partner__c} and back: a custom relationship's two API names. */
    private static Optional<String> swappedCustom(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("__r") || lower.endsWith("__c")) {
            String stem = name.substring(0, name.length() - 1);
            return Optional.of(stem + (lower.endsWith("__r") ? "c" : "r"));
        }
        return Optional.empty();
    }

    /** Other names of a lookup whose id a column holds: {@code AccountId} is {@code Account}'s. */
    private static List<String> lookupSpellings(String name) {
        List<String> names = new ArrayList<>(2);
        swappedCustom(name).ifPresent(names::add);
        if (name.length() > 2 && name.toLowerCase(Locale.ROOT).endsWith("id")) {
            names.add(name.substring(0, name.length() - 2));
        }
        return names;
    }

    /** {@code "unknown column 'Amout'; did you mean 'Amount'?"}, for any path of the type. */
    static String unknown(String what, String path, RecordType type) {
        List<String> candidates = new ArrayList<>(type.paths());
        candidates.add("Id");
        return "unknown " + what + " '" + path + "': " + type.object().name() + " has no such field"
                + Suggestions.didYouMean(path, candidates);
    }
}

package io.stage7.records;

import io.stage7.diag.Diagnostic;
import io.stage7.eval.RecordType;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Records from CSV with a header row, one row at a time. The header names the columns: {@code Id}
 * (any case), the record id, is required; every other column is a field path of the default
 * object, such as {@code Amount} or {@code Account.Industry}. An empty cell is blank (an unticked
 * Checkbox). Problems of the header, and a quote that never closes, concern the whole file.
 */
final class CsvRecords implements RowParser {
    private static final String ID = "id";

    private final String file;
    private final CsvReader csv;
    private final RecordType type;
    private final List<Diagnostic> fileProblems;
    private final Columns columns;
    private boolean ended;

    private CsvRecords(String file, CsvReader csv, RecordType type, List<Diagnostic> fileProblems, Columns columns) {
        this.file = file;
        this.csv = csv;
        this.type = type;
        this.fileProblems = fileProblems;
        this.columns = columns;
    }

    /**
     * Reads the header from {@code lines}, ready for the rows after it; problems of the file as
     * a whole, met now or later, are added to {@code fileProblems}.
     */
    static CsvRecords afterHeader(String file, LineSource lines, RecordType type, List<Diagnostic> fileProblems)
            throws IOException {
        CsvReader csv = new CsvReader(lines);
        CsvReader.Row header = csv.next();
        if (header == null) {
            CsvRecords none = new CsvRecords(file, csv, type, fileProblems, new Columns(new int[0], -1));
            none.end();
            if (fileProblems.isEmpty() && !lines.stoppedEarly()) {
                fileProblems.add(RowBuilder.problem(file, 1, 1, "missing-header",
                        "the file is empty; a CSV file starts with a header row naming its columns, Id first"));
            }
            return none;
        }
        for (CsvReader.Problem problem : header.problems()) {
            fileProblems.add(RowBuilder.problem(file, problem.line(), problem.column(), "malformed-csv", problem.message()));
        }
        Columns columns = columns(file, header, type, fileProblems);
        return new CsvRecords(file, csv, type, fileProblems, columns);
    }

    @Override
    public CsvReader.Row read() throws IOException {
        if (ended) {
            return null;
        }
        CsvReader.Row row = csv.next();
        if (row == null) {
            end();
        }
        return row;
    }

    @Override
    public RowBuilder parse(Unparsed row) {
        return row((CsvReader.Row) row);
    }

    private void end() {
        ended = true;
        csv.fatal().ifPresent(p -> fileProblems.add(RowBuilder.problem(file, p.line(), p.column(),
                "unterminated-quote", p.message())));
        csv.tooLong().ifPresent(p -> fileProblems.add(RowBuilder.problem(file, p.line(), p.column(),
                "record-too-long", p.message())));
    }

    /** The slot of each column of the header; -1 for the id column and for columns that name no field. */
    private record Columns(int[] slots, int idColumn) {
    }

    private static Columns columns(String file, CsvReader.Row header, RecordType type, List<Diagnostic> problems) {
        int[] slots = new int[header.fields().size()];
        int idColumn = -1;
        Map<String, CsvReader.Field> names = new HashMap<>();
        Map<Integer, CsvReader.Field> bySlot = new HashMap<>();
        for (int i = 0; i < slots.length; i++) {
            CsvReader.Field field = header.fields().get(i);
            String name = field.text().strip();
            slots[i] = -1;
            CsvReader.Field first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), field);
            if (name.isEmpty()) {
                problems.add(RowBuilder.problem(file, field.line(), field.column(), "unknown-column",
                        "column " + (i + 1) + " has no name; name every column in the header"));
            } else if (first != null) {
                problems.add(RowBuilder.problem(file, field.line(), field.column(), "duplicate-column",
                        "column '" + name + "' appears twice in the header; first at column " + first.column()));
            } else if (name.equalsIgnoreCase(ID)) {
                idColumn = i;
            } else {
                OptionalInt slot = RowBuilder.slotOf(type, name);
                if (slot.isEmpty()) {
                    problems.add(RowBuilder.problem(file, field.line(), field.column(), "unknown-column",
                            RowBuilder.unknown("column", name, type)));
                } else {
                    CsvReader.Field same = bySlot.putIfAbsent(slot.getAsInt(), field);
                    if (same != null) {
                        problems.add(RowBuilder.problem(file, field.line(), field.column(), "duplicate-column",
                                "column '" + name + "' names the same field as column '" + same.text().strip() + "'"));
                    } else {
                        slots[i] = slot.getAsInt();
                    }
                }
            }
        }
        if (idColumn < 0) {
            problems.add(RowBuilder.problem(file, header.line(), 1, "missing-id-column",
                    "the header has no Id column; every record needs a unique Id"));
        }
        return new Columns(slots, idColumn);
    }

    private RowBuilder row(CsvReader.Row row) {
        RowBuilder builder = new RowBuilder(file, row.line(), row.offset(), type);
        for (CsvReader.Problem problem : row.problems()) {
            builder.problem(problem.line(), problem.column(), "malformed-csv", problem.message());
        }
        if (columns.idColumn() < 0) {
            builder.missingIdReported();
        }
        List<CsvReader.Field> fields = row.fields();
        int expected = columns.slots().length;
        if (columns.idColumn() >= 0 && columns.idColumn() < fields.size()) {
            String id = fields.get(columns.idColumn()).text().strip();
            if (!id.isEmpty()) {
                builder.id(id);
            }
        }
        if (fields.size() != expected) {
            builder.problem(row.line(), 1, "field-count", "this row has " + fields.size() + " field"
                    + (fields.size() == 1 ? "" : "s") + ", but the header has " + expected + " column"
                    + (expected == 1 ? "" : "s") + (fields.size() > expected ? "; quote values that contain commas" : ""));
            return builder;
        }
        for (int i = 0; i < fields.size(); i++) {
            int slot = columns.slots()[i];
            if (slot < 0) {
                continue;
            }
            CsvReader.Field cell = fields.get(i);
            FieldValues.Parsed parsed = FieldValues.fromText(type.path(slot), type.field(slot), cell.text());
            if (parsed.ok()) {
                builder.set(slot, parsed.value(), type.path(slot), cell.line(), cell.column());
            } else {
                builder.problem(cell.line(), cell.column(), "invalid-value", parsed.problem());
            }
        }
        return builder;
    }
}

package io.stage7.records;

import io.stage7.diag.Diagnostic;
import io.stage7.eval.DataRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads records from a data file, choosing the format by the file's extension: {@code .jsonl}
 * or {@code .ndjson} for JSON Lines, {@code .csv} for CSV with a header. Files are UTF-8; a
 * leading byte-order mark (as Excel writes) is ignored. Problems come back in the result; nothing
 * is thrown for any file content. Both methods read through {@link RecordStream}, one row at a
 * time, and keep every row; a reader that must not hold the whole file uses the stream itself.
 */
public final class RecordFiles {

    private RecordFiles() {
    }

    /** The data formats Stage7 reads. */
    public enum Format {
        JSON_LINES, CSV;

        /** The format a file's extension names; empty for other extensions. */
        public static Optional<Format> of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return Optional.of(JSON_LINES);
            }
            if (name.endsWith(".csv")) {
                return Optional.of(CSV);
            }
            return Optional.empty();
        }
    }

    /** Reads a file; problems are reported against the path as given. */
    public static LoadedRecords read(Path file, RecordSchema schema) {
        return read(file, schema, null);
    }

    /** As {@link #read(Path, RecordSchema)}, noting in {@code lines} (when not null) the line of each record's id. */
    static LoadedRecords read(Path file, RecordSchema schema, Map<String, Integer> lines) {
        String shown = file.toString();
        if (Format.of(file).isEmpty()) {
            return failed(shown, "unknown-format", "cannot tell the format of " + shown
                    + ": name JSON Lines files *.jsonl and CSV files *.csv");
        }
        try (RecordStream stream = RecordStream.open(file, shown, schema)) {
            return load(shown, stream, lines);
        } catch (IOException e) {
            return new LoadedRecords(shown, List.of(), List.of(), List.of(unreadable(shown, e)));
        }
    }

    /** Reads every record of a stream already open (standard input, say); problems name it as the stream does. */
    public static LoadedRecords read(RecordStream stream, String shown) {
        try (stream) {
            return load(shown, stream, null);
        } catch (IOException e) {
            return new LoadedRecords(shown, List.of(), List.of(), List.of(unreadable(shown, e)));
        }
    }

    /** The problem that a data file could not be opened or read, as {@link #read} reports it. */
    public static Diagnostic unreadable(String shown, IOException e) {
        return RowBuilder.problem(shown, 1, 1, "unreadable", e instanceof NoSuchFileException
                ? "no such file: " + shown : "cannot read " + shown + ": " + e.getMessage());
    }

    /** Reads text in a format; {@code file} is the name problems are reported against. */
    public static LoadedRecords parse(String file, String text, Format format, RecordSchema schema) {
        try (RecordStream stream = RecordStream.over(text.getBytes(StandardCharsets.UTF_8), file, format, schema)) {
            return load(file, stream, null);
        } catch (IOException e) {
            throw new IllegalStateException("reading text in memory cannot fail", e);
        }
    }

    /** Every row of the stream, each id checked against the rows before it. */
    private static LoadedRecords load(String file, RecordStream stream, Map<String, Integer> lines)
            throws IOException {
        List<DataRecord> records = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        IdIndex seen = new IdIndex();
        for (RecordStream.Row row = stream.next(); row != null; row = stream.next()) {
            if (row.id().isPresent()) {
                int firstLine = seen.firstLine(row.id().get(), row.line());
                if (firstLine >= 0) {
                    row = row.duplicateOf(firstLine);
                }
            }
            if (row.record().isPresent()) {
                records.add(row.record().get());
                if (lines != null) {
                    lines.put(row.id().orElseThrow(), row.line());
                }
            } else {
                rejected.add(row.rejected());
            }
        }
        Optional<Diagnostic> notText = stream.notText();
        if (notText.isPresent()) {
            // Bytes that are not text leave no row to trust, as when the whole file was decoded first.
            return new LoadedRecords(file, List.of(), List.of(), List.of(notText.get()));
        }
        return new LoadedRecords(file, records, rejected, stream.fileProblems());
    }

    private static LoadedRecords failed(String file, String code, String message) {
        Diagnostic problem = RowBuilder.problem(file, 1, 1, code, message);
        return new LoadedRecords(file, List.of(), List.of(), List.of(problem));
    }
}

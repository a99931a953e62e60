package io.stage7.records;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.Utf8Text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads records from a data file, choosing the format by the file's extension: {@code .jsonl}
 * or {@code .ndjson} for JSON Lines, {@code .csv} for CSV with a header. Files are UTF-8; a
 * leading byte-order mark (as Excel writes) is ignored. Problems come back in the result; nothing
 * is thrown for any file content.
 */
public final class RecordFiles {

    private RecordFiles() {
    }

    /** The data formats Stage7 reads. */
    public enum Format {
        JSON_LINES, CSV;

        /** The format a file's extension names; empty for other extensions. */
        public static java.util.Optional<Format> of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return java.util.Optional.of(JSON_LINES);
            }
            if (name.endsWith(".csv")) {
                return java.util.Optional.of(CSV);
            }
            return java.util.Optional.empty();
        }
    }

    /** Reads a file; problems are reported against the path as given. */
    public static LoadedRecords read(Path file, RecordSchema schema) {
        String shown = file.toString();
        java.util.Optional<Format> format = Format.of(file);
        if (format.isEmpty()) {
            return failed(shown, "unknown-format", "cannot tell the format of " + shown
                    + ": name JSON Lines files *.jsonl and CSV files *.csv");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(shown, "unreadable", "no such file: " + shown);
        } catch (IOException e) {
            return failed(shown, "unreadable", "cannot read " + shown + ": " + e.getMessage());
        }
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes, shown);
        if (decoded instanceof Utf8Text.Problem problem) {
            return new LoadedRecords(shown, List.of(), List.of(), List.of(problem.diagnostic()));
        }
        return parse(shown, ((Utf8Text.Text) decoded).text(), format.get(), schema);
    }

    /** Reads text in a format; {@code file} is the name problems are reported against. */
    public static LoadedRecords parse(String file, String text, Format format, RecordSchema schema) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return format == Format.CSV ? CsvRecords.read(file, body, schema.defaultType())
                : JsonLinesRecords.read(file, body, schema);
    }

    private static LoadedRecords failed(String file, String code, String message) {
        Diagnostic problem = RowBuilder.problem(file, 1, 1, code, message);
        return new LoadedRecords(file, List.of(), List.of(), List.of(problem));
    }
}

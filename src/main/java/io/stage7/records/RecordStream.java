package io.stage7.records;

import io.stage7.diag.Diagnostic;
import io.stage7.eval.DataRecord;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a data file one row at a time, holding only the current row (and, for CSV, what the
 * header's columns name), so memory does not grow with the file: a trace as long as the
 * simulated horizon is checked in constant space. Each row says where it starts: its line and its
 * byte offset. {@link RecordFiles#read} is this stream, with every row kept.
 *
 * <p>Rows come as {@link LoadedRecords} words them, except that ids repeated across rows are the
 * caller's to check ({@link Row#duplicateOf}). Problems of the file as a whole (bytes that are
 * not UTF-8 text, a wrong CSV header, a quote that never closes) come back from
 * {@link #fileProblems()}; those that stop the reading end the rows. A stream is read by one
 * thread; close it when done.
 */
public final class RecordStream implements Closeable {
    private final LineSource lines;
    private final RowParser rows;
    private final List<Diagnostic> fileProblems;
    private boolean ended;

    private RecordStream(LineSource lines, RowParser rows, List<Diagnostic> fileProblems) {
        this.lines = lines;
        this.rows = rows;
        this.fileProblems = fileProblems;
    }

    /**
     * Opens {@code file}, choosing the format by its extension like {@link RecordFiles#read}
     * ({@code .jsonl}/{@code .ndjson} JSON Lines, {@code .csv} CSV); for CSV, reads the header.
     * Problems with the file's content never throw: they come back as rows' problems or
     * {@link #fileProblems()}.
     *
     * @param shown the file name as diagnostics show it ({@link RecordFiles#read} passes {@code file.toString()})
     * @throws IOException              only when the file cannot be opened or read ({@code NoSuchFileException} etc.)
     * @throws IllegalArgumentException when the extension names no format (check {@link RecordFiles.Format#of} first)
     */
    public static RecordStream open(Path file, String shown, RecordSchema schema) throws IOException {
        RecordFiles.Format format = RecordFiles.Format.of(file).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the format of " + file + ": name JSON Lines files *.jsonl and CSV files *.csv"));
        return over(new LineSource(Files.newByteChannel(file), shown), shown, format, schema);
    }

    /**
     * A stream over bytes from a channel (standard input, say) in a format given rather than
     * told by an extension; {@code shown} names it in problems. Closing the stream closes the channel.
     */
    public static RecordStream open(ReadableByteChannel channel, String shown, RecordFiles.Format format,
                                    RecordSchema schema) throws IOException {
        return over(new LineSource(channel, shown), shown, format, schema);
    }

    /** A stream over text in memory, as {@link RecordFiles#parse} reads it. */
    static RecordStream over(byte[] bytes, String shown, RecordFiles.Format format, RecordSchema schema) {
        LineSource lines = new LineSource(Channels.newChannel(new ByteArrayInputStream(bytes)), shown);
        try {
            return over(lines, shown, format, schema);
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory cannot fail", e);
        }
    }

    private static RecordStream over(LineSource lines, String shown, RecordFiles.Format format, RecordSchema schema)
            throws IOException {
        List<Diagnostic> fileProblems = new ArrayList<>();
        try {
            RowParser rows = format == RecordFiles.Format.CSV
                    ? CsvRecords.afterHeader(shown, lines, schema.defaultType(), fileProblems)
                    : new JsonLinesRecords(shown, lines, schema);
            return new RecordStream(lines, rows, fileProblems);
        } catch (IOException | RuntimeException e) {
            lines.close();
            throw e;
        }
    }

    /** The next row in file order, or null at the end of the file, or once a file problem stops the reading. */
    public Row next() throws IOException {
        RowParser.Unparsed row = nextUnparsed();
        return row == null ? null : parse(row);
    }

    /**
     * The next row's text, not yet parsed, or null where {@link #next} returns null. With
     * {@link #parse}, lets {@link RecordPipeline} read rows in order and parse them on other threads.
     */
    RowParser.Unparsed nextUnparsed() throws IOException {
        if (ended) {
            return null;
        }
        RowParser.Unparsed row = rows.read();
        if (row == null) {
            ended = true;
            lines.problem().ifPresent(fileProblems::add);
            lines.tooLong().ifPresent(fileProblems::add);
        }
        return row;
    }

    /** The row that {@code row} holds, as {@link #next} gives it. Safe to call from any thread. */
    Row parse(RowParser.Unparsed row) {
        return rows.parseRow(row);
    }

    /**
     * The problems of the file as a whole met so far (not UTF-8 / UTF-16 / binary NUL, CSV header
     * problems, a quote that never closes, a line longer than the limit), in file order.
     */
    public List<Diagnostic> fileProblems() {
        return List.copyOf(fileProblems);
    }

    /**
     * The problem that keeps the file's bytes from being text, once met. {@link RecordFiles#read}
     * reports it alone, as it did when it decoded the whole file before reading any row.
     */
    Optional<Diagnostic> notText() {
        return ended ? lines.problem() : Optional.empty();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /**
     * One row of the file. {@code record} is present exactly when the row has an id and no
     * problem. Duplicate ids are not checked by the stream: the caller keeps the ids it has seen,
     * as it wants, and rejects a repeat with {@link #duplicateOf}.
     *
     * @param file     the file name as diagnostics show it
     * @param line     1-based line the row starts on
     * @param offset   byte offset in the file where the row starts (counting a byte-order mark)
     * @param problems every problem of the row, sorted by {@link Diagnostic#ORDER}
     */
    public record Row(String file, int line, long offset, Optional<String> id, Optional<DataRecord> record,
                      List<Diagnostic> problems) {
        public Row {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(record, "record");
            problems = List.copyOf(problems);
            if (record.isPresent() != (id.isPresent() && problems.isEmpty())) {
                throw new IllegalArgumentException("a row is a record exactly when it has an id and no problem");
            }
        }

        /**
         * This row rejected as a duplicate of the row on {@code firstLine}: the same
         * {@code duplicate-id} problem {@link RecordFiles#read} gives, with the others in order;
         * the record becomes empty.
         */
        public Row duplicateOf(int firstLine) {
            String repeated = id.orElseThrow(() -> new IllegalStateException("line " + line + " has no id to repeat"));
            List<Diagnostic> all = new ArrayList<>(problems);
            all.add(RowBuilder.duplicateId(file, line, repeated, firstLine));
            all.sort(Diagnostic.ORDER);
            return new Row(file, line, offset, id, Optional.empty(), all);
        }

        /** The row as {@link LoadedRecords} reports a rejected one; only meaningful when {@code record} is empty. */
        public RejectedRow rejected() {
            return new RejectedRow(line, id, problems);
        }
    }
}

package io.stage7.records;

import java.io.IOException;

/**
 * One format's way from a data file's lines to its rows, in two steps: {@link #read} takes the
 * next row's text off the file (sequential, cheap: finding where a row ends), and {@link #parse}
 * turns that text into a row (the costly part: values by their fields' types). {@code parse}
 * depends only on its argument and on what the header said, so rows read in order may be parsed
 * on other threads ({@link RecordPipeline}).
 */
sealed interface RowParser permits CsvRecords, JsonLinesRecords {

    /**
     * The next row's text, or null at the end of the file or once a problem of the file as a
     * whole stops the reading. Called by one thread, in file order.
     */
    Unparsed read() throws IOException;

    /** The row that {@code row} holds, built but not yet a record. Safe to call from any thread. */
    RowBuilder parse(Unparsed row);

    /** The row that {@code row} holds, as {@link #parse} and {@link RowBuilder#build} give it. Safe to call from any thread. */
    default RecordStream.Row parseRow(Unparsed row) {
        return parse(row).build();
    }

    /** The next row, read and parsed. */
    default RowBuilder next() throws IOException {
        Unparsed row = read();
        return row == null ? null : parse(row);
    }

    /** A row's text as read off the file, before its values are parsed. */
    sealed interface Unparsed permits JsonLinesRecords.Line, CsvReader.Row {

        /** About how many bytes of memory the row's text holds: what bounds a batch of rows. */
        long weight();
    }
}

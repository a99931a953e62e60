package io.stage7.records;

import java.io.IOException;

/** One format's way from a data file's lines to its rows, one row at a time. */
sealed interface RowParser permits CsvRecords, JsonLinesRecords {

    /**
     * The next row, built but not yet a record, or null at the end of the file or once a problem
     * of the file as a whole stops the reading.
     */
    RowBuilder next() throws IOException;
}

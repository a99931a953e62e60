/**
 * Records from data files: JSON Lines and CSV with a header, mapped onto the objects the rules
 * declare ({@link io.stage7.eval.RecordType}). Every value is parsed by its field's type; every
 * problem (malformed JSON or CSV, a value that does not fit, an unknown column, a missing or
 * duplicate id) comes back as a located {@link io.stage7.diag.Diagnostic}, never as an
 * exception.
 *
 * <p>Files are read as a stream of rows: {@code LineSource} reads bytes through a buffer and
 * decodes one line at a time as strict UTF-8; {@code CsvRecords} (over {@code CsvReader}, which
 * lets a quoted field take more lines) or {@code JsonLinesRecords} turns lines into rows; and
 * {@code RowBuilder} turns a row's values into a record or its problems.
 * {@link io.stage7.records.RecordStream} hands the rows out one at a time, holding only the
 * current one, each with its line and byte offset; {@link io.stage7.records.RecordFiles}
 * keeps every row of that same stream, checking ids for duplicates, as
 * {@link io.stage7.records.LoadedRecords}. {@link io.stage7.records.RecordPipeline} reads the same
 * stream once on several threads: rows' text is read in order, parsed and worked on in batches on
 * worker threads, and handed back in file order with every id checked ({@code IdIndex}), in
 * memory that does not grow with the file ({@code stage7 eval}). JSON values go from the
 * parser's tokens to {@code FieldValues} without a tree ({@code JsonValues}).
 * {@link io.stage7.records.JsonLinesWriter} writes records
 * back as JSON Lines these readers read (traces written by {@code stage7 generate}).
 * {@link io.stage7.records.PriorVersions} reads the records' versions before the save
 * ({@code eval --prior}) the same way and matches them to records by Id.
 *
 * <p>Values are read in Salesforce's own conventions ({@code FieldValues}, with the forms of
 * {@code SalesforceForms}): Percent in percent units, the API's date-times, Data Loader's checkbox
 * spellings, nested and dotted relationship fields.
 *
 * <p>Depends on {@code eval} (records, and {@code eval.trusted} to hand over the values it
 * checked without checking them again), {@code check} (field types, suggestions), {@code functions}
 * (the range of dates Salesforce stores) and {@code diag}.
 * <p>May import: {@code check}, {@code diag}, {@code eval}, {@code eval.trusted}, {@code functions}. (Read by the architecture test.)
 */
package io.stage7.records;

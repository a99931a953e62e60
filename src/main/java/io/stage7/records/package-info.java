/**
 * Records from data files: JSON Lines and CSV with a header, mapped onto the objects the rules
 * declare ({@link io.stage7.eval.RecordType}). Every value is parsed by its field's type; every
 * problem (malformed JSON or CSV, a value that does not fit, an unknown column, a missing or
 * duplicate id) comes back as a located {@link io.stage7.diag.Diagnostic}, never as an
 * exception. {@link io.stage7.records.JsonLinesWriter} writes records back as JSON Lines these
 * readers read (traces written by {@code stage7 generate}). Depends on {@code eval} (records),
 * {@code check} (field types, literal parsing, suggestions) and {@code diag}.
 */
package io.stage7.records;

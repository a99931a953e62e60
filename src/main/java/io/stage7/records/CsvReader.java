package io.stage7.records;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits CSV into rows of fields, as RFC 4180 describes: fields separated by commas, rows by
 * line breaks; a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""}
 * is one quote). Rows are read one at a time from a {@link LineSource}: a quoted field that runs
 * past the end of its line takes the next lines, keeping their line breaks as they are in the
 * file. Each field keeps the line and column it starts at, so problems can point at it. Lines
 * that are entirely empty are skipped. A quote that never closes swallows the rest of the file,
 * so it is reported as a problem of the whole file and ends the reading; so is a record that runs
 * past the longest line a data file may have ({@link LineSource#MAX_LINE}), whose lines are not
 * all held in memory first.
 */
final class CsvReader {
    private static final String UNTERMINATED = "this quoted field is never closed: the rest of the file is inside it; "
            + "close it with a double quote";

    /** One field of a row: its text (quotes removed) and where it starts (1-based, code points). */
    record Field(String text, int line, int column) {
    }

    /**
     * One row.
     *
     * @param offset   the byte offset of the line the row starts on
     * @param problems what is wrong with the row's syntax (a stray quote), as line, column, message
     */
    record Row(int line, long offset, List<Field> fields, List<Problem> problems) implements RowParser.Unparsed {
        @Override
        public long weight() {
            long chars = 0;
            for (Field field : fields) {
                chars += field.text().length();
            }
            return chars;
        }
    }

    record Problem(int line, int column, String message) {
    }

    private final LineSource lines;
    private String text;
    private int pos;
    private int line;
    private int column;
    private Problem fatal;
    private Problem tooLong;
    /** Bytes of the current row's lines so far, with their line breaks. */
    private long rowBytes;

    CsvReader(LineSource lines) {
        this.lines = lines;
    }

    /**
     * The next row, or null at the end of the lines, once they stop at a problem of their own,
     * or at a quote that never closes ({@link #fatal()}).
     */
    Row next() throws IOException {
        if (fatal != null || tooLong != null) {
            return null;
        }
        do {
            if (!lines.next()) {
                return null;
            }
        } while (lines.text().isEmpty());
        startLine();
        rowBytes = lines.length();
        int rowLine = line;
        long rowOffset = lines.offset();
        List<Field> fields = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        while (true) {
            int fieldLine = line;
            int fieldColumn = column;
            String value;
            if (pos < text.length() && text.charAt(pos) == '"') {
                value = quoted(problems);
                if (value == null) {
                    if (!lines.stoppedEarly() && tooLong == null) {
                        fatal = new Problem(fieldLine, fieldColumn, UNTERMINATED);
                    }
                    return null;
                }
            } else {
                value = unquoted(problems);
            }
            fields.add(new Field(value, fieldLine, fieldColumn));
            if (pos == text.length()) {
                return new Row(rowLine, rowOffset, fields, problems);
            }
            advance(); // the comma
        }
    }

    /** The quote that never closed, once one stopped the reading. */
    Optional<Problem> fatal() {
        return Optional.ofNullable(fatal);
    }

    /** The record that ran past {@link LineSource#MAX_LINE}, once one stopped the reading. */
    Optional<Problem> tooLong() {
        return Optional.ofNullable(tooLong);
    }

    private void startLine() {
        text = lines.text();
        pos = 0;
        line = lines.line();
        column = 1;
    }

    /** A quoted field, from its opening quote; null when the lines end first. */
    private String quoted(List<Problem> problems) throws IOException {
        int fieldLine = line;
        int fieldColumn = column;
        advance();
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos == text.length()) {
                value.append(lines.lineBreak());
                rowBytes += lines.lineBreak().length();
                if (lines.lineBreak().isEmpty() || !lines.next()) {
                    return null;
                }
                rowBytes += lines.length();
                if (LineSource.MAX_LINE.exceededBy(rowBytes)) {
                    tooLong = new Problem(fieldLine, fieldColumn, String.format("this quoted field takes the record "
                            + "past %,d bytes at line %d; for a record of a data file %s", LineSource.MAX_LINE.value(),
                            lines.line(), LineSource.MAX_LINE.explain()));
                    return null;
                }
                startLine();
                continue;
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    value.append('"');
                    advance();
                    advance();
                    continue;
                }
                advance();
                break;
            }
            value.append(c);
            advance();
        }
        if (pos < text.length() && text.charAt(pos) != ',') {
            problems.add(new Problem(line, column, "text after the closing quote of a quoted field; "
                    + "put the whole value inside the quotes"));
            value.append(unquoted(new ArrayList<>()));
        }
        return value.toString();
    }

    private String unquoted(List<Problem> problems) {
        int start = pos;
        boolean reported = false;
        while (pos < text.length() && text.charAt(pos) != ',') {
            if (text.charAt(pos) == '"' && !reported) {
                problems.add(new Problem(line, column, "a double quote inside an unquoted field; quote the "
                        + "whole field and write the quote twice (\"\")"));
                reported = true;
            }
            advance();
        }
        return text.substring(start, pos);
    }

    /** Moves past one char of the line, counting code-point columns. */
    private void advance() {
        if (!Character.isLowSurrogate(text.charAt(pos))) {
            column++;
        }
        pos++;
    }
}

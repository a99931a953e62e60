package io.stage7.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits CSV text into rows of fields, as RFC 4180 describes: fields separated by commas, rows by
 * CRLF or LF; a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""}
 * is one quote). Each field keeps the line and column it starts at, so problems can point at it.
 * Lines that are entirely empty are skipped. A quote that never closes swallows the rest of the
 * file, so it is reported as a problem of the whole file.
 */
final class CsvReader {

    /** One field of a row: its text (quotes removed) and where it starts (1-based, code points). */
    record Field(String text, int line, int column) {
    }

    /**
     * One row.
     *
     * @param problems what is wrong with the row's syntax (a stray quote), as line, column, message
     */
    record Row(int line, List<Field> fields, List<Problem> problems) {
    }

    record Problem(int line, int column, String message) {
    }

    /** The rows read, and the problem that stopped the reading, if one did. */
    record Result(List<Row> rows, Optional<Problem> fatal) {
    }

    private final String text;
    private int pos;
    private int line = 1;
    private int column = 1;

    private CsvReader(String text) {
        this.text = text;
    }

    static Result read(String text) {
        return new CsvReader(text).rows();
    }

    private Result rows() {
        List<Row> rows = new ArrayList<>();
        while (pos < text.length()) {
            if (atLineEnd()) {
                skipLineEnd();
                continue;
            }
            int rowLine = line;
            List<Field> fields = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            while (true) {
                int fieldLine = line;
                int fieldColumn = column;
                String value;
                if (pos < text.length() && text.charAt(pos) == '"') {
                    Optional<String> quoted = quoted(problems);
                    if (quoted.isEmpty()) {
                        return new Result(rows, Optional.of(new Problem(fieldLine, fieldColumn,
                                "this quoted field is never closed: the rest of the file is inside it; "
                                        + "close it with a double quote")));
                    }
                    value = quoted.get();
                } else {
                    value = unquoted(problems);
                }
                fields.add(new Field(value, fieldLine, fieldColumn));
                if (pos < text.length() && text.charAt(pos) == ',') {
                    advance();
                    continue;
                }
                skipLineEnd();
                break;
            }
            rows.add(new Row(rowLine, fields, problems));
        }
        return new Result(rows, Optional.empty());
    }

    /** A quoted field, from its opening quote; empty when the text ends first. */
    private Optional<String> quoted(List<Problem> problems) {
        advance();
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                return Optional.empty();
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
        if (pos < text.length() && !atLineEnd() && text.charAt(pos) != ',') {
            problems.add(new Problem(line, column, "text after the closing quote of a quoted field; "
                    + "put the whole value inside the quotes"));
            value.append(unquoted(new ArrayList<>()));
        }
        return Optional.of(value.toString());
    }

    private String unquoted(List<Problem> problems) {
        int start = pos;
        boolean reported = false;
        while (pos < text.length() && text.charAt(pos) != ',' && !atLineEnd()) {
            if (text.charAt(pos) == '"' && !reported) {
                problems.add(new Problem(line, column, "a double quote inside an unquoted field; quote the "
                        + "whole field and write the quote twice (\"\")"));
                reported = true;
            }
            advance();
        }
        return text.substring(start, pos);
    }

    private boolean atLineEnd() {
        char c = text.charAt(pos);
        return c == '\n' || c == '\r';
    }

    private void skipLineEnd() {
        if (pos >= text.length()) {
            return;
        }
        if (text.charAt(pos) == '\r') {
            pos++;
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        } else {
            pos++;
        }
        line++;
        column = 1;
    }

    /** Moves past one char, counting lines and code-point columns (a line break inside quotes counts). */
    private void advance() {
        char c = text.charAt(pos);
        pos++;
        if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
            line++;
            column = 1;
        } else if (c != '\r' && !Character.isLowSurrogate(c)) {
            column++;
        }
    }
}

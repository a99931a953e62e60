package io.stage7.records;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 4180 as the CSV reader implements it: quotes, doubled quotes, embedded separators, CRLF. */
class CsvReaderTest {

    /** Every row of a text, and the quote that stopped the reading, if one did. */
    private record Result(List<CsvReader.Row> rows, Optional<CsvReader.Problem> fatal) {
    }

    private static Result read(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (LineSource lines = new LineSource(Channels.newChannel(new ByteArrayInputStream(bytes)), "t.csv")) {
            CsvReader csv = new CsvReader(lines);
            List<CsvReader.Row> rows = new ArrayList<>();
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
            return new Result(rows, csv.fatal());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(CsvReader.Row row) {
        return row.fields().stream().map(CsvReader.Field::text).toList();
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() {
        Result result = read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n");
        assertTrue(result.fatal().isEmpty());
        assertEquals(3, result.rows().size());
        assertEquals(List.of("x, y", "say \"hi\"", "two\r\nlines"), texts(result.rows().get(1)));
        assertEquals(List.of("last", "", ""), texts(result.rows().get(2)));
        assertEquals(4, result.rows().get(2).line(), "the line break inside quotes counts");
    }

    @Test
    void fieldsKnowTheirLineAndColumn() {
        Result result = read("Id,Name\nA-1,\"multi\nline\",\n");
        CsvReader.Field third = result.rows().get(1).fields().get(2);
        assertEquals(3, third.line());
        assertEquals(7, third.column());
    }

    @Test
    void emptyLinesAreSkippedAndTheLastLineNeedsNoBreak() {
        Result result = read("a\n\n\nb");
        assertEquals(2, result.rows().size());
        assertEquals(4, result.rows().get(1).line());
    }

    @Test
    void anUnterminatedQuoteIsFatalAndPointsAtTheOpeningQuote() {
        Result result = read("a,b\n1,\"open\n2,3\n");
        assertEquals(1, result.rows().size());
        assertEquals(2, result.fatal().orElseThrow().line());
        assertEquals(3, result.fatal().orElseThrow().column());
    }

    @Test
    void strayQuotesAreProblemsOfTheirRow() {
        Result result = read("a,b\n1,ab\"c\n\"x\"y,2\n");
        assertEquals(1, result.rows().get(1).problems().size());
        assertEquals(5, result.rows().get(1).problems().get(0).column());
        assertEquals("xy", result.rows().get(2).fields().get(0).text());
        assertEquals(1, result.rows().get(2).problems().size());
    }
}

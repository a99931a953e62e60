package io.stage7.records;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 4180 as the CSV reader implements it: quotes, doubled quotes, embedded separators, CRLF. */
class CsvReaderTest {

    private static List<String> texts(CsvReader.Row row) {
        return row.fields().stream().map(CsvReader.Field::text).toList();
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() {
        CsvReader.Result result = CsvReader.read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n");
        assertTrue(result.fatal().isEmpty());
        assertEquals(3, result.rows().size());
        assertEquals(List.of("x, y", "say \"hi\"", "two\r\nlines"), texts(result.rows().get(1)));
        assertEquals(List.of("last", "", ""), texts(result.rows().get(2)));
        assertEquals(4, result.rows().get(2).line(), "the line break inside quotes counts");
    }

    @Test
    void fieldsKnowTheirLineAndColumn() {
        CsvReader.Result result = CsvReader.read("Id,Name\nA-1,\"multi\nline\",\n");
        CsvReader.Field third = result.rows().get(1).fields().get(2);
        assertEquals(3, third.line());
        assertEquals(7, third.column());
    }

    @Test
    void emptyLinesAreSkippedAndTheLastLineNeedsNoBreak() {
        CsvReader.Result result = CsvReader.read("a\n\n\nb");
        assertEquals(2, result.rows().size());
        assertEquals(4, result.rows().get(1).line());
    }

    @Test
    void anUnterminatedQuoteIsFatalAndPointsAtTheOpeningQuote() {
        CsvReader.Result result = CsvReader.read("a,b\n1,\"open\n2,3\n");
        assertEquals(1, result.rows().size());
        assertEquals(2, result.fatal().orElseThrow().line());
        assertEquals(3, result.fatal().orElseThrow().column());
    }

    @Test
    void strayQuotesAreProblemsOfTheirRow() {
        CsvReader.Result result = CsvReader.read("a,b\n1,ab\"c\n\"x\"y,2\n");
        assertEquals(1, result.rows().get(1).problems().size());
        assertEquals(5, result.rows().get(1).problems().get(0).column());
        assertEquals("xy", result.rows().get(2).fields().get(0).text());
        assertEquals(1, result.rows().get(2).problems().size());
    }
}

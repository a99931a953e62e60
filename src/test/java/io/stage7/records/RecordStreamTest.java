package io.stage7.records;

import io.stage7.testing.TeamProject;
import org.junit.jupiter.api.Tag;
import io.stage7.Rules;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.Utf8Text;
import io.stage7.eval.DataRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streaming reader: the rows and problems {@link RecordFiles#read} gives, one row at a time;
 * each row with its line and byte offset; lines across the read buffer's edges; bytes that are not
 * UTF-8 text and quotes that never close stopping the reading where they are.
 */
class RecordStreamTest {
    private static final RecordSchema SCHEMA = TestRules.schema();
    private static final Set<String> NOT_TEXT = Set.of("not-utf8", "binary-file");

    @TempDir
    Path temp;

    /** Every row of a stream, in file order. */
    private static List<RecordStream.Row> rows(RecordStream stream) throws IOException {
        List<RecordStream.Row> rows = new ArrayList<>();
        for (RecordStream.Row row = stream.next(); row != null; row = stream.next()) {
            rows.add(row);
        }
        assertNull(stream.next(), "the end stays the end");
        return rows;
    }

    private static List<RecordStream.Row> rows(Path file) throws IOException {
        return rows(file, file.toString());
    }

    private static List<RecordStream.Row> rows(Path file, String shown) throws IOException {
        try (RecordStream stream = RecordStream.open(file, shown, SCHEMA)) {
            return rows(stream);
        }
    }

    /** A row as text: DataRecord has no equals, and its toString shows every value. */
    private static String describe(RecordStream.Row row) {
        return row.line() + "@" + row.offset() + " " + row.id() + " " + row.record().map(DataRecord::toString)
                + " " + row.problems();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(temp.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    @TestFactory
    @Tag(TeamProject.TAG)
    Stream<DynamicTest> everyShippedDataFileStreamsTheRecordsAndProblemsItReads() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(TeamProject.rules(), TeamProject.scenarios(), TeamProject.data(),
                Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(file -> RecordFiles.Format.of(file).isPresent() && Files.isRegularFile(file))
                        .sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 15, "the data files: " + files);
        RecordSchema team = Rules.load(TeamProject.rules()).rules().orElseThrow().schema();
        return files.stream().flatMap(file -> Stream.of(
                DynamicTest.dynamicTest(file + " (eval-cli rules)", () -> streamsAsItReads(file, SCHEMA)),
                DynamicTest.dynamicTest(file + " (team rules)", () -> streamsAsItReads(file, team))));
    }

    private static void streamsAsItReads(Path file, RecordSchema schema) throws IOException {
        LoadedRecords whole = RecordFiles.read(file, schema);
        List<String> records = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        List<Diagnostic> fileProblems;
        try (RecordStream stream = RecordStream.open(file, file.toString(), schema)) {
            Map<String, Integer> seen = new HashMap<>();
            for (RecordStream.Row row = stream.next(); row != null; row = stream.next()) {
                Integer first = row.id().isEmpty() ? null : seen.putIfAbsent(row.id().get(), row.line());
                RecordStream.Row checked = first == null ? row : row.duplicateOf(first);
                checked.record().ifPresentOrElse(r -> records.add(r.toString()), () -> rejected.add(checked.rejected()));
            }
            fileProblems = stream.fileProblems();
        }
        Optional<Diagnostic> notText = whole.fileProblems().stream().filter(p -> NOT_TEXT.contains(p.code())).findFirst();
        if (notText.isPresent()) {
            assertEquals(List.of(notText.get()), whole.problems(), "bytes that are not text are the one problem");
            assertTrue(whole.records().isEmpty() && whole.rejected().isEmpty());
            assertEquals(notText.get(), fileProblems.get(fileProblems.size() - 1), "the stream ends with it");
            return;
        }
        assertEquals(whole.records().stream().map(DataRecord::toString).toList(), records);
        assertEquals(whole.rejected(), rejected);
        assertEquals(whole.fileProblems(), fileProblems);
    }

    /** A CSV file with everything that moves rows about: a BOM, CRLF, blank lines, line breaks in quotes. */
    private static final String AWKWARD_CSV = "\uFEFFId,Name,Amount\r\n"
            + "A-1,plain,10\r\n"
            + "\r\n"
            + "A-2,\"two\r\nlines, CRLF\",20\r\n"
            + "\n"
            + "A-3,\"lone\rCR and \"\"quotes\"\"\",30\n"
            + "A-4,ab\"c,x\n"
            + "A-1,again,40\r"
            + ",no id,50\r"
            + "A-5,\"Zürich 😀\n\n\",60\n"
            + "A-6,last,70";

    @Test
    void awkwardCsvRowsAreReadWithTheirLinesAndOffsets() throws IOException {
        Path file = write("awkward.csv", AWKWARD_CSV);
        List<RecordStream.Row> rows = rows(file);
        assertEquals(List.of(2, 4, 7, 9, 10, 11, 12, 15), rows.stream().map(RecordStream.Row::line).toList());
        assertEquals(3 + "Id,Name,Amount\r\n".length(), rows.get(0).offset(), "offsets count the byte-order mark");
        assertEquals("two\r\nlines, CRLF", rows.get(1).record().orElseThrow().value("Name"), "line breaks kept as written");
        assertEquals("lone\rCR and \"quotes\"", rows.get(2).record().orElseThrow().value("Name"));
        assertEquals("Zürich 😀\n\n", rows.get(6).record().orElseThrow().value("Name"));
        assertEquals(List.of("A-4 line 9: [malformed-csv, invalid-value]", "line 11: [missing-id]"), rows.stream()
                .filter(r -> r.record().isEmpty())
                .map(r -> r.id().map(id -> id + " ").orElse("") + "line " + r.line() + ": "
                        + r.problems().stream().map(Diagnostic::code).toList())
                .toList());
    }

    @Test
    void awkwardJsonLinesRowsAreReadWithTheirLinesAndOffsets() throws IOException {
        Path file = write("awkward.jsonl", "\uFEFF{\"Id\": \"J-1\", \"Amount\": 1}\r\n"
                + "\r\n"
                + "   \n"
                + "{\"Id\": \"J-2\", \"Name\": \"Zürich 😀\"}\r"
                + "{\"Id\": \"J-3\", \"Amount\": }\n"
                + "[1]\n"
                + "{\"attributes\": {\"type\": \"Case\"}, \"Id\": \"C-1\", \"Subject\": \"x\"}\r\n"
                + "{\"Id\": \"J-4\"}");
        List<RecordStream.Row> rows = rows(file);
        assertEquals(List.of(1, 4, 5, 6, 7, 8), rows.stream().map(RecordStream.Row::line).toList());
        assertEquals(3, rows.get(0).offset());
    }

    /** A file built byte by byte, and the id, line and offset of each of its rows. */
    private record Built(byte[] bytes, List<String> ids, List<Integer> lines, List<Long> offsets) {
    }

    /**
     * A file of {@code count} rows, each {@code row} with {@code ?} replaced by its id: ids of
     * lengths up to three buffers, with multi-byte characters, lines ending with LF, CRLF and lone
     * CR in turn, and no break after the last. The first row's CR is the buffer's last byte, so
     * the LF that makes it CRLF comes with the next fill.
     */
    private static Built build(String header, int count, String row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> ids = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        String[] breaks = {"\n", "\r\n", "\r"};
        int line = 1;
        if (!header.isEmpty()) {
            out.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
            line++;
        }
        for (int i = 0; i < count; i++) {
            String id;
            if (i == 0) {
                // CR as the last byte of the first buffer, the LF that makes it CRLF in the next
                int room = LineSource.BUFFER_SIZE - 1 - out.size() - (row.length() - 1);
                id = "R".repeat(room);
            } else {
                StringBuilder text = new StringBuilder("R-" + i + "-");
                int length = (i * 7919) % (3 * LineSource.BUFFER_SIZE);
                while (text.length() < length) {
                    text.append(i % 3 == 0 ? "é" : i % 3 == 1 ? "😀" : "abc");
                }
                id = text.toString();
            }
            ids.add(id);
            lines.add(line);
            offsets.add((long) out.size());
            out.writeBytes(row.replace("?", id).getBytes(StandardCharsets.UTF_8));
            if (i + 1 < count) {
                out.writeBytes((i == 0 ? "\r\n" : breaks[i % 3]).getBytes(StandardCharsets.UTF_8));
            }
            line++;
        }
        return new Built(out.toByteArray(), ids, lines, offsets);
    }

    @Test
    void linesLongerThanTheBufferAndAcrossItsEdgesReadWholeWithTheirLinesAndOffsets() throws IOException {
        Built jsonl = build("", 60, "{\"Id\": \"?\", \"Amount\": 5}");
        Built csv = build("Id,Amount", 60, "?,5");
        assertEquals('\r', jsonl.bytes()[LineSource.BUFFER_SIZE - 1]);
        assertEquals('\n', jsonl.bytes()[LineSource.BUFFER_SIZE]);
        assertEquals('\r', csv.bytes()[LineSource.BUFFER_SIZE - 1]);
        assertTrue(jsonl.bytes().length > 20 * LineSource.BUFFER_SIZE);
        for (Path file : List.of(write("long.jsonl", jsonl.bytes()), write("long.csv", csv.bytes()))) {
            Built built = file.toString().endsWith(".csv") ? csv : jsonl;
            List<RecordStream.Row> rows = rows(file);
            assertEquals(built.ids(), rows.stream().map(r -> r.record().orElseThrow().id()).toList(), file.toString());
            assertEquals(built.lines(), rows.stream().map(RecordStream.Row::line).toList());
            assertEquals(built.offsets(), rows.stream().map(RecordStream.Row::offset).toList());
        }
    }

    @Test
    void theLastLineNeedsNoBreakAndLoneCrEndsLines() throws IOException {
        List<RecordStream.Row> rows = rows(write("cr.csv", "Id,Amount\r\rA,1\rB,2\r\rC,3"));
        assertEquals(List.of("3 A", "4 B", "6 C"), rows.stream().map(r -> r.line() + " " + r.id().orElseThrow()).toList());
        assertEquals(List.of(11L, 15L, 20L), rows.stream().map(RecordStream.Row::offset).toList());
    }

    @Test
    void anInvalidByteReturnsTheRowsBeforeItThenStopsAtItsLineAndColumn() throws IOException {
        Path file = write("latin1.jsonl", bytes("{\"Id\": \"L-1\"}\n{\"Id\": \"L-2\"}\r\n{\"Id\": \"Zürich ", 0xFC,
                "\"}\n{\"Id\": \"L-4\"}\n{\"Id\": \"L-5\"}\n"));
        try (RecordStream stream = RecordStream.open(file, "latin1.jsonl", SCHEMA)) {
            assertEquals(List.of("L-1", "L-2"), rows(stream).stream().map(r -> r.id().orElseThrow()).toList());
            assertEquals("[latin1.jsonl:3:16: error: invalid UTF-8 byte 0xFC: save the file as UTF-8 text]",
                    stream.fileProblems().toString());
            assertEquals("not-utf8", stream.fileProblems().get(0).code());
        }
        LoadedRecords whole = RecordFiles.read(file, SCHEMA);
        assertEquals(List.of(), whole.records(), "read keeps no row of a file that is not text, as before streaming");
        assertEquals("[" + file + ":3:16: error: invalid UTF-8 byte 0xFC: save the file as UTF-8 text]",
                whole.problems().toString());
    }

    @Test
    void anInvalidByteInsideAQuotedFieldIsTheOnlyProblem() throws IOException {
        Path file = write("latin1.csv", bytes("Id,Name\nA,ok\nB,\"two\nlines ", 0xE9, "\"\nC,x\n"));
        try (RecordStream stream = RecordStream.open(file, "latin1.csv", SCHEMA)) {
            assertEquals(1, rows(stream).size());
            assertEquals("[latin1.csv:4:7: error: invalid UTF-8 byte 0xE9: save the file as UTF-8 text]",
                    stream.fileProblems().toString(), "not also an unterminated quote");
        }
    }

    @Test
    void bytesThatAreNotTextGiveTheProblemTheWholeFileDecoderGives() throws IOException {
        List<byte[]> files = List.of(
                bytes(0xFF, 0xFE, "I\0d\0\n\0"),
                bytes("{\"Id\": \"A\"}\n{\"Id\": \"B\0\"}\n{\"Id\": \"C\"}\n"),
                bytes("{\"Id\": \"A\"}\n{\"Id\": \"B\0\"}\n{\"Id\": \"C", 0xC3, "\"}\n"),
                bytes("{\"Id\": \"A", 0xC3, "\n"),
                bytes("{\"Id\": \"A\"}\n{\"Id\": \"", 0xE2, 0x82, "\"}"));
        for (byte[] bytes : files) {
            Path file = write("bad.jsonl", bytes);
            Utf8Text.Problem expected = (Utf8Text.Problem) Utf8Text.decode(bytes, "bad.jsonl");
            try (RecordStream stream = RecordStream.open(file, "bad.jsonl", SCHEMA)) {
                rows(stream);
                assertEquals(List.of(expected.diagnostic().toString()),
                        stream.fileProblems().stream().map(Diagnostic::toString).toList());
                assertEquals(expected.code(), stream.fileProblems().get(0).code());
            }
        }
    }

    @Test
    void anUnterminatedQuoteStopsTheReadingAtTheQuote() throws IOException {
        Path file = write("open.csv", "Id,Name\nA,x\nB,\"open\nC,y\n");
        try (RecordStream stream = RecordStream.open(file, "open.csv", SCHEMA)) {
            assertEquals(List.of("A"), rows(stream).stream().map(r -> r.id().orElseThrow()).toList());
            assertEquals("[open.csv:3:3: error: this quoted field is never closed: the rest of the file is inside it; "
                    + "close it with a double quote]", stream.fileProblems().toString());
            assertEquals("unterminated-quote", stream.fileProblems().get(0).code());
        }
    }

    @Test
    void duplicateOfRejectsTheRowWithTheProblemReadGives() throws IOException {
        String text = "Id,Amount\nA,1\nB,2\nA,3\nB,x\n";
        List<RecordStream.Row> rows = rows(write("d.csv", text), "d.csv");
        RecordStream.Row clean = rows.get(2).duplicateOf(2);
        assertEquals(Optional.empty(), clean.record());
        assertEquals(List.of("d.csv:4:1: error: duplicate Id 'A'; line 2 has the same Id"),
                clean.problems().stream().map(Diagnostic::toString).toList());
        assertEquals("duplicate-id", clean.problems().get(0).code());
        assertEquals("line 4 (id A)", clean.rejected().describe());
        RecordStream.Row bad = rows.get(3).duplicateOf(3);
        assertEquals(List.of("d.csv:5:1: error: duplicate Id 'B'; line 3 has the same Id",
                        "d.csv:5:3: error: Amount: 'x' is not a Currency value; write a plain decimal such as 1250.50, "
                                + "without thousands separators or currency signs"),
                bad.problems().stream().map(Diagnostic::toString).toList(), "in order, as read sorts them");
        assertEquals(RecordFiles.parse("d.csv", text, RecordFiles.Format.CSV, SCHEMA).rejected(),
                List.of(clean.rejected(), bad.rejected()));
    }

    @Test
    void openThrowsOnlyWhenTheFileCannotBeReadOrHasNoFormat() {
        assertThrows(NoSuchFileException.class, () -> RecordStream.open(temp.resolve("none.csv"), "none.csv", SCHEMA));
        assertThrows(IllegalArgumentException.class, () -> RecordStream.open(temp.resolve("d.txt"), "d.txt", SCHEMA));
    }
}

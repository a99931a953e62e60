package io.stage7.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code eval} holds neither the file nor its output: an export of 48,000 opportunities (the
 * shipped trace's 1,527 again and again with fresh ids, about 40 MB, over one and a half times the
 * heap) is evaluated by {@code stage7} in a separate JVM with a 24 MB heap, every record's
 * decision written, in file order. Before eval streamed, it held the whole file (2.8 GB for a
 * 191 MB export).
 */
class EvalMemoryTest {
    private static final String HEAP = "-Xmx24m";
    private static final int ROWS = 48_000;

    @Test
    void anExportLargerThanTheHeapIsEvaluatedInA24MegabyteHeap(@TempDir Path temp) throws IOException, InterruptedException {
        List<String> trace = Files.readAllLines(Path.of("data/trace-march-2026.jsonl"), StandardCharsets.UTF_8);
        Path export = temp.resolve("export.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            for (int row = 0; row < ROWS; row++) {
                out.write(trace.get(row % trace.size()).replaceFirst("\"Id\":\"", "\"Id\":\"C" + row / trace.size() + "-"));
                out.write('\n');
            }
        }
        assertTrue(Files.size(export) > 1.5 * 24 * 1024 * 1024, "the export is larger than the heap: " + Files.size(export));

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "eval", "--rules", "rules", "--at", "2026-03-31T22:00:00Z", export.toString())
                .redirectOutput(temp.resolve("out.jsonl").toFile()).redirectError(temp.resolve("err.txt").toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "eval finishes");
        String err = Files.readString(temp.resolve("err.txt"));
        assertEquals(0, process.exitValue(), err);
        assertEquals("", err);
        try (Stream<String> lines = Files.lines(temp.resolve("out.jsonl"))) {
            List<String> first = lines.limit(2).toList();
            assertTrue(first.get(0).startsWith("{\"id\":\"C0-"), first.get(0));
        }
        try (Stream<String> lines = Files.lines(temp.resolve("out.jsonl"))) {
            assertEquals(ROWS, lines.count(), "a decision per record");
        }
    }
}

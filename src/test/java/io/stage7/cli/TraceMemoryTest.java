package io.stage7.cli;

import io.stage7.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trace is replayed in memory that does not grow with it: two years of the default scenario's
 * submissions (about 42,000 records, 35 MB of JSON Lines), shuffled so the replay file is sorted
 * on disk, simulated by {@code stage7} in a separate JVM with a 32 MB heap. Reading the whole
 * file (as Stage7 did before it streamed traces) kept 68 MB live and ran out of memory at 128 MB;
 * the streamed replay keeps about 9.4 MB live (see docs/simulation.md, "Memory and speed").
 */
class TraceMemoryTest {

    private static final String HEAP = "-Xmx32m";

    @Test
    void twoYearsOfTraceReplayInA32MegabyteHeap(@TempDir Path temp) throws IOException, InterruptedException {
        Path sorted = temp.resolve("two-years.jsonl");
        Cli generated = Cli.run("generate", Fixtures.DEFAULT_SCENARIO.toString(), "--out", sorted.toString(),
                "--from", "2026-03-01T00:00:00Z", "--to", "2028-03-01T00:00:00Z");
        assertEquals(Main.OK, generated.exitCode(), generated.err());
        List<String> lines = new ArrayList<>(Files.readAllLines(sorted, StandardCharsets.UTF_8));
        assertTrue(lines.size() > 40_000, "two years of submissions: " + lines.size());
        Collections.shuffle(lines, new Random(7));
        Path shuffled = temp.resolve("shuffled.jsonl");
        Files.write(shuffled, lines, StandardCharsets.UTF_8);
        Files.delete(sorted);

        String scenario = Files.readString(Fixtures.TRACE_REPLAY)
                .replace("rules: ../rules", "rules: " + Fixtures.RULES.toAbsolutePath())
                .replace("trace: ../data/trace-march-2026.jsonl", "trace: shuffled.jsonl")
                .replace("start: 2026-02-28T13:00:00Z", "start: 2026-03-01T00:00:00Z")
                .replace("end: 2026-04-08T07:00:00Z", "end: 2028-03-01T00:00:00Z");
        assertTrue(scenario.contains("trace: shuffled.jsonl") && scenario.contains("end: 2028-03-01T00:00:00Z"));
        Files.writeString(temp.resolve("two-years.yaml"), scenario);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "simulate", temp.resolve("two-years.yaml").toString(),
                "--out", temp.resolve("out").toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("log.txt").toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the replay finishes");
        String log = Files.readString(temp.resolve("log.txt"));
        assertEquals(0, process.exitValue(), log);
        assertTrue(log.contains("conservation holds"), log);
        long rows = Files.lines(temp.resolve("out/submissions.csv")).count();
        assertTrue(rows > lines.size(), "every trace record was submitted at least once: " + rows + " rows");
    }
}

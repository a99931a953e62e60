package io.stage7.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Out of memory inside a replication thread ends with the documented message and exit 3, never a
 * Java stack trace. {@code scenarios/heap} (one specialist under 20,000 submissions a day, every
 * one waiting to the end) fills a 48 MB heap within seconds; it runs four replications on two
 * threads in a separate JVM, as {@code ./stage7} would, so the heap fills in the workers.
 */
class WorkerOutOfMemoryTest {

    @Test
    void aHeapThatFillsInAReplicationThreadEndsWithTheDocumentedMessage(@TempDir Path temp) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = temp.resolve("log.txt");
        Process process = new ProcessBuilder(java.toString(), "-Xmx48m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "simulate", "src/test/resources/scenarios/heap/heap.yaml", "--replications", "4", "--threads", "2",
                "--out", temp.resolve("out").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the run ends");
        String output = Files.readString(log);
        assertEquals(Main.INTERNAL, process.exitValue(), output);
        assertTrue(output.contains("stage7: error: the Java heap is full ("), output);
        assertTrue(output.contains("give the JVM more memory, e.g. STAGE7_JAVA_OPTS=-Xmx4g ./stage7 simulate"), output);
        assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), "no stack trace: " + output);
        assertFalse(output.contains("internal error"), output);
        assertFalse(Files.exists(temp.resolve("out")), "no output folder from a run that did not finish");
    }
}

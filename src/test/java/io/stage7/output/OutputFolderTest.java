package io.stage7.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Output folders and files appear whole or not at all, one writer at a time, never over foreign files. */
class OutputFolderTest {

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void write(Path target, String content) throws IOException {
        try (OutputFolder folder = OutputFolder.open(target)) {
            Files.writeString(folder.staging().resolve("summary.json"), content);
            folder.commit(Map.of("command", "test"));
        }
    }

    @Test
    void aCommittedFolderHoldsItsFilesAndTheMarkerWrittenLast(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("out/run");
        write(target, "one");
        assertEquals(List.of("stage7-output.json", "summary.json"), names(target));
        String marker = Files.readString(target.resolve(OutputFolder.MARKER));
        assertTrue(marker.contains("\"command\" : \"test\""), marker);
        assertTrue(marker.contains("\"files\" : [ \"summary.json\" ]"), marker);
    }

    @Test
    void aSecondRunReplacesTheWholeFolder(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("run");
        try (OutputFolder folder = OutputFolder.open(target)) {
            Files.writeString(folder.staging().resolve("old-only.csv"), "x");
            Files.writeString(folder.staging().resolve("summary.json"), "one");
            folder.commit(Map.of());
        }
        write(target, "two");
        assertEquals(List.of("stage7-output.json", "summary.json"), names(target));
        assertEquals("two", Files.readString(target.resolve("summary.json")));
        assertEquals(List.of(".run.lock", "run"), names(temp), "no staging or set-aside folder is left behind");
    }

    @Test
    void aRunThatFailsLeavesThePreviousOutputUntouched(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("run");
        write(target, "complete");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputFolder folder = OutputFolder.open(target)) {
                Files.writeString(folder.staging().resolve("summary.json"), "half");
                throw new IllegalStateException("the run died");
            }
        });
        assertEquals("complete", Files.readString(target.resolve("summary.json")));
        assertEquals(List.of(".run.lock", "run"), names(temp));
    }

    @Test
    void aStagingFolderLeftByAKilledRunIsRemovedByTheNextRun(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("run");
        Files.createDirectories(temp.resolve(".run.partial-12345"));
        Files.writeString(temp.resolve(".run.partial-12345/summary.json"), "half");
        write(target, "whole");
        assertEquals(List.of(".run.lock", "run"), names(temp));
    }

    @Test
    void aSecondWriterOfTheSameFolderIsRefusedWhileTheFirstWrites(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("run");
        try (OutputFolder first = OutputFolder.open(target)) {
            OutputBusyException busy = assertThrows(OutputBusyException.class, () -> OutputFolder.open(target));
            assertTrue(busy.getMessage().contains("another Stage7 run is writing"), busy.getMessage());
            first.commit(Map.of());
        }
        write(target, "after");
    }

    @Test
    void aFolderHoldingForeignFilesIsNeverReplaced(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("documents");
        Files.createDirectories(target);
        Files.writeString(target.resolve("thesis.docx"), "precious");
        OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> write(target, "x"));
        assertTrue(refused.getMessage().contains("holds files that Stage7 did not write (thesis.docx)"), refused.getMessage());
        assertEquals("precious", Files.readString(target.resolve("thesis.docx")));
    }

    @Test
    void anOutputOfAnEarlierVersionWithoutMarkerMayBeReplaced(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve("summary.json"), "old");
        Files.writeString(target.resolve("report.html"), "old");
        write(target, "new");
        assertFalse(Files.exists(target.resolve("report.html")));
    }

    @Test
    void aFileWrittenAtomicallyReplacesThePreviousOneOnlyWhenComplete(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("trace.jsonl");
        OutputFile.write(file, f -> Files.writeString(f, "complete\n"));
        assertThrows(IOException.class, () -> OutputFile.write(file, f -> {
            Files.writeString(f, "half");
            throw new IOException("disk full");
        }));
        assertEquals("complete\n", Files.readString(file));
        assertEquals(List.of(".trace.jsonl.lock", "trace.jsonl"), names(temp));
    }
}

package io.stage7.sfdx;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Output folders appear whole or not at all. */
class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenFolderReplacesTheOldOneWhole() throws IOException {
        Path out = dir.resolve("rules");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.rules"), "old");
        OutputFolder.write(out, Map.of("a/b.rules", "new"), folder -> { });
        assertEquals(List.of("rules"), names(dir), "no temporary folder is left beside it");
        assertEquals("new", Files.readString(out.resolve("a/b.rules")));
        assertEquals(List.of("a"), names(out), "the old content is gone");
    }

    @Test
    void aFolderThatFailsVerificationIsNeverRenamedIntoPlace() throws IOException {
        Path out = dir.resolve("rules");
        Files.createDirectories(out);
        Files.writeString(out.resolve("kept.rules"), "old");
        assertThrows(IllegalStateException.class, () -> OutputFolder.write(out, Map.of("x.rules", "half"), folder -> {
            throw new IllegalStateException("interrupted");
        }));
        assertEquals(List.of("rules"), names(dir));
        assertEquals("old", Files.readString(out.resolve("kept.rules")));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package io.stage7.syntax;

import io.stage7.diag.Limit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walk that finds the rules files of a directory is bounded: by the entries it scans and by
 * depth, on generated wide and deep trees (with the limits lowered, as the properties would); it
 * skips hidden directories, follows no link to a directory (so a loop ends), and refuses an entry
 * named {@code .rules} that is not a regular file.
 */
class RulesTreeTest {

    private static final Limit ENTRIES = new Limit("stage7.limit.directoryEntries", 500);
    private static final Limit DEPTH = new Limit("stage7.limit.directoryDepth", 8);

    @Test
    void aWideTreeStopsAtTheEntryLimitAndSaysHowToRaiseIt(@TempDir Path temp) throws IOException {
        for (int d = 0; d < 30; d++) {
            Path dir = Files.createDirectories(temp.resolve("d" + d));
            for (int f = 0; f < 30; f++) {
                Files.writeString(dir.resolve("f" + f + ".txt"), "");
            }
        }
        RulesTree.Found found = RulesTree.walk(temp, ".rules", ENTRIES, DEPTH);
        assertTrue(found.stopped().isPresent());
        assertEquals("scanned 500 files and directories, the limit on a rules directory's size, and stopped; give the"
                + " folder that holds the rules; the limit is 500; raise it with"
                + " STAGE7_JAVA_OPTS=-Dstage7.limit.directoryEntries=N (docs/limits.md)", found.stopped().get());
    }

    @Test
    void aDeepTreeStopsAtTheDepthLimit(@TempDir Path temp) throws IOException {
        Path deep = temp;
        for (int level = 0; level < 12; level++) {
            deep = deep.resolve("l" + level);
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("bottom.rules"), "");
        RulesTree.Found found = RulesTree.walk(temp, ".rules", ENTRIES, DEPTH);
        assertTrue(found.stopped().orElseThrow().startsWith("'l0/l1/l2/l3/l4/l5/l6/l7/l8' is more than 8 directories"
                + " deep, the limit on the depth of a rules directory"), found.stopped().get());
        assertTrue(found.stopped().get().endsWith("-Dstage7.limit.directoryDepth=N (docs/limits.md)"));
    }

    @Test
    void withinTheLimitsEveryRulesFileIsFoundAndHiddenDirectoriesAreSkipped(@TempDir Path temp) throws IOException {
        Path deep = Files.createDirectories(temp.resolve("a/b/c/d/e/f/g/h"));
        Files.writeString(deep.resolve("deepest.rules"), "");
        Files.writeString(temp.resolve("top.rules"), "");
        Files.createDirectories(temp.resolve(".git/objects"));
        Files.writeString(temp.resolve(".git/objects/stale.rules"), "");
        RulesTree.Found found = RulesTree.walk(temp, ".rules", ENTRIES, DEPTH);
        assertTrue(found.stopped().isEmpty(), found.toString());
        assertEquals(List.of(deep.resolve("deepest.rules"), temp.resolve("top.rules")), found.files());
    }

    @Test
    void aLinkLoopEndsAndSpecialFilesAreRefused(@TempDir Path temp) throws IOException, InterruptedException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("a.rules"), "");
        Files.createSymbolicLink(rules.resolve("loop"), temp);
        Files.createSymbolicLink(rules.resolve("linked.rules"), rules.resolve("a.rules"));
        Path fifo = rules.resolve("pipe.rules");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        RulesTree.Found found = RulesTree.walk(temp, ".rules", ENTRIES, DEPTH);
        assertTrue(found.stopped().isEmpty(), found.toString());
        assertEquals(List.of(rules.resolve("a.rules"), rules.resolve("linked.rules")), found.files());
        assertEquals(List.of(fifo), found.refused());
    }
}

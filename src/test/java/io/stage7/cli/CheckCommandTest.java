package io.stage7.cli;

import io.stage7.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check command's contract: exit codes, the summary line, and the JSON form. */
class CheckCommandTest {

    @Test
    void cleanFileExitsZeroWithASummary(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ok.rules"), "object O {\n  A Text\n}\n");
        Cli result = Cli.run("check", file.toString());
        assertEquals(0, result.exitCode());
        assertEquals("checked 1 file: no problems\n", result.out());
        assertEquals("", result.err());
    }

    @Test
    void errorsExitOne(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.rules"), "object O {\n  A ? Text\n}\n");
        Cli result = Cli.run("check", file.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.out().startsWith(file + ":2:5: error: unexpected character '?'"), result.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run("check").exitCode(), "no paths");
        assertEquals(2, Cli.run("check", "--format", "xml", Fixtures.RULES.toString()).exitCode(), "unknown format");
        assertEquals(2, Cli.run("check", "--no-such-option", Fixtures.RULES.toString()).exitCode(), "unknown option");
        assertEquals(2, Cli.run("frobnicate").exitCode(), "unknown command");
        assertEquals(2, Cli.run().exitCode(), "no command");
        Cli missing = Cli.run("check", "does/not/exist.rules");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such file or directory: does/not/exist.rules"), missing.err());
    }

    @Test
    void jsonFormatCarriesEveryDiagnosticWithItsLocation(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.rules"), "object O {\n  A ? Text\n  B ! Text\n}\n");
        Cli result = Cli.run("check", "--format", "json", file.toString());
        assertEquals(1, result.exitCode());
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertEquals(1, root.get("files").asInt());
        assertTrue(root.get("errors").asInt() >= 1);
        JsonNode first = root.get("diagnostics").get(0);
        assertEquals(file.toString(), first.get("path").asText());
        assertEquals(2, first.get("line").asInt());
        assertEquals(5, first.get("column").asInt());
        assertEquals("error", first.get("severity").asText());
        assertEquals("unexpected-character", first.get("code").asText());
        assertFalse(first.get("message").asText().isEmpty());
    }

    /**
     * A directory deeper than the documented limit (32 levels) is not walked to the bottom: the
     * check stops with a located error naming the limit and its property, exit 1. ({@code check /}
     * meets the entry limit the same way; RulesTreeTest lowers it on a generated wide tree.)
     */
    @Test
    void aTreeDeeperThanTheLimitIsAnErrorNamingTheLimit(@TempDir Path temp) throws IOException {
        Path deep = temp.resolve("rules");
        for (int level = 0; level < 40; level++) {
            deep = deep.resolve("l" + level);
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("bottom.rules"), "object Opportunity {\n  Name Text\n}\n");
        Cli cli = Cli.run("check", temp.resolve("rules").toString());
        assertEquals(Main.INPUT_ERRORS, cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.out().contains(": error: '" + temp.resolve("rules") + "': 'l0/l1/"), cli.out());
        assertTrue(cli.out().contains("is more than 32 directories deep, the limit on the depth of a rules directory"),
                cli.out());
        assertTrue(cli.out().contains("raise it with STAGE7_JAVA_OPTS=-Dstage7.limit.directoryDepth=N"), cli.out());
    }
}

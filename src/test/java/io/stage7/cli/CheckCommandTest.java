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
}

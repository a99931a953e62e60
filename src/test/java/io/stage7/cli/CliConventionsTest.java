package io.stage7.cli;

import io.stage7.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stage7.build.BuildInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What every command shares: --version, one-line usage errors, JSON on stdout for scripts, completion. */
class CliConventionsTest {
    private static final String DEFAULT = Fixtures.DEFAULT_SCENARIO.toString();

    @Test
    void everyCommandAnswersVersionWithTheVersionAndCommit() {
        for (String command : new String[]{"check", "eval", "explain", "test", "simulate", "compare", "staff", "generate",
                "init", "completion"}) {
            Cli cli = Cli.run(command, "--version");
            assertEquals(Main.OK, cli.exitCode(), command + ": " + cli.err());
            assertEquals("stage7 " + BuildInfo.current().describe(), cli.out().strip(), command);
        }
    }

    @Test
    void aUsageErrorIsOneLineWithASuggestionAndAHint() {
        Cli cli = Cli.run("simulate", "--sed", "3", DEFAULT);
        assertEquals(Main.USAGE, cli.exitCode());
        String[] lines = cli.err().strip().split("\n");
        assertTrue(lines[0].startsWith("stage7 simulate: error: Unknown option"), cli.err());
        assertTrue(cli.err().contains("Did you mean: --seed?"), cli.err());
        assertEquals("Try 'stage7 simulate --help' for usage.", lines[lines.length - 1]);
        assertTrue(!cli.err().contains("Usage:"), "not the whole usage: " + cli.err());
    }

    @Test
    void aMistypedCommandGetsSuggestions() {
        Cli cli = Cli.run("simulat", DEFAULT);
        assertEquals(Main.USAGE, cli.exitCode());
        assertTrue(cli.err().contains("Did you mean: simulate"), cli.err());
    }

    @Test
    void simulateWithFormatJsonPrintsExactlyTheSummaryFile(@TempDir Path temp) throws IOException {
        Cli cli = Cli.run("simulate", DEFAULT, "--format", "json", "--out", temp.resolve("run").toString());
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        assertEquals(Files.readString(temp.resolve("run/summary.json")), cli.out());
        JsonNode summary = new ObjectMapper().readTree(cli.out());
        assertTrue(summary.has("scenario"), cli.out());
        assertTrue(cli.err().contains("Wrote summary.json"), cli.err());
    }

    @Test
    void compareWithFormatJsonPrintsExactlyTheComparisonFile(@TempDir Path temp) throws IOException {
        Cli cli = Cli.run("compare", DEFAULT, DEFAULT, "--replications", "2",
                "--format", "json", "--out", temp.resolve("cmp").toString());
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        assertEquals(Files.readString(temp.resolve("cmp/compare.json")), cli.out());
        new ObjectMapper().readTree(cli.out());
    }

    @Test
    void completionScriptsNameEveryCommand() {
        Cli bash = Cli.run("completion", "bash");
        assertEquals(Main.OK, bash.exitCode(), bash.err());
        for (String command : new String[]{"simulate", "staff", "check", "eval", "init"}) {
            assertTrue(bash.out().contains(command), command);
        }
        Cli zsh = Cli.run("completion", "zsh");
        assertTrue(zsh.out().startsWith("autoload -U +X compinit"), zsh.out());
        assertEquals(Main.USAGE, Cli.run("completion", "fish").exitCode());
    }
}

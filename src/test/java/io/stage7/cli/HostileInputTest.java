package io.stage7.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per class of hostile input the commands once let through (issue 14): special files,
 * paths that leave the rules project, content of other files in error messages, control
 * characters on the terminal, unbounded searches and empty projects.
 */
class HostileInputTest {
    private static final String SECRET = "TOPSECRET-DO-NOT-PRINT";

    @Test
    void aDirectoryWithoutRulesIsAnErrorForCheckAndTest(@TempDir Path dir) {
        Cli check = Cli.run("check", dir.toString());
        assertEquals(Main.INPUT_ERRORS, check.exitCode(), check.out());
        assertTrue(check.out().contains(": error: no .rules files in"), check.out());
        Cli test = Cli.run("test", dir.toString());
        assertEquals(Main.INPUT_ERRORS, test.exitCode(), test.out() + test.err());
    }

    @Test
    void aDeviceIsRefusedByItsTypeBeforeAnyByteIsRead() {
        // /dev/zero reports a size of 0 and never ends: reading it would fill the heap.
        Cli check = Cli.run("check", "/dev/zero");
        assertEquals(Main.INPUT_ERRORS, check.exitCode());
        assertTrue(check.out().contains("not a regular file"), check.out());
        Cli simulate = Cli.run("simulate", "/dev/zero");
        assertEquals(Main.USAGE, simulate.exitCode(), simulate.err());
    }

    @Test
    void aFifoIsRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.rules");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Files.writeString(dir.resolve("main.rules"), "include \"pipe.rules\"\n");
        Cli check = Cli.run("check", dir.resolve("main.rules").toString());
        assertEquals(Main.INPUT_ERRORS, check.exitCode());
        assertTrue(check.out().contains("main.rules:1:9: error: cannot read"), check.out());
        assertTrue(check.out().contains("not a regular file"), check.out());
    }

    @Test
    void includeAndHolidaysStayInsideTheProjectAndNeverQuoteTheFile(@TempDir Path dir) throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(dir.resolve("outside.rules"), SECRET + "\n");
        Files.writeString(dir.resolve("outside.txt"), SECRET + "\n");
        Files.writeString(project.resolve("main.rules"), "include \"../outside.rules\"\n"
                + "calendar C { zone \"UTC\" hours MON-FRI 08:00-17:00 holidays from \"../outside.txt\" }\n");
        Cli check = Cli.run("check", project.toString());
        assertEquals(Main.INPUT_ERRORS, check.exitCode());
        assertFalse(check.out().contains(SECRET), check.out());
        assertTrue(check.out().contains("main.rules:1:9: error: include '../outside.rules' leads outside the rules"
                + " project"), check.out());
        assertTrue(check.out().contains("main.rules:2:65: error: holidays from '../outside.txt' leads outside"),
                check.out());

        Cli allowed = Cli.run("check", "--allow-outside-paths", project.toString());
        assertTrue(allowed.out().contains("outside.rules:1:1: error"), allowed.out());
    }

    @Test
    void aFileThatIsNotRulesOrHolidaysIsNeverQuoted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("secret.txt"), SECRET + "\nroot:x:0:0\n");
        Files.writeString(dir.resolve("main.rules"), "include \"secret.txt\"\n"
                + "calendar C { zone \"UTC\" hours MON-FRI 08:00-17:00 holidays from \"secret.txt\" }\n");
        Cli check = Cli.run("check", dir.toString());
        assertEquals(Main.INPUT_ERRORS, check.exitCode());
        assertFalse(check.out().contains(SECRET), check.out());
        assertTrue(check.out().contains("error: include names 'secret.txt', which is not a .rules file"), check.out());
    }

    @Test
    void controlCharactersFromDataAndRulesReachTheTerminalEscaped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("deal.rules"), "object Deal { Name Text(255) Amount Currency }\n"
                + "requirement R on Deal {\n error when ISBLANK(Amount)\n message \"\u001b]0;owned\u0007missing\"\n}\n");
        Path data = dir.resolve("deals.jsonl");
        Files.writeString(data, "{\"Id\":\"\\u001b[2J1\",\"Name\":\"x\"}\n{\"Id\":\"2\",\"Amount\":\"\\u001b[31m\"}\n");
        Cli eval = Cli.run("eval", "--rules", dir.toString(), "--at", "2026-03-01T00:00:00Z", "--skip-invalid",
                "--format", "table", data.toString());
        String all = eval.out() + eval.err();
        assertFalse(all.chars().anyMatch(c -> c == 0x1B || c == 0x07), all);
        assertTrue(all.contains("\\u001B"), all);
    }

    @Test
    void staffRefusesAMaximumPastItsLimitInsteadOfSearchingForever() {
        Cli staff = Cli.run("staff", "scenarios/default.yaml", "--target", "approval >= 100%", "--max", "100000000");
        assertEquals(Main.USAGE, staff.exitCode(), staff.err());
        assertTrue(staff.err().contains("--max 100000000 is past the limit of 1000"), staff.err());
    }

    @Test
    void aClockAtTheEdgeOfTimeIsAUsageErrorNotABug() {
        Cli eval = Cli.run("eval", "--rules", "rules", "--at", "+999999999-12-31T23:59:59Z", "data/opportunities.jsonl");
        assertEquals(Main.USAGE, eval.exitCode(), eval.err());
        assertTrue(eval.err().contains("the clock must lie between 1700-01-01 and 4000-12-31"), eval.err());
    }
}

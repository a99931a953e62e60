package io.stage7.cli;

import io.stage7.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code stage7 simulate --replications N}: the contract of the command line. */
class SimulateReplicationsTest {

    /** Two weeks of the M/M/10 scenario: quick, and every metric defined. */
    static Path shortMmc(Path temp) throws IOException {
        Path source = Path.of("src/test/resources/scenarios/mmc/mmc.yaml");
        String yaml = Files.readString(source)
                .replace("rules: rules", "rules: " + source.getParent().resolve("rules").toAbsolutePath())
                .replace("end: 2026-03-02T00:00:00Z, warmup: 7d", "end: 2026-01-19T00:00:00Z, warmup: 2d");
        Path file = temp.resolve("mmc.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void theReplicatedFilesAreByteIdenticalOnOneAndTwoThreads(@TempDir Path temp) throws IOException {
        Path scenario = shortMmc(temp);
        Cli one = Cli.run("simulate", scenario.toString(), "--replications", "4", "--threads", "1", "--out",
                temp.resolve("one").toString());
        Cli two = Cli.run("simulate", scenario.toString(), "--replications", "4", "--threads", "2", "--out",
                temp.resolve("two").toString());
        assertEquals(Main.OK, one.exitCode(), one.err());
        assertEquals(Main.OK, two.exitCode(), two.err());
        assertEquals(one.out().replace(temp.resolve("one").toString(), "DIR"),
                two.out().replace(temp.resolve("two").toString(), "DIR"));
        for (String file : List.of("summary.json", "replications.csv", "timeseries.csv", "submissions.csv", "report.html")) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("one").resolve(file)),
                    Files.readAllBytes(temp.resolve("two").resolve(file)), file);
        }
        assertTrue(Files.readString(temp.resolve("one/report.html")).contains("\"replications\":4"),
                "the report pools the four replications");
    }

    @Test
    void theSummaryHasEachMetricsMeanAndIntervalAndTheTableShowsThem(@TempDir Path temp) throws IOException {
        Cli cli = Cli.run("simulate", shortMmc(temp).toString(), "--replications", "3", "--out", temp.resolve("out").toString());
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("3 replications: means with 95% confidence intervals (Student t)"), cli.out());
        assertTrue(cli.out().matches("(?s).*\\nR +\\d+\\.\\d +\\d+\\.\\d +100\\.0% ± 0\\.0 +\\d\\.\\d\\d ± \\d\\.\\d\\d.*"),
                cli.out());
        assertTrue(cli.out().contains("Conservation holds in every replication"), cli.out());
        assertTrue(cli.out().contains("timeseries.csv and submissions.csv of replication 0"), cli.out());
        String json = Files.readString(temp.resolve("out/summary.json"));
        assertTrue(json.contains("\"replications\": 3,\n  \"confidenceLevel\": 0.95,"), json);
        assertFalse(json.contains("\"replication\":"), json);
        assertTrue(json.matches("(?s).*\"utilization\": \\{\\n +\"mean\": 0\\.\\d+,\\n +\"ci95\": \\[0\\.\\d+, 0\\.\\d+],"
                + "\\n +\"halfWidth\": 0\\.\\d+,\\n +\"n\": 3\\n +}.*"), json);
        List<String> rows = Files.readAllLines(temp.resolve("out/replications.csv"));
        assertEquals(4, rows.size());
        assertTrue(rows.get(0).startsWith("replication,overall.submitted,overall.decided,"), rows.get(0));
        assertTrue(rows.get(3).startsWith("2,"), rows.get(3));
    }

    @Test
    void oneReplicationReportsTheValueWithoutAnInterval(@TempDir Path temp) throws IOException {
        Cli cli = Cli.run("simulate", shortMmc(temp).toString(), "--replications", "1", "--out", temp.resolve("out").toString());
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        assertFalse(cli.out().contains("±"), cli.out());
        String json = Files.readString(temp.resolve("out/summary.json"));
        assertTrue(json.matches("(?s).*\"attainment\": \\{\\n +\"mean\": 1,\\n +\"ci95\": null,\\n +\"halfWidth\": null,"
                + "\\n +\"n\": 1\\n.*"), json);
    }

    @Test
    void aSingleRunReplacesTheFilesOfAReplicatedOne(@TempDir Path temp) throws IOException {
        Path scenario = shortMmc(temp);
        Path out = temp.resolve("out");
        assertEquals(Main.OK, Cli.run("simulate", scenario.toString(), "--replications", "2", "--out", out.toString()).exitCode());
        assertTrue(Files.exists(out.resolve("replications.csv")));
        assertEquals(Main.OK, Cli.run("simulate", scenario.toString(), "--out", out.toString()).exitCode());
        assertFalse(Files.exists(out.resolve("replications.csv")), "it would not describe the single run");
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"replication\": 0,"));
    }

    @Test
    void progressGoesToStderrOnlyWhenAskedOrOnATerminal(@TempDir Path temp) throws IOException {
        Path scenario = shortMmc(temp);
        Cli quiet = Cli.run("simulate", scenario.toString(), "--replications", "2", "--out", temp.resolve("a").toString());
        assertEquals("", quiet.err(), "tests have no console: no progress by default");
        Cli shown = Cli.run("simulate", scenario.toString(), "--replications", "2", "--progress", "--out",
                temp.resolve("b").toString());
        assertEquals(Main.OK, shown.exitCode(), shown.err());
        assertTrue(shown.err().startsWith("\r0/2 replications"), shown.err());
        assertTrue(shown.err().contains("\r2/2 replications"), shown.err());
        assertTrue(shown.err().endsWith("\r"), "the line is cleared for what follows: " + shown.err());
        assertFalse(shown.out().contains("replications,"), "progress stays off stdout");
        Cli hidden = Cli.run("simulate", scenario.toString(), "--replications", "2", "--no-progress", "--out",
                temp.resolve("c").toString());
        assertEquals("", hidden.err());
    }

    @Test
    void badReplicationOrThreadCountsAreUsageErrors() {
        for (String[] args : List.of(new String[]{"--replications", "0"}, new String[]{"--replications", "many"},
                new String[]{"--replications", "2", "--threads", "0"}, new String[]{"--replications", "-3"})) {
            String[] line = new String[args.length + 2];
            line[0] = "simulate";
            line[1] = Fixtures.DEFAULT_SCENARIO.toString();
            System.arraycopy(args, 0, line, 2, args.length);
            Cli cli = Cli.run(line);
            assertEquals(Main.USAGE, cli.exitCode(), String.join(" ", line) + ": " + cli.err());
            assertTrue(cli.out().isEmpty(), cli.out());
        }
        assertTrue(Cli.run("simulate", Fixtures.DEFAULT_SCENARIO.toString(), "--replications", "0").err()
                .contains("--replications must be at least 1, got 0"));
    }

    @Test
    void aScenarioWithMistakesIsAnInputErrorBeforeAnyReplicationRuns() {
        Cli cli = Cli.run("simulate", "src/test/resources/sim/model/bad-scenario.yaml", "--replications", "5");
        assertEquals(Main.INPUT_ERRORS, cli.exitCode());
        assertTrue(cli.err().contains("bad-scenario.yaml:7:"), cli.err());
        assertTrue(cli.out().isEmpty(), cli.out());
    }

    @Test
    void theProgressEstimateReadsAsATime() {
        assertEquals("8 s", ProgressLine.duration(7.6));
        assertEquals("3 min 05 s", ProgressLine.duration(185));
        assertEquals("1 h 02 min", ProgressLine.duration(3725));
    }
}

package io.stage7.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No scenario runs past the limit on events per replication. {@code scenarios/runaway} is within
 * every input limit (24 submissions a day), but its rework loop never ends: each submission is
 * rejected and resubmitted every few seconds for ten years, billions of events, hours of work.
 * Run with the limit lowered through its documented property (in a separate JVM: limits are read
 * once), {@code simulate} and {@code staff} stop within seconds with a located
 * message that names the scenario file, the limit and how to raise it, and exit 1.
 */
class EventLimitTest {

    private static final Path RUNAWAY = Path.of("src/test/resources/scenarios/runaway/runaway.yaml");

    private static String stage7(Path temp, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m",
                "-Dstage7.limit.eventsPerReplication=100000", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(temp, "log", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "stopped at the limit, not at the horizon");
        return process.exitValue() + "\n" + Files.readString(log);
    }

    @Test
    void aRunawayScenarioStopsAtTheEventLimitWithALocatedError(@TempDir Path temp) throws Exception {
        String simulate = stage7(temp, "simulate", RUNAWAY.toString(), "--replications", "4", "--threads", "2",
                "--out", temp.resolve("out").toString());
        assertTrue(simulate.startsWith("1\n"), simulate);
        assertTrue(simulate.contains("stage7: error: " + RUNAWAY + ": replication 0 stopped at 2026-01-0"), simulate);
        assertTrue(simulate.contains("after 100,000 events, the limit on events per replication"), simulate);
        assertTrue(simulate.contains("raise it with STAGE7_JAVA_OPTS=-Dstage7.limit.eventsPerReplication=N"
                + " (docs/limits.md)"), simulate);
        assertFalse(simulate.contains("\tat "), "no stack trace");
        assertFalse(Files.exists(temp.resolve("out")), "no output folder from a run that did not finish");

        String staff = stage7(temp, "staff", RUNAWAY.toString(), "--target", "approval >= 90%", "--replications", "2",
                "--out", temp.resolve("staff").toString());
        assertTrue(staff.startsWith("1\n") && staff.contains("the limit on events per replication"), staff);
    }
}

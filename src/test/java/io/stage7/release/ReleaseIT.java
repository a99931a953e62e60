package io.stage7.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The release archive as a new team meets it (run by failsafe after {@code package}): unpacked
 * anywhere, {@code bin/stage7} runs with a Java runtime alone (no Maven, no source tree), starts a
 * rules project with {@code init}, and that project's own CI script checks and tests it, also after
 * the team adds a requirement with its test.
 */
class ReleaseIT {

    @TempDir
    static Path unpacked;
    private static Path launcher;

    private record Run(int code, String out) {
    }

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        Path archive;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            archive = files.filter(p -> p.getFileName().toString().matches("stage7-.*\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("no release archive in target/: run 'mvn package' first"));
        }
        Run tar = run(unpacked, Map.of(), "tar", "xzf", archive.toAbsolutePath().toString());
        assertEquals(0, tar.code(), tar.out());
        try (Stream<Path> dirs = Files.list(unpacked)) {
            launcher = dirs.findFirst().orElseThrow().resolve("bin/stage7");
        }
    }

    /** Runs a command in {@code dir} with PATH reduced to the system's (no Maven needed), output and errors together. */
    private static Run run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
        return new Run(process.exitValue(), out);
    }

    private static Run stage7(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(dir, Map.of(), command.toArray(String[]::new));
    }

    @Test
    void everyCommandPrintsTheVersionAndCommit(@TempDir Path dir) throws Exception {
        for (String command : List.of("check", "test", "simulate", "init")) {
            Run version = stage7(dir, command, "--version");
            assertEquals(0, version.code(), version.out());
            assertTrue(version.out().matches("stage7 \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit [0-9a-f]{7,}.*\\)\\s*"),
                    version.out());
        }
    }

    @Test
    void aNewTeamStartsAProjectAddsARuleAndItsCiPasses(@TempDir Path dir) throws Exception {
        Run init = stage7(dir, "init", "my-desk");
        assertEquals(0, init.code(), init.out());
        Path project = dir.resolve("my-desk");
        Map<String, String> env = Map.of("STAGE7", launcher.toString());
        Run ci = run(project, env, project.resolve(".ci/run").toString());
        assertEquals(0, ci.code(), ci.out());

        Files.writeString(project.resolve("rules/requirements.rules"), """

                requirement Amount_Within_Desk_Authority on Opportunity {
                  error when ISPICKVAL(StageName, "7 - Closing") && Amount > 25000000
                  message "Deals over 25 million go to the deal board, not the desk."
                  field Amount
                }
                """, StandardOpenOption.APPEND);
        Files.writeString(project.resolve("rules/tests/amount_test.rules"), """
                include "../requirements.rules"

                test "a deal over the desk's authority is refused" {
                  given Opportunity { Amount: 30000000, StageName: "7 - Closing", Region: "EMEA" }
                  expect violations include Amount_Within_Desk_Authority
                }

                test "a deal within it is not" {
                  given Opportunity { Amount: 20000000, StageName: "7 - Closing", Region: "EMEA" }
                  expect no violation Amount_Within_Desk_Authority
                }
                """);
        Run after = run(project, env, project.resolve(".ci/run").toString());
        assertEquals(0, after.code(), after.out());
        assertTrue(after.out().contains("passed, 0 failed"), after.out());

        Run junit = stage7(project, "test", "rules/", "--format", "junit");
        assertEquals(0, junit.code(), junit.out());
        assertTrue(junit.out().contains("<testsuite") && junit.out().contains("a deal over the desk's authority is refused"), junit.out());
    }

    @Test
    void initNeverOverwritesAFolderWithFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        Run init = stage7(dir.getParent(), "init", dir.toString());
        assertEquals(2, init.code(), init.out());
        assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
    }
}

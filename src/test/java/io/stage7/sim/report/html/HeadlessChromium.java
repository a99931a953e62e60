package io.stage7.sim.report.html;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's Chromium, headless, on a local file: its DOM after the page's scripts ran, or a
 * screenshot. Every start gets a fresh profile folder and the flags that keep Chromium off the
 * network (no background networking, component updates, sync or QUIC), so a test run makes no
 * connection. Console messages go to stderr ({@code --enable-logging=stderr}), where
 * {@link Run#consoleLines()} finds them.
 *
 * <p>The browser is {@code $STAGE7_CHROMIUM}, else {@code chromium} (Debian's package, which
 * {@code .ci/run} installs when missing); without one the test fails and says how to install it.
 */
final class HeadlessChromium {

    private static final long TIMEOUT_SECONDS = 120;
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]|Uncaught");

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The browser, or a test failure that says how to install it. */
    static HeadlessChromium find() {
        Optional<Path> found = Optional.ofNullable(System.getenv("STAGE7_CHROMIUM")).map(Path::of)
                .or(() -> onPath("chromium"));
        if (found.isEmpty() || !Files.isExecutable(found.get())) {
            String why = "the report's browser test needs Chromium: install Debian's package with "
                    + "'apt-get update && apt-get install -y chromium' (.ci/run does this when it is missing), "
                    + "or point STAGE7_CHROMIUM at a Chromium executable";
            // CI installs Chromium, so there a missing browser is a failure; on a developer's
            // machine with only Java and Maven the browser test is skipped, loudly.
            if (System.getenv("CI") != null) {
                fail(why);
            }
            System.err.println("ReportInBrowserTest skipped: " + why);
            Assumptions.abort("skipped: " + why);
        }
        return new HeadlessChromium(found.get());
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What one start of the browser produced. */
    record Run(int exitCode, String stdout, String stderr) {

        /** stderr lines that report a console message or an uncaught exception of the page. */
        List<String> consoleLines() {
            return stderr.lines().filter(line -> CONSOLE.matcher(line).find()).collect(Collectors.toList());
        }
    }

    /** The page's DOM once its scripts have run (and its virtual time has settled). */
    Run dumpDom(Path page, Path workDir) throws IOException, InterruptedException {
        return run(page, workDir, List.of("--dump-dom"));
    }

    /** A {@code width} x {@code height} screenshot of the page into {@code png}. */
    Run screenshot(Path page, Path png, int width, int height, Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        return run(page, workDir, List.of("--hide-scrollbars", "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath()));
    }

    private Run run(Path page, Path workDir, List<String> action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(Files.createDirectories(workDir), "chromium-profile-");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=10000"));
        command.addAll(action);
        command.add(page.toAbsolutePath().toUri().toString());
        Path out = Files.createTempFile(workDir, "chromium-", ".out");
        Path err = Files.createTempFile(workDir, "chromium-", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}

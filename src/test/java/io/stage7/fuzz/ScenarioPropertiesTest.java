package io.stage7.fuzz;

import io.stage7.cli.Cli;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Property-based fuzzing of scenario YAML through {@code stage7 simulate}, run in-process: the
 * shipped default scenario, cut to four days so that a valid mutant simulates quickly, with
 * values replaced by hostile ones (huge rates and multipliers, horizons at the ends of time,
 * enormous durations, special files, escape sequences) and lines dropped or duplicated. Whatever
 * the YAML, the command keeps the contract: exit 0 or 1, every error located at its YAML path,
 * no internal error, no stack trace. Limits, not a clock, bound the work a mutant can ask for.
 */
class ScenarioPropertiesTest {
    private static final List<String> HOSTILE = List.of("1e6", "1e300", "-1", "0", ".inf", ".nan", "1e13",
            "{ fixed: 1e13 }", "{ lognormal: { mean: 1e300, sd: 0.4 } }", "{ lognormal: { mean: 1, sd: 1e300 } }",
            "{ uniform: { min: 0, max: 1e300 } }", "{ exponential: { mean: 1e-300 } }",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "9999-12-31T00:00:00Z",
            "\"\\e[31mred\\a\"", "\"=HYPERLINK(1)\"", "/dev/zero", "/etc/passwd", "..", "[]", "{}", "~", "\"\"",
            "{ EoM: 1e300 }", "{ empirical_file: /dev/zero }", "99999999999999999999999999", "\"" + "9".repeat(500)
                    + "\"");

    private static Path dir;
    private static List<String> lines;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("stage7-scenario-fuzz");
        String rules = Path.of("rules").toAbsolutePath().toString();
        lines = Files.readString(Path.of("scenarios/default.yaml"))
                .replace("rules: ../rules", "rules: " + rules)
                .replace("end: 2026-05-01T07:00:00Z", "end: 2026-01-22T00:00:00Z")
                .replace("warmup: 14d", "warmup: 1d")
                .lines().filter(l -> !l.strip().startsWith("#")).toList();
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Property(tries = 200, seed = "20261211", shrinking = ShrinkingMode.BOUNDED)
    void simulateKeepsTheContract(@ForAll("scenarios") String yaml) {
        Contract.holds(simulate(yaml), Set.of(0, 1), yaml);
    }

    /** Found by the hostile-input corpus: a fixed delay of 1e13 hours was an internal error. */
    @Example
    void anEnormousDelayIsALocatedError() {
        String yaml = String.join("\n", lines).replaceFirst("delay_hours: .*", "delay_hours: 1e13");
        Cli result = simulate(yaml);
        Contract.holds(result, Set.of(1), yaml);
        org.junit.jupiter.api.Assertions.assertTrue(result.err().contains("rework.delay_hours: gives durations"),
                result.err());
    }

    @Provide
    Arbitrary<String> scenarios() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, lines.size() - 1),
                Arbitraries.of(HOSTILE), Arbitraries.integers().between(0, 3)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(3).map(edits -> {
            List<String> text = new java.util.ArrayList<>(lines);
            for (Edit e : edits) {
                e.apply(text);
            }
            return String.join("\n", text) + "\n";
        });
    }

    /** Replace the value of a line (or of one flow-mapping entry in it), drop it, or repeat it. */
    private record Edit(int line, String value, int kind) {
        void apply(List<String> text) {
            int at = Math.min(line, text.size() - 1);
            String current = text.get(at);
            switch (kind) {
                case 0 -> {
                    int colon = current.indexOf(": ");
                    if (colon >= 0) {
                        text.set(at, current.substring(0, colon + 2) + value);
                    }
                }
                case 1 -> {
                    java.util.regex.Matcher number = java.util.regex.Pattern.compile("(?<=: )-?[0-9.]+")
                            .matcher(current);
                    if (number.find()) {
                        text.set(at, current.substring(0, number.start()) + value + current.substring(number.end()));
                    }
                }
                case 2 -> text.remove(at);
                default -> text.add(at, current);
            }
        }
    }

    private static Cli simulate(String yaml) {
        try {
            Path file = dir.resolve("fuzz.yaml");
            Files.writeString(file, yaml);
            return Cli.run("simulate", file.toString(), "--out", dir.resolve("out").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

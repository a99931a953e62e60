package io.stage7.fuzz;

import io.stage7.cli.Cli;
import io.stage7.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing of scenario YAML through {@code stage7 simulate}, run in-process: the
 * shipped default scenario, cut to four days so that a valid mutant simulates quickly, with
 * values replaced by hostile ones (huge rates and multipliers, horizons at the ends of time,
 * enormous durations, special files, escape sequences) and lines dropped or duplicated. Whatever
 * the YAML, the command keeps the contract: exit 0 or 1, every error located at its YAML path,
 * no internal error, no stack trace. Limits, not a clock, bound the work a mutant can ask for.
 * The seed is fixed ({@link Fuzz} says how to replay a case or run more).
 */
class ScenarioPropertiesTest {
    private static final List<String> HOSTILE = List.of("1e6", "1e300", "-1", "0", ".inf", ".nan", "1e13",
            "{ fixed: 1e13 }", "{ lognormal: { mean: 1e300, sd: 0.4 } }", "{ lognormal: { mean: 1, sd: 1e300 } }",
            "{ uniform: { min: 0, max: 1e300 } }", "{ exponential: { mean: 1e-300 } }",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "9999-12-31T00:00:00Z",
            "\"\\e[31mred\\a\"", "\"=HYPERLINK(1)\"", "/dev/zero", "/etc/passwd", "..", "[]", "{}", "~", "\"\"",
            "{ EoM: 1e300 }", "{ empirical_file: /dev/zero }", "99999999999999999999999999", "\"" + "9".repeat(500)
                    + "\"");

    @TempDir
    static Path dir;
    private static List<String> lines;

    @BeforeAll
    static void setUp() throws IOException {
        String rules = Fixtures.RULES.toAbsolutePath().toString();
        lines = Files.readString(Fixtures.DEFAULT_SCENARIO)
                .replace("rules: ../rules", "rules: " + rules)
                .replace("end: 2026-05-01T07:00:00Z", "end: 2026-01-22T00:00:00Z")
                .replace("warmup: 14d", "warmup: 1d")
                .lines().filter(l -> !l.strip().startsWith("#")).toList();
    }

    @Test
    void simulateKeepsTheContract() {
        Fuzz.forAll(20261211L, 200, ScenarioPropertiesTest::scenario,
                yaml -> Contract.holds(simulate(yaml), Set.of(0, 1), yaml));
    }

    /** Found by the hostile-input corpus: a fixed delay of 1e13 hours was an internal error. */
    @Test
    void anEnormousDelayIsALocatedError() {
        String yaml = String.join("\n", lines).replaceFirst("delay_hours: .*", "delay_hours: 1e13");
        Cli result = simulate(yaml);
        Contract.holds(result, Set.of(1), yaml);
        assertTrue(result.err().contains("rework.delay_hours: gives durations"), result.err());
    }

    /** The cut-down default scenario with one to three edits, each with a hostile value. */
    private static String scenario(SplittableRandom random) {
        List<String> text = new ArrayList<>(lines);
        int edits = random.nextInt(1, 4);
        for (int i = 0; i < edits; i++) {
            new Edit(random.nextInt(lines.size()), Fuzz.oneOf(random, HOSTILE), random.nextInt(4)).apply(text);
        }
        return String.join("\n", text) + "\n";
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

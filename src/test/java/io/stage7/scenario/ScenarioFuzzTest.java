package io.stage7.scenario;

import io.stage7.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutated copies of the shipped scenarios (bytes flipped, lines dropped, duplicated, re-indented
 * or swapped, values replaced by values of other types) never make the reader throw: each gives
 * a scenario or located problems, and the two never together.
 */
class ScenarioFuzzTest {
    private static final int MUTANTS_PER_FILE = 300;
    private static final String[] REPLACEMENTS = {"-1", "0", "1e308", ".nan", "\"four\"", "[]", "{}", "~", "[1, [2]]",
            "{ fixed: -3 }", "&a 1", "*a", "*nowhere", "\"\\u0000\"", "\"\uD83D\uDE00\"", "2026-13-40T99:00:00Z",
            "999999999999999999999999", "- x", ": :", "'unclosed", "{ lognormal: { mean: 1, median: 2 } }", "true"};

    @Test
    void mutatedShippedScenariosNeverThrow() throws IOException {
        ScenarioReader reader = ScenarioReader.caching();
        for (String name : List.of(Fixtures.DEFAULT_SCENARIO.toString(), Fixtures.EOQ_SURGE.toString(),
                "src/test/resources/scenarios/problems/_good.yaml")) {
            Path file = Path.of(name);
            byte[] original = Files.readAllBytes(file);
            SplittableRandom random = new SplittableRandom(name.hashCode());
            for (int i = 0; i < MUTANTS_PER_FILE; i++) {
                byte[] mutant = mutate(original, random);
                ScenarioResult result;
                try {
                    result = reader.readBytes(file, mutant);
                } catch (RuntimeException | StackOverflowError e) {
                    fail("mutant " + i + " of " + name + " threw " + e + ":\n"
                            + new String(mutant, StandardCharsets.UTF_8), e);
                    return;
                }
                assertEquals(result.scenario().isEmpty(), result.problems().stream().anyMatch(ScenarioProblem::isError));
                for (ScenarioProblem problem : result.problems()) {
                    assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.toString());
                    assertFalse(problem.message().isBlank(), problem.toString());
                }
                result.render();
            }
        }
    }

    private static byte[] mutate(byte[] original, SplittableRandom random) {
        int kind = random.nextInt(6);
        if (kind == 0) {
            byte[] copy = original.clone();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            }
            return copy;
        }
        List<String> lines = new ArrayList<>(Arrays.asList(new String(original, StandardCharsets.UTF_8)
                .split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (kind) {
            case 1 -> lines.remove(at);
            case 2 -> lines.add(at, lines.get(random.nextInt(lines.size())));
            case 3 -> lines.set(at, (random.nextBoolean() ? "  " : "") + lines.get(at).replaceFirst("^ ", ""));
            case 4 -> {
                int other = random.nextInt(lines.size());
                String line = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, line);
            }
            default -> {
                String line = lines.get(at);
                int colon = line.indexOf(": ");
                if (colon >= 0) {
                    lines.set(at, line.substring(0, colon + 2) + REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
                } else {
                    lines.set(at, line + " " + REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
                }
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}

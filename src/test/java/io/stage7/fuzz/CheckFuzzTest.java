package io.stage7.fuzz;

import io.stage7.testing.Fixtures;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceText;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Throws thousands of broken inputs at the whole checking pipeline: random bytes, and mutated
 * copies of the shipped rules and of the diagnostics corpus. No exception may escape, and every
 * diagnostic must point inside the file it names. Seeds are fixed, so a failure reproduces; the
 * failing input is printed.
 */
class CheckFuzzTest {
    private static final String[] FRAGMENTS = {
        "(", ")", "{", "}", "\"", "'", "/*", "*/", "//", ",", ":", "&&", "||", "!", "-", "^", "=", "<>",
        "when", "assign", "otherwise", "message", "error", "field", "object", "requirement", "routing",
        "include \"nowhere.rules\"", "test", "expect", "given", "calendar", "zone", "hours", "07:00",
        "NULL", "TRUE", "IF(", "CASE(", "ISPICKVAL(", "TEXT(", "0.1", "99999999999999999999999",
        "\\", "\n", "\t", "\u00e9", "\ud83d\ude00", "\u0000", "(".repeat(150), "!".repeat(150),
    };

    @Test
    void randomBytesNeverEscapeAsExceptions() {
        Random random = new Random(20261126L);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[random.nextInt(600)];
            random.nextBytes(bytes);
            checkSurvives("fuzz/random-" + i + ".rules", bytes);
        }
    }

    @Test
    void mutatedRulesNeverEscapeAsExceptions() throws IOException {
        List<String> seeds = seeds();
        assertTrue(seeds.size() >= 5, "the fuzz test needs seed files; found " + seeds.size());
        Random random = new Random(7L);
        for (int i = 0; i < 3000; i++) {
            String seed = seeds.get(random.nextInt(seeds.size()));
            String mutated = mutate(seed, random, 1 + random.nextInt(4));
            checkSurvives("fuzz/mutant-" + i + ".rules", mutated.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void checkSurvives(String path, byte[] bytes) {
        LoadResult result;
        try {
            result = Pipeline.check(path, bytes);
        } catch (RuntimeException | StackOverflowError e) {
            fail("an exception escaped for input " + path + ":\n"
                    + new String(bytes, StandardCharsets.UTF_8) + "\n", e);
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        SourceText source = new SourceText(path, text);
        List<Diagnostic> diagnostics = result.diagnostics();
        for (Diagnostic d : diagnostics) {
            if (!d.span().path().equals(path)) {
                continue; // an include's diagnostics point into the included file
            }
            assertTrue(d.span().line() >= 1 && d.span().line() <= source.lineCount() + 1,
                    () -> "diagnostic outside the file: " + d + " for input:\n" + text);
            assertTrue(d.span().column() >= 1, d::toString);
        }
        assertEquals(diagnostics.stream().sorted(Diagnostic.ORDER).toList(), diagnostics, "diagnostics are sorted");
    }

    private static String mutate(String text, Random random, int times) {
        StringBuilder out = new StringBuilder(text);
        for (int t = 0; t < times; t++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            int end = Math.min(out.length(), at + random.nextInt(40));
            switch (random.nextInt(6)) {
                case 0 -> out.delete(at, end);
                case 1 -> out.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 2 -> out.insert(at, out.substring(at, end));
                case 3 -> out.setLength(at);
                case 4 -> {
                    if (at < out.length()) {
                        out.setCharAt(at, (char) (32 + random.nextInt(95)));
                    }
                }
                default -> {
                    String piece = out.substring(at, end);
                    out.delete(at, end);
                    out.insert(random.nextInt(out.length() + 1), piece);
                }
            }
        }
        return out.toString();
    }

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (Path root : List.of(Fixtures.RULES, Path.of("src/test/resources/diagnostics"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".rules")).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(p);
                    if (bytes.length < 100_000) {
                        seeds.add(new String(bytes, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return seeds;
    }
}

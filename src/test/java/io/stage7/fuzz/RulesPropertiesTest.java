package io.stage7.fuzz;

import io.stage7.cli.Cli;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Property-based fuzzing of rules text through {@code stage7 check} and {@code stage7 test}, run
 * in-process: the shipped rules cut, spliced and sown with hostile fragments (special paths,
 * escapes, huge literals, deep nesting). Whatever the text, the command exits 0 or 1, locates
 * every error, prints no stack trace and no raw control character, and never quotes a file
 * outside the project. The seed is fixed, so a run is reproducible; failures found are kept
 * below as examples.
 */
class RulesPropertiesTest {
    private static final List<String> HOSTILE = List.of(
            "include \"/etc/passwd\"\n", "include \"../../../../etc/hostname\"\n", "include \"/dev/zero\"\n",
            "include \"fifo.rules\"\n", "include \".\"\n", "include \"secret.txt\"\n",
            "calendar X { zone \"UTC\" hours MON-FRI 08:00-17:00 holidays from \"/etc/passwd\" }\n",
            "calendar Y { zone \"UTC\" hours MON-FRI 08:00-17:00 holidays from \"secret.txt\" }\n",
            "9".repeat(5_000), "0." + "1".repeat(300), "\"" + "x".repeat(140_000) + "\"", "\u001b[31m", "\u009b2J",
            "\"\u001b]0;owned\u0007\"", "(".repeat(120), "UPPER(", "LPAD(\"x\", 1000000000000)", "1e999999",
            "\u202e", "\r", "\t", "/*", "\"", "&& ", "^ 99999", "DATE(99999, 1, 1)", "ADDMONTHS(TODAY(), 2000000)");
    private static final List<String> FRAGMENTS = List.of("(", ")", "{", "}", ",", ":", "=", "when", "assign",
            "otherwise", "message", "error", "object", "requirement", "routing", "test", "given", "expect", "NULL",
            "IF(", "CASE(", "TEXT(", "\n", " ");

    private static Path project;
    private static List<String> seeds;

    @BeforeContainer
    static void setUp() throws IOException {
        project = Files.createTempDirectory("stage7-rules-fuzz");
        Files.writeString(project.resolve("secret.txt"), "root:x:0:0:TOPSECRET\n");
        seeds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".rules")).sorted().toList()) {
                seeds.add(Files.readString(file));
            }
        }
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Property(tries = 2500, seed = "20261207", shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void checkKeepsTheContract(@ForAll("rulesText") String text) {
        Cli result = run("check", text);
        Contract.holds(result, Set.of(0, 1), text);
        assertFalse((result.out() + result.err()).contains("TOPSECRET"), "a file outside the rules was quoted");
        assertFalse((result.out() + result.err()).contains("root:x:0"), "a system file was quoted");
    }

    @Property(tries = 500, seed = "20261208", shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void testKeepsTheContract(@ForAll("rulesText") String text) {
        Contract.holds(run("test", text), Set.of(0, 1), text);
    }

    /** Found by this suite: a number literal of thousands of digits reached BigDecimal and the checker. */
    @Example
    void aHugeNumberLiteralIsALocatedError() {
        String text = "object O { A Number }\nrequirement R on O {\n error when A > " + "9".repeat(5_000)
                + "\n message \"m\"\n}\n";
        Cli result = run("check", text);
        Contract.holds(result, Set.of(1), text);
        org.junit.jupiter.api.Assertions.assertTrue(result.out().contains("error: number literal of 5,000 characters"),
                result.out());
    }

    @Provide
    Arbitrary<String> rulesText() {
        Arbitrary<String> seed = Arbitraries.of(seeds);
        Arbitrary<String> insert = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(HOSTILE)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(FRAGMENTS)));
        Arbitrary<Edit> edit = net.jqwik.api.Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), insert, Arbitraries.integers().between(0, 2)).as(Edit::new);
        return net.jqwik.api.Combinators.combine(seed, edit.list().ofMinSize(1).ofMaxSize(4)).as((s, edits) -> {
            String text = s;
            for (Edit e : edits) {
                text = e.apply(text);
            }
            return text;
        });
    }

    /** Cut out a stretch of the text, or put a fragment in at a point. */
    private record Edit(double at, double length, String fragment, int kind) {
        String apply(String text) {
            int from = (int) (at * text.length());
            int to = Math.min(text.length(), from + (int) (length * 200));
            return switch (kind) {
                case 0 -> text.substring(0, from) + text.substring(to);
                case 1 -> text.substring(0, from) + fragment + text.substring(from);
                default -> text.substring(0, from) + fragment + text.substring(to);
            };
        }
    }

    private static Cli run(String command, String text) {
        try {
            Path dir = project.resolve("rules");
            Files.createDirectories(dir);
            Files.write(dir.resolve("fuzz.rules"), text.getBytes(StandardCharsets.UTF_8));
            return Cli.run(command, dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.stage7.cli;

import io.stage7.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;


/**
 * The golden corpus of data files: every {@code NAME.jsonl} and {@code NAME.csv} under
 * {@code src/test/resources/eval-cli} is evaluated against the rules in {@code eval-cli/rules}
 * at a fixed instant, and what {@code stage7 eval} prints (stdout, then stderr, then the exit
 * code) must equal {@code NAME.EXT.expected}; with {@code --skip-invalid}, it must equal
 * {@code NAME.EXT.skip-invalid.expected}; and when {@code NAME.EXT.table.expected} exists, the
 * output of {@code --format table} must equal it, and likewise {@code NAME.EXT.csv.expected} for
 * {@code --format csv} and {@code NAME.EXT.summary.expected} for {@code --summary --skip-invalid}.
 *
 * <p>Adding a case means adding a data file. To write the expected files from the current
 * output, run {@code mvn test -Dtest=GoldenEvalTest -Dstage7.golden.update=true} and review the diff.
 */
class GoldenEvalTest {
    static final Path CORPUS = Path.of("src/test/resources/eval-cli");
    static final String RULES = CORPUS.resolve("rules").toString();
    static final String AT = "2026-03-10T10:00:00Z";

    @TestFactory
    Stream<DynamicTest> everyDataFileGivesItsExpectedOutput() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".csv")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name, () -> check(CORPUS.resolve(name + ".expected"),
                    "eval", "--rules", RULES, "--at", AT, file.toString())));
            tests.add(DynamicTest.dynamicTest(name + " --skip-invalid", () -> check(
                    CORPUS.resolve(name + ".skip-invalid.expected"),
                    "eval", "--rules", RULES, "--at", AT, "--skip-invalid", file.toString())));
            Path table = CORPUS.resolve(name + ".table.expected");
            if (Files.exists(table)) {
                tests.add(DynamicTest.dynamicTest(name + " --format table", () -> check(table,
                        "eval", "--rules", RULES, "--at", AT, "--format", "table", file.toString())));
            }
            Path csv = CORPUS.resolve(name + ".csv.expected");
            if (Files.exists(csv)) {
                tests.add(DynamicTest.dynamicTest(name + " --format csv", () -> check(csv,
                        "eval", "--rules", RULES, "--at", AT, "--format", "csv", file.toString())));
            }
            Path summary = CORPUS.resolve(name + ".summary.expected");
            if (Files.exists(summary)) {
                tests.add(DynamicTest.dynamicTest(name + " --summary", () -> check(summary,
                        "eval", "--rules", RULES, "--at", AT, "--summary", "--skip-invalid", file.toString())));
            }
        }
        return tests.stream();
    }

    /** Runs the command line and compares stdout, stderr and the exit code with a golden file. */
    static void check(Path expected, String... args) throws IOException {
        Cli result = Cli.run(args);
        String actual = result.out() + result.err() + "exit " + result.exitCode() + "\n";
        Golden.assertMatches(expected, actual, "output of stage7 " + String.join(" ", args));
    }
}

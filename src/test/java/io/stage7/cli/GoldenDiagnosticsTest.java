package io.stage7.cli;

import io.stage7.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;


/**
 * The golden corpus of invalid rules: every {@code NAME.rules} under
 * {@code src/test/resources/diagnostics} that has a {@code NAME.expected} beside it is checked,
 * and what {@code stage7 check} prints (diagnostics, source lines, carets, summary, then the
 * exit code) must equal the expected file exactly. Other {@code .rules} files there are helpers
 * that cases include.
 *
 * <p>Every case is checked at the same clock ({@link #CLOCK}, {@code --at}), so a calendar whose
 * listed holidays end before 2026 gets its warning whatever the date the tests run.
 *
 * <p>Adding a case means adding two files. To write the expected files from the current output,
 * run {@code mvn test -Dtest=GoldenDiagnosticsTest -Dstage7.golden.update=true} and review the diff.
 */
class GoldenDiagnosticsTest {
    static final Path CORPUS = Path.of("src/test/resources/diagnostics");
    /** The clock every case is checked at, so the holiday-data warnings do not change with the date. */
    static final String CLOCK = "2026-06-01T12:00:00Z";

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsExpectedOutput() throws IOException {
        List<Path> cases;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            cases = walk.filter(p -> p.toString().endsWith(".rules"))
                    .filter(p -> Files.exists(expectedFile(p)) || Golden.updating())
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(CORPUS.relativize(c).toString(), () -> check(c)));
    }

    private static void check(Path rules) throws IOException {
        Cli result = Cli.run("check", "--at", CLOCK, rules.toString());
        String actual = result.out() + result.err() + "exit " + result.exitCode() + "\n";
        Golden.assertMatches(expectedFile(rules), actual, "output of stage7 check " + rules);
    }

    private static Path expectedFile(Path rules) {
        String name = rules.getFileName().toString();
        return rules.resolveSibling(name.substring(0, name.length() - ".rules".length()) + ".expected");
    }
}

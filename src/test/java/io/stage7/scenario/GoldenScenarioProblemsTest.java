package io.stage7.scenario;

import io.stage7.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;


/**
 * The golden corpus of scenario mistakes: every {@code NAME.yaml} under
 * {@code src/test/resources/scenarios/problems} that has a {@code NAME.expected} beside it is
 * read, and what a command would print (each problem with its YAML line and caret, then the
 * summary line) must equal the expected file exactly. Files starting with {@code _} are not cases.
 *
 * <p>Adding a case means adding two files. To write the expected files from the current output,
 * run {@code mvn test -Dtest=GoldenScenarioProblemsTest -Dstage7.golden.update=true} and review the diff.
 */
class GoldenScenarioProblemsTest {
    static final Path CORPUS = Path.of("src/test/resources/scenarios/problems");

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsExpectedOutput() throws IOException {
        List<Path> cases;
        try (Stream<Path> walk = Files.list(CORPUS)) {
            cases = walk.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .filter(p -> Files.exists(expectedFile(p)) || Golden.updating())
                    .sorted()
                    .toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    /** What {@code stage7 simulate} shows for a scenario with problems. */
    static String output(Path scenario) {
        ScenarioResult result = ScenarioReader.read(scenario);
        return result.render() + result.summaryLine(scenario.toString()) + "\n";
    }

    private static void check(Path scenario) throws IOException {
        Golden.assertMatches(expectedFile(scenario), output(scenario), "problems in " + scenario);
    }

    private static Path expectedFile(Path scenario) {
        String name = scenario.getFileName().toString();
        return scenario.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + ".expected");
    }
}

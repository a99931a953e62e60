package io.stage7.cli;

import io.stage7.testing.Fixtures;

import io.stage7.output.OutputFolder;
import io.stage7.testing.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Goldens for {@code stage7 import sfdx} and {@code stage7 export sfdx}: what each prints (stdout,
 * stderr with every located problem, the exit code) and every file it writes must equal
 * {@code NAME.expected}. Import cases are the SFDX trees under {@code src/test/resources/sfdx/import/}
 * (and the shipped sample); export cases the {@code .rules} files under {@code .../export/}.
 * Update with {@code -Dstage7.golden.update=true} and review the diff.
 */
class GoldenSfdxTest {
    static final Path IMPORTS = Path.of("src/test/resources/sfdx/import");
    static final Path EXPORTS = Path.of("src/test/resources/sfdx/export");
    static final Path OUT = Path.of("target/sfdx-golden");

    /** A fresh start: output folders left by an older build may not carry today's marker. */
    @BeforeAll
    static void clean() throws IOException {
        if (Files.exists(OUT)) {
            try (Stream<Path> walk = Files.walk(OUT)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> importCasesMatchTheirExpectedOutput() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(IMPORTS)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
                () -> importCase(c, IMPORTS.resolve(c.getFileName() + ".expected"))));
    }

    @Test
    void theShippedSampleImportsWithoutAProblem() throws IOException {
        importCase(Path.of("examples/sfdx"), IMPORTS.resolve("sample.expected"));
    }

    private static void importCase(Path tree, Path expected) throws IOException {
        Path out = OUT.resolve("import").resolve(expected.getFileName().toString().replace(".expected", ""))
                .resolve("rules");
        Cli result = Cli.run("import", "sfdx", tree.toString(), "--out", out.toString());
        Golden.assertMatches(expected, transcript(result, out), "stage7 import sfdx " + tree);
    }

    @TestFactory
    Stream<DynamicTest> exportCasesMatchTheirExpectedOutput() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(EXPORTS)) {
            cases = list.filter(p -> p.toString().endsWith(".rules")).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            String name = c.getFileName().toString().replace(".rules", "");
            Path out = OUT.resolve("export").resolve(name);
            Cli result = Cli.run("export", "sfdx", c.toString(), "--out", out.toString());
            Golden.assertMatches(EXPORTS.resolve(name + ".expected"), transcript(result, out),
                    "stage7 export sfdx " + c);
        }));
    }

    @Test
    void theImportedSampleExportsWithoutAProblem() throws IOException {
        Path rules = OUT.resolve("sample-export/rules");
        assertEquals(0, Cli.run("import", "sfdx", "examples/sfdx", "--out", rules.toString()).exitCode());
        Path out = OUT.resolve("sample-export/sfdx");
        Cli result = Cli.run("export", "sfdx", rules.toString(), "--out", out.toString());
        Golden.assertMatches(EXPORTS.resolve("sample.expected"), result.out() + result.err() + "exit "
                + result.exitCode() + "\n", "stage7 export sfdx of the imported sample");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        Cli missingTree = Cli.run("import", "sfdx", "no/such/tree", "--out", OUT.resolve("x").toString());
        assertEquals(2, missingTree.exitCode());
        assertTrue(missingTree.err().contains("no such directory: no/such/tree"), missingTree.err());
        assertEquals(2, Cli.run("import", "sfdx", "examples/sfdx").exitCode(), "--out is required");
        assertEquals(2, Cli.run("import").exitCode(), "the format is required");
        assertEquals(2, Cli.run("export", "sfdx", "no/such/rules", "--out", OUT.resolve("y").toString()).exitCode());
        assertEquals(2, Cli.run("export", "csv", Fixtures.RULES.toString()).exitCode(), "unknown format");
        assertFalse(Files.exists(OUT.resolve("x")));
    }

    @Test
    void everyLevelAnswersVersion() {
        for (String[] command : new String[][]{{"import"}, {"export"}, {"import", "sfdx"}, {"export", "sfdx"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--version";
            Cli cli = Cli.run(args);
            assertEquals(0, cli.exitCode(), String.join(" ", command) + ": " + cli.err());
            assertTrue(cli.out().startsWith("stage7 "), cli.out());
        }
    }

    @Test
    void aFolderStage7DidNotWriteIsNotReplaced() throws IOException {
        Path handWritten = OUT.resolve("hand-written");
        Files.createDirectories(handWritten);
        Files.writeString(handWritten.resolve("team.rules"), "object Opportunity {}\n");
        Cli result = Cli.run("import", "sfdx", "examples/sfdx", "--out", handWritten.toString());
        assertEquals(2, result.exitCode(), result.err());
        assertEquals("object Opportunity {}\n", Files.readString(handWritten.resolve("team.rules")));
    }

    /**
     * What the command printed and its exit code, then every file it wrote, in path order (but the
     * output marker, which holds the version).
     */
    private static String transcript(Cli result, Path out) throws IOException {
        StringBuilder text = new StringBuilder(result.out()).append(result.err())
                .append("exit ").append(result.exitCode()).append('\n');
        if (Files.isDirectory(out)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(out)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().equals(OutputFolder.MARKER)).sorted().toList();
            }
            for (Path file : files) {
                text.append("\n--- ").append(out.relativize(file).toString().replace('\\', '/')).append('\n')
                        .append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}

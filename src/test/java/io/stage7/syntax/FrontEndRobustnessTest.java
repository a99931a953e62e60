package io.stage7.syntax;

import io.stage7.cli.Cli;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs that would crash a naive front end get one located diagnostic and exit 1. */
class FrontEndRobustnessTest {

    @Test
    void fiftyMegabyteFileIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.rules");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        Cli result = Cli.run("check", big.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.out().startsWith(big + ":1:1: error: file is 52,428,800 bytes; a rules file may be at most"),
                result.out());
    }

    @Test
    void hundredThousandNestedParenthesesGiveOneDiagnostic() {
        String text = "object O { A Number }\nrequirement R on O {\n error when " + "(".repeat(100_000) + "A"
                + ")".repeat(100_000) + " > 1\n message \"m\"\n}\n";
        LoadResult result = RulesLoader.parse("deep.rules", text);
        assertEquals(List.of("nesting-too-deep"), result.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals(3, result.diagnostics().get(0).span().line());
    }

    @Test
    void longFlatChainsAreRefusedBeforeAnyPhaseRecursesIntoThem() {
        String chain = String.join(" && ", java.util.Collections.nCopies(200_000, "A"));
        String text = "object O { A Checkbox }\nrequirement R on O {\n error when " + chain + "\n message \"m\"\n}\n";
        LoadResult result = RulesLoader.parse("chain.rules", text);
        assertEquals(List.of("formula-too-complex"), result.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void everyDiagnosticOfARandomByteFileHasALocationInsideTheFile() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            LoadResult result = RulesLoader.parse("random.rules", text);
            SourceText source = new SourceText("random.rules", text);
            for (Diagnostic d : result.diagnostics()) {
                assertEquals("random.rules", d.span().path());
                assertTrue(d.span().line() <= source.lineCount(), d::toString);
            }
        }
    }

    @Test
    void directoryLoadingFindsRulesFilesRecursivelyAndIncludesLoadOnce(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.rules"), "include \"sub/b.rules\"\nobject A { X Text }\n");
        Files.writeString(dir.resolve("sub/b.rules"), "include \"../a.rules\"\nobject B { Y Text }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a rules file");
        LoadResult result = RulesLoader.load(List.of(dir));
        assertEquals(List.of(), result.diagnostics());
        assertEquals(2, result.program().files().size());
        assertEquals(2, result.filesRead());
    }
}

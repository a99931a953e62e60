package io.stage7.syntax;

import io.stage7.ast.Decl;
import io.stage7.ast.Formulas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every operator's precedence and associativity, pinned by the table in {@code syntax/precedence.txt}. */
class PrecedenceTest {

    static Stream<Arguments> table() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/syntax/precedence.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("=>", 2))
                .map(parts -> Arguments.of(parts[0].trim(), parts[1].trim()));
    }

    @ParameterizedTest(name = "{0}  =>  {1}")
    @MethodSource("table")
    void groupsAsSalesforceDoes(String formula, String expected) {
        LoadResult result = RulesLoader.parse("formula.rules",
                "requirement R on O {\n  error when " + formula + "\n  message \"m\"\n}\n");
        assertEquals(java.util.List.of(), result.diagnostics(), formula);
        Decl.RequirementDecl requirement = (Decl.RequirementDecl) result.program().declarations().get(0);
        assertEquals(expected, Formulas.parenthesized(requirement.condition().orElseThrow()));
    }
}

package io.stage7.docs;

import io.stage7.check.FunctionSpec;
import io.stage7.check.Functions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/language.md documents everything the grammar accepts and every function the checker
 * knows: a keyword or function added without documentation fails the build.
 */
class LanguageReferenceTest {
    private static final Path REFERENCE = Path.of("docs/language.md");
    private static final Path GRAMMAR = Path.of("grammar/io/stage7/syntax/internal/Stage7.g4");

    @Test
    void everyFunctionInTheCatalogIsDocumented() throws IOException {
        String docs = Files.readString(REFERENCE);
        List<String> missing = new ArrayList<>();
        for (FunctionSpec function : Functions.all()) {
            if (!Pattern.compile("\\b" + Pattern.quote(function.name()) + "\\(").matcher(docs).find()) {
                missing.add(function.name());
            }
        }
        assertEquals(List.of(), missing, "functions missing from " + REFERENCE);
    }

    @Test
    void everyKeywordOfTheGrammarIsDocumented() throws IOException {
        String docs = Files.readString(REFERENCE);
        String grammar = Files.readString(GRAMMAR);
        Matcher keyword = Pattern.compile("(?m)^[A-Z_]+\\s*:\\s*'([a-z_]+)';").matcher(grammar);
        List<String> missing = new ArrayList<>();
        while (keyword.find()) {
            if (!Pattern.compile("`[^`]*\\b" + keyword.group(1) + "\\b[^`]*`").matcher(docs).find()) {
                missing.add(keyword.group(1));
            }
        }
        assertEquals(List.of(), missing, "keywords never shown in code in " + REFERENCE);
    }
}

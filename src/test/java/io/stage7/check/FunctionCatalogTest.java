package io.stage7.check;

import io.stage7.ast.Expr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every function of the catalog type-checks a valid call to the documented type and rejects a
 * wrong one with the expected diagnostic. The table is {@code check/functions.txt}.
 */
class FunctionCatalogTest {

    record Row(String function, String valid, String type, String invalid, String code) {
        @Override
        public String toString() {
            return function;
        }
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = FunctionCatalogTest.class.getResourceAsStream("/check/functions.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                String[] cells = l.split("\\|");
                return new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(),
                        cells[4].strip());
            }).toList();
        }
    }

    static Stream<Arguments> table() throws IOException {
        return rows().stream().map(r -> Arguments.of(r));
    }

    private static String requirement(String formula) {
        return Snippets.FIXTURE + "requirement R on O {\n  error when ISBLANK(" + formula + ")\n  message \"m\"\n}\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void aValidCallTypeChecksToTheDocumentedType(Row row) {
        CheckResult result = Snippets.check(requirement(row.valid()));
        assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList(), row.valid());
        Expr.Call isBlank = (Expr.Call) result.rules().requirement("R").orElseThrow().condition();
        Expr.Call call = (Expr.Call) isBlank.arguments().get(0);
        assertEquals(row.function(), result.rules().functionOf(call).orElseThrow().name());
        assertEquals(row.type(), result.rules().typeOf(call).label(), row.valid());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void aWrongCallIsRejected(Row row) {
        int line = Snippets.FIXTURE.split("\n").length + 2;
        List<String> codes = Snippets.codes(requirement(row.invalid()));
        assertTrue(codes.stream().anyMatch(c -> c.startsWith(line + ":") && c.endsWith(" error " + row.code())),
                row.invalid() + " should report " + row.code() + " on line " + line + ", got " + codes);
    }

    @Test
    void theTableCoversEveryFunctionOfTheCatalog() throws IOException {
        Set<String> tested = rows().stream().map(Row::function).collect(Collectors.toCollection(TreeSet::new));
        Set<String> catalog = Functions.all().stream().map(FunctionSpec::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(catalog, tested);
    }

    @Test
    void everyFunctionHasASignatureAndADescription() {
        for (FunctionSpec spec : Functions.all()) {
            assertTrue(spec.signature().startsWith(spec.name() + "("), spec.signature());
            assertTrue(spec.description().endsWith("."), spec.name());
            assertTrue(spec.minArity() <= spec.maxArity(), spec.name());
        }
    }
}

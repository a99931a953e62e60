package io.stage7.sfdx;

import io.stage7.Rules;
import io.stage7.ast.Formulas;
import io.stage7.check.CheckedRules;
import io.stage7.check.FieldType;
import io.stage7.check.ObjectType;
import io.stage7.check.Requirement;
import io.stage7.diag.SourceSpan;
import io.stage7.output.OutputFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Comparisons the round-trip tests share: checked rules without their source spans, folders byte for byte. */
final class TreeAssertions {
    private TreeAssertions() {
    }

    /** Loads rules that must check. */
    static CheckedRules checked(Path rules) {
        Rules.Loaded loaded = Rules.load(rules);
        assertFalse(loaded.hasErrors(), () -> loaded.render());
        return loaded.rules().orElseThrow().checked();
    }

    /**
     * The checked rules as text, every object, field (kind, parameters, details) and requirement
     * (condition as the AST prints it), without where they were declared.
     */
    static String canonical(CheckedRules rules) {
        StringBuilder out = new StringBuilder();
        SourceSpan nowhere = SourceSpan.startOf("-");
        for (ObjectType object : rules.objects()) {
            out.append("object ").append(object.name()).append(' ').append(object.details()).append('\n');
            for (FieldType f : object.fields()) {
                out.append("  ").append(new FieldType(f.object(), f.name(), f.kind(), f.length(), f.precision(),
                        f.scale(), f.values(), f.lookupTarget(), f.details(), nowhere)).append('\n');
            }
            for (Requirement r : rules.requirementsOn(object)) {
                out.append("  requirement ").append(r.name()).append(' ').append(r.severity()).append(' ')
                        .append(Formulas.parenthesized(r.condition())).append(" | ").append(r.message())
                        .append(" | ").append(r.field().map(p -> p.text()).orElse("-")).append(" | ")
                        .append(r.description().orElse("-")).append(" | active ").append(r.active()).append('\n');
            }
        }
        return out.toString();
    }

    /** Every file under {@code root} by relative path, with its content; not the output marker, which names its inputs. */
    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(OutputFolder.MARKER)).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /**
     * Asserts that export wrote back every metadata file of an SFDX tree as it was, except for
     * the switches that are off ({@code <required>false</required>}), which import does not keep
     * (off is Salesforce's default), and that it wrote no metadata file the tree does not have.
     */
    static void assertWrittenBack(Path tree, Path exported) throws IOException {
        Map<String, String> original = files(tree);
        Map<String, String> written = files(exported);
        original.remove("sfdx-project.json");
        written.remove("sfdx-project.json");
        assertEquals(original.keySet(), written.keySet(), "files exported from the import of " + tree);
        for (Map.Entry<String, String> file : original.entrySet()) {
            assertEquals(OFF_SWITCH.matcher(file.getValue()).replaceAll(""), written.get(file.getKey()),
                    file.getKey() + " exported from the import of " + tree);
        }
    }

    private static final java.util.regex.Pattern OFF_SWITCH = java.util.regex.Pattern.compile(
            "(?m)^ *<(externalId|required|unique|trackHistory|trackFeedHistory|trackTrending)>false</\\1>\n");

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        assertEquals(files(expected), files(actual), "files under " + actual + " against " + expected);
    }
}

package io.stage7.scenario;

import io.stage7.diag.SourceSpan;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A node of the scenario tree together with its YAML path ({@code load.sources[1].calendar}) and
 * the span of the key that introduced it, which is where a problem with the whole value (a
 * missing key inside it, say) is reported.
 */
record Value(String path, YamlNode node, SourceSpan keySpan) {

    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_]+");

    /** The path of {@code key} inside the mapping at {@code parent}: {@code a.b}, or {@code a["Net 30"]}. */
    static String child(String parent, String key) {
        if (SIMPLE_KEY.matcher(key).matches()) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "[" + YamlNode.quote(key) + "]";
    }

    /** The path of item {@code index} (0-based) of the list at {@code parent}. */
    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Where a problem with this value as a whole goes: the value itself. */
    SourceSpan span() {
        return node.span();
    }

    /** The mapping, if the value is one. */
    Optional<YamlNode.Mapping> asMapping() {
        return node instanceof YamlNode.Mapping m ? Optional.of(m) : Optional.empty();
    }

    /** The scalar, if the value is one. */
    Optional<YamlNode.Scalar> asScalar() {
        return node instanceof YamlNode.Scalar s ? Optional.of(s) : Optional.empty();
    }

    /** Whether the value is YAML null (an empty value, {@code ~} or {@code null}). */
    boolean isNull() {
        return node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL;
    }
}

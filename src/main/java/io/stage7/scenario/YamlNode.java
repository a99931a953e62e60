package io.stage7.scenario;

import io.stage7.diag.SourceSpan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A YAML document as a small tree that, unlike Jackson's {@code JsonNode}, remembers where every
 * key and value is in the file, so that every problem can be reported at its line and column.
 */
sealed interface YamlNode {

    /** Where the node is: a scalar's text, a collection's first character. */
    SourceSpan span();

    /** How a problem names what it found: {@code "four"}, {@code 4.5}, {@code a list}. */
    String describe();

    /** A scalar as YAML resolved it: quoted text is always {@link Kind#TEXT}. */
    record Scalar(Kind kind, String text, BigDecimal number, SourceSpan span) implements YamlNode {

        /** What a plain (unquoted) scalar resolved to. */
        enum Kind { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL, NOT_FINITE }

        public Scalar {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }

        boolean isNumber() {
            return kind == Kind.INTEGER || kind == Kind.DECIMAL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> quote(text);
                case NULL -> "nothing (null)";
                case BOOLEAN -> text;
                default -> text;
            };
        }
    }

    /** A list; {@code items} keep file order. */
    record Sequence(List<YamlNode> items, SourceSpan span) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping; entries keep file order and keys are unique (the reader reports duplicates). */
    record Mapping(Map<String, Entry> entries, SourceSpan span) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping, with where the key itself is written. */
    record Entry(String key, SourceSpan keySpan, YamlNode value) {
    }

    /** Text in double quotes, with quotes and backslashes escaped and control characters shown as escapes. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

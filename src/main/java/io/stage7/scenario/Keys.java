package io.stage7.scenario;

import io.stage7.check.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the keys of one mapping. Binders ask for the keys they know ({@link #required},
 * {@link #optional}); {@link #finish} then reports every key nobody asked for, with a "did you
 * mean" over the keys that were asked for, and every required key that is missing. A missing
 * key that an unknown key looks like a typo of is reported once, as the typo.
 */
final class Keys {
    private final Problems problems;
    private final Value map;
    private final Map<String, YamlNode.Entry> entries;
    private final Set<String> known = new LinkedHashSet<>();
    private final Map<String, String> missing = new LinkedHashMap<>();
    private String knownKeys;

    private Keys(Problems problems, Value map, YamlNode.Mapping mapping) {
        this.problems = problems;
        this.map = map;
        this.entries = mapping.entries();
    }

    /** The keys of {@code value}, or empty after reporting that it is not a mapping. */
    static Optional<Keys> of(Problems problems, Value value, String what) {
        if (value.node() instanceof YamlNode.Mapping mapping) {
            return Optional.of(new Keys(problems, value, mapping));
        }
        problems.error("wrong-type", value.span(), value.path(), "must be " + what + ", got " + value.node().describe());
        return Optional.empty();
    }

    /** The value at {@code key}; a missing key is reported by {@link #finish} with the hint {@code about}. */
    Optional<Value> required(String key, String about) {
        Optional<Value> value = optional(key);
        YamlNode.Entry entry = entries.get(key);
        if (entry != null && value.isEmpty()) {
            problems.error("missing-value", entry.keySpan(), Value.child(map.path(), key), "needs a value"
                    + (about.isEmpty() ? "" : " (" + about + ")"));
        } else if (value.isEmpty()) {
            missing.put(key, about);
        }
        return value;
    }

    /** The value at {@code key}, if given. A YAML null counts as not given. */
    Optional<Value> optional(String key) {
        known.add(key);
        YamlNode.Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        Value value = new Value(Value.child(map.path(), key), entry.value(), entry.keySpan());
        return value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** Whether the mapping has {@code key} (with any value). */
    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The mapping's entries, for mappings whose keys are data (regions, field names). */
    Map<String, YamlNode.Entry> entries() {
        return entries;
    }

    /** Marks {@code key} as understood without reading it here (another binder reads it). */
    void allow(String key) {
        known.add(key);
    }

    /** Describes the keys here, for an unknown key that looks like none of them, instead of listing them all. */
    void describeKeys(String description) {
        this.knownKeys = description;
    }

    /** Reports unknown and missing keys. */
    void finish() {
        Set<String> suggested = new LinkedHashSet<>();
        for (YamlNode.Entry entry : entries.values()) {
            if (known.contains(entry.key())) {
                continue;
            }
            Optional<String> closest = Suggestions.closest(entry.key(), known);
            closest.ifPresent(suggested::add);
            String hint = closest.map(s -> "; did you mean '" + s + "'?")
                    .orElse("; " + (knownKeys != null ? knownKeys : "the keys here are " + list(known)));
            problems.error("unknown-key", entry.keySpan(), Value.child(map.path(), entry.key()),
                    "unknown key '" + entry.key() + "'" + hint);
        }
        for (Map.Entry<String, String> key : missing.entrySet()) {
            if (suggested.contains(key.getKey())) {
                continue;
            }
            problems.error("missing-key", map.keySpan(), map.path(), "missing required key '" + key.getKey() + "'"
                    + (key.getValue().isEmpty() ? "" : " (" + key.getValue() + ")"));
        }
    }

    /** {@code 'a', 'b' and 'c'}. */
    static String list(Iterable<String> names) {
        List<String> quoted = new ArrayList<>();
        names.forEach(n -> quoted.add("'" + n + "'"));
        if (quoted.size() <= 1) {
            return String.join("", quoted);
        }
        return quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + quoted.get(quoted.size() - 1);
    }
}

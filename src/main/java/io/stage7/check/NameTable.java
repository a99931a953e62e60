package io.stage7.check;

import io.stage7.ast.Name;
import io.stage7.diag.Diagnostics;
import io.stage7.diag.SourceSpan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The declarations of one kind (objects, calendars, …) by name. Names are case-insensitive, as
 * Salesforce API names are; the declared spelling is kept. Declaring a name twice and looking up
 * an unknown one both report a diagnostic.
 */
final class NameTable<T> {

    /** A declared name, where it was declared, and what it denotes. */
    record Entry<T>(String name, SourceSpan span, T value) { }

    private final String kind;
    private final String code;
    private final Map<String, Entry<T>> entries = new LinkedHashMap<>();

    /**
     * @param kind what the names denote, in messages ("calendar", "routing set")
     * @param code the suffix of the diagnostic codes ({@code duplicate-CODE}, {@code unknown-CODE})
     */
    NameTable(String kind, String code) {
        this.kind = kind;
        this.code = code;
    }

    /** Declares {@code name}; reports a duplicate (keeping the first) and returns false if taken. */
    boolean declare(Name name, T value, Diagnostics diagnostics) {
        String key = key(name.text());
        Entry<T> first = entries.get(key);
        if (first != null) {
            diagnostics.error("duplicate-" + code, name.span(), "duplicate " + kind + " '" + name.text()
                    + "'; first declared at " + first.span().location());
            return false;
        }
        entries.put(key, new Entry<>(name.text(), name.span(), value));
        return true;
    }

    Optional<Entry<T>> entry(String name) {
        return Optional.ofNullable(entries.get(key(name)));
    }

    Optional<T> find(String name) {
        return entry(name).map(Entry::value);
    }

    /** The declaration named {@code name}, or an {@code unknown-CODE} error at {@code span}. */
    Optional<T> resolve(String name, SourceSpan span, Diagnostics diagnostics) {
        Optional<Entry<T>> found = entry(name);
        if (found.isEmpty()) {
            diagnostics.error("unknown-" + code, span, "unknown " + kind + " '" + name + "'"
                    + Suggestions.didYouMean(name, names()));
        }
        return found.map(Entry::value);
    }

    Optional<T> resolve(Name name, Diagnostics diagnostics) {
        return resolve(name.text(), name.span(), diagnostics);
    }

    /** Declared names in declaration order, as spelled. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        entries.values().forEach(e -> names.add(e.name()));
        return names;
    }

    List<Entry<T>> entries() {
        return List.copyOf(entries.values());
    }

    /** A table with the same names and spans whose values are {@code mapper} applied to these. */
    <U> NameTable<U> map(Function<T, U> mapper) {
        NameTable<U> mapped = new NameTable<>(kind, code);
        entries.forEach((key, e) -> mapped.entries.put(key, new Entry<>(e.name(), e.span(), mapper.apply(e.value()))));
        return mapped;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

package io.stage7.records;

import io.stage7.check.CheckedRules;
import io.stage7.check.ObjectType;
import io.stage7.check.Suggestions;
import io.stage7.eval.Evaluator;
import io.stage7.eval.RecordType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The record layouts a data file may use, one per declared object, and the object a row is of
 * when it does not say (a CSV file never does; a JSON line says with Salesforce's
 * {@code "attributes": {"type": "Case"}}).
 *
 * <p>The default object is the first declared object that a requirement or routing set is on
 * (Opportunity for the team's rules), or the first object when no rule is on any.
 */
public final class RecordSchema {
    private final Map<String, RecordType> types;
    private final RecordType defaultType;

    private RecordSchema(Map<String, RecordType> types, RecordType defaultType) {
        this.types = types;
        this.defaultType = defaultType;
    }

    /**
     * The layouts the evaluator expects for every object of the rules.
     *
     * @throws IllegalArgumentException if the rules declare no object
     */
    public static RecordSchema of(CheckedRules rules, Evaluator evaluator) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(evaluator, "evaluator");
        Map<String, RecordType> types = new LinkedHashMap<>();
        for (ObjectType object : rules.objects()) {
            types.put(key(object.name()), evaluator.recordType(object.name()));
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("the rules declare no object");
        }
        RecordType fallback = types.values().iterator().next();
        for (ObjectType object : rules.objects()) {
            boolean ruled = !rules.requirementsOn(object).isEmpty()
                    || rules.routingSets().stream().anyMatch(r -> r.object().name().equals(object.name()));
            if (ruled) {
                fallback = types.get(key(object.name()));
                break;
            }
        }
        return new RecordSchema(types, fallback);
    }

    /** The same layouts with another default object; empty when no object has that name. */
    public Optional<RecordSchema> withDefault(String object) {
        RecordType type = types.get(key(object));
        return type == null ? Optional.empty() : Optional.of(new RecordSchema(types, type));
    }

    /** The layout of a row that does not name its object. */
    public RecordType defaultType() {
        return defaultType;
    }

    /** The layout of the object named {@code object}, ignoring case. */
    public Optional<RecordType> type(String object) {
        return Optional.ofNullable(types.get(key(object)));
    }

    /** The declared object names, in declaration order. */
    public List<String> objectNames() {
        List<String> names = new ArrayList<>();
        types.values().forEach(type -> names.add(type.object().name()));
        return names;
    }

    /** {@code "unknown object 'Cse'; did you mean 'Case'?"} */
    String unknownObject(String name) {
        String suggestion = Suggestions.didYouMean(name, objectNames());
        return "unknown object '" + name + "'" + (suggestion.isEmpty()
                ? "; the rules declare " + String.join(", ", objectNames()) : suggestion);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

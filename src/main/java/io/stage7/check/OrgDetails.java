package io.stage7.check;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Org metadata written as {@code key value} details on an object ({@code object Invoice__c label
 * "Invoice" {...}}) or on a picklist value ({@code "Net_30" label "Net 30"}): what
 * {@code stage7 import sfdx} reads and {@code stage7 export sfdx} writes back. Nothing in Stage7
 * evaluates it. Values are kept as the metadata spells them ({@code true}, {@code 90}, {@code Closed}),
 * by detail key.
 *
 * @param values the details given, by key (each key once)
 */
public record OrgDetails(SortedMap<String, String> values) {

    /** No details. */
    public static final OrgDetails NONE = new OrgDetails(new TreeMap<>());

    /** The kind of value a detail takes. */
    enum Kind { TEXT, BOOLEAN, PERCENT }

    /** A detail key, the kind of its value, and the values it may take (empty: any of its kind). */
    record Key(String name, Kind kind, List<String> allowed) {
        Key(String name, Kind kind) {
            this(name, kind, List.of());
        }
    }

    /**
     * An object's details, as {@code CustomObject} metadata names them: labels, description, the
     * sharing and deployment settings and the object's feature switches.
     */
    static final List<Key> OBJECT_KEYS = List.of(new Key("label", Kind.TEXT), new Key("pluralLabel", Kind.TEXT),
            new Key("description", Kind.TEXT),
            new Key("deploymentStatus", Kind.TEXT, List.of("Deployed", "InDevelopment")),
            new Key("sharingModel", Kind.TEXT), new Key("externalSharingModel", Kind.TEXT),
            new Key("visibility", Kind.TEXT, List.of("Public", "Protected", "PackageProtected")),
            new Key("enableActivities", Kind.BOOLEAN), new Key("enableBulkApi", Kind.BOOLEAN),
            new Key("enableFeeds", Kind.BOOLEAN), new Key("enableHistory", Kind.BOOLEAN),
            new Key("enableReports", Kind.BOOLEAN), new Key("enableSearch", Kind.BOOLEAN),
            new Key("enableSharing", Kind.BOOLEAN), new Key("enableStreamingApi", Kind.BOOLEAN));

    /**
     * A picklist value's details, as {@code CustomValue} and {@code StandardValue} metadata name
     * them ({@code active} is {@code <isActive>}); the standard value properties (from
     * {@code closed} on) belong to standard value sets such as {@code OpportunityStage}.
     */
    static final List<Key> VALUE_KEYS = List.of(new Key("label", Kind.TEXT), new Key("active", Kind.BOOLEAN),
            new Key("color", Kind.TEXT), new Key("description", Kind.TEXT), new Key("closed", Kind.BOOLEAN),
            new Key("won", Kind.BOOLEAN), new Key("probability", Kind.PERCENT),
            new Key("forecastCategory", Kind.TEXT, List.of("Omitted", "Pipeline", "BestCase", "Forecast", "Closed")),
            new Key("converted", Kind.BOOLEAN), new Key("highPriority", Kind.BOOLEAN),
            new Key("reviewed", Kind.BOOLEAN), new Key("cssExposed", Kind.BOOLEAN),
            new Key("allowEmail", Kind.BOOLEAN));

    /** The detail names of {@link #OBJECT_KEYS}, in the order import writes them. */
    public static final List<String> OBJECT_DETAILS = OBJECT_KEYS.stream().map(Key::name).toList();

    /** The detail names of {@link #VALUE_KEYS}, in the order import writes them. */
    public static final List<String> VALUE_DETAILS = VALUE_KEYS.stream().map(Key::name).toList();

    /** Of {@link #VALUE_DETAILS}, those only a standard value set's values have. */
    public static final List<String> STANDARD_VALUE_DETAILS = VALUE_DETAILS.subList(4, VALUE_DETAILS.size());

    public OrgDetails {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** The detail's value as the metadata spells it. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The {@code label} detail. */
    public Optional<String> label() {
        return get("label");
    }

    /** For a picklist value: false when it is declared {@code active false}. */
    public boolean active() {
        return !"false".equals(values.get("active"));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The details in the order of {@code keys} (import's order), as key and value. */
    public List<Map.Entry<String, String>> inOrder(List<String> keys) {
        return keys.stream().filter(values::containsKey).map(k -> Map.entry(k, values.get(k))).toList();
    }
}

package io.stage7.eval;

import io.stage7.check.CheckedRules;
import io.stage7.check.FieldKind;
import io.stage7.check.FieldPath;
import io.stage7.check.FieldType;
import io.stage7.check.ObjectType;
import io.stage7.check.RuleTest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The layout of records of one object: every field a record may carry, each at a fixed slot, so
 * evaluators read {@code values[slot]} instead of looking names up. The slots are the object's
 * own fields in declaration order, then the fields of each lookup's target object
 * ({@code Account.Industry}), then any deeper lookup path the rules read. Paths resolve
 * ignoring case, as Salesforce field names do. Immutable and thread-safe.
 */
public final class RecordType {
    private final ObjectType object;
    private final List<String> paths;
    private final List<FieldType> fields;
    private final Map<String, Integer> slots;

    private RecordType(ObjectType object, Map<String, FieldType> layout) {
        this.object = object;
        this.paths = List.copyOf(layout.keySet());
        this.fields = List.copyOf(layout.values());
        Map<String, Integer> bySlot = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            bySlot.put(paths.get(i).toLowerCase(Locale.ROOT), i);
        }
        this.slots = Collections.unmodifiableMap(bySlot);
    }

    /** The layout of {@code object}'s records under these rules. */
    public static RecordType of(CheckedRules rules, ObjectType object) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(object, "object");
        Map<String, FieldType> layout = new LinkedHashMap<>();
        for (FieldType field : object.fields()) {
            layout.put(field.name(), field);
        }
        for (FieldType field : object.fields()) {
            if (field.kind() == FieldKind.LOOKUP && field.lookupTarget().isPresent()) {
                rules.object(field.lookupTarget().get()).ifPresent(target -> {
                    for (FieldType related : target.fields()) {
                        layout.putIfAbsent(field.name() + "." + related.name(), related);
                    }
                });
            }
        }
        List<FieldPath> deeper = new ArrayList<>();
        rules.referencedFields().stream().filter(p -> p.root().name().equals(object.name())).forEach(deeper::add);
        for (RuleTest test : rules.tests()) {
            if (test.object().name().equals(object.name())) {
                test.given().forEach(g -> deeper.add(g.field()));
            }
        }
        deeper.stream().sorted(java.util.Comparator.comparing(FieldPath::text))
                .forEach(path -> layout.putIfAbsent(path.text(), path.field()));
        return new RecordType(object, layout);
    }

    public ObjectType object() {
        return object;
    }

    /** The number of slots. */
    public int size() {
        return paths.size();
    }

    /** The slot of a field path such as {@code Amount} or {@code Account.Industry}, ignoring case. */
    public OptionalInt slotOf(String path) {
        Integer slot = slots.get(path.toLowerCase(Locale.ROOT));
        return slot == null ? OptionalInt.empty() : OptionalInt.of(slot);
    }

    /** The slot of a resolved field path. */
    public OptionalInt slotOf(FieldPath path) {
        return slotOf(path.text());
    }

    /** The declared spelling of the path at a slot. */
    public String path(int slot) {
        return paths.get(slot);
    }

    /** Every path, in slot order. */
    public List<String> paths() {
        return paths;
    }

    /** The field (the last of its path) at a slot. */
    public FieldType field(int slot) {
        return fields.get(slot);
    }

    @Override
    public String toString() {
        return "RecordType[" + object.name() + ", " + paths.size() + " slots]";
    }
}

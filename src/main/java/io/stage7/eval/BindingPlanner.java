package io.stage7.eval;

import io.stage7.check.FieldKind;
import io.stage7.check.FieldType;
import io.stage7.check.Suggestions;
import io.stage7.eval.BoundValues.Conversion;
import io.stage7.eval.JavaProperties.Property;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Matches a Java class's {@linkplain JavaProperties properties} to the slots of a
 * {@link RecordType} and checks the match, collecting every problem before it gives up.
 *
 * <p>The rule: an annotated property binds the path its {@link Stage7Field} names. Any other
 * property binds the top-level field whose name equals its own ignoring case; failing that, the
 * one whose name equals it ignoring case and underscores, with a custom field's {@code __c}
 * dropped ({@code orderFormSigned} binds {@code Order_Form_Signed__c}), or a lookup's with
 * {@code Id} added ({@code accountId} binds {@code Account}). A property that matches no field is
 * ignored; one that matches two is a problem. An annotated property wins over one matched by
 * name; two of either kind for one field are a problem. The property {@code id} (or one annotated
 * {@code "Id"}) is the record's id and is required. Fields nothing binds are blank, which is a
 * problem for any field the rules read.
 */
final class BindingPlanner {

    /** One slot bound to one property. */
    record Bound(int slot, String path, FieldType field, Property property, Conversion conversion,
                 Optional<Function<Object, Object>> check) {
    }

    /** What the accessor reads: the id, and each bound slot; {@code uncheckedBoxes} are checkbox slots nothing binds. */
    record Plan(Class<?> javaType, Property id, List<Bound> bound, List<Integer> uncheckedBoxes) {
    }

    private static final Set<Class<?>> ID_TYPES = Set.of(String.class, CharSequence.class, int.class, long.class,
            Integer.class, Long.class, UUID.class);

    private final Class<?> javaType;
    private final RecordType type;
    private final List<String> problems = new ArrayList<>();

    private BindingPlanner(Class<?> javaType, RecordType type) {
        this.javaType = javaType;
        this.type = type;
    }

    /**
     * The plan binding {@code javaType} to {@code type}, binding at least the paths in {@code read}.
     *
     * @throws BindingException listing every problem found
     */
    static Plan plan(Class<?> javaType, RecordType type, Collection<String> read) {
        return new BindingPlanner(javaType, type).plan(read);
    }

    private Plan plan(Collection<String> read) {
        List<Property> properties = JavaProperties.of(javaType, problems);
        Property id = null;
        Map<Integer, List<Property>> byAnnotation = new TreeMap<>();
        Map<Integer, List<Property>> byName = new TreeMap<>();
        List<Property> unmatched = new ArrayList<>();
        for (Property property : properties) {
            boolean isId = property.annotation().map(p -> p.equalsIgnoreCase("Id"))
                    .orElse(property.name().equalsIgnoreCase("Id") && type.slotOf("Id").isEmpty());
            if (isId) {
                if (id != null && (id.annotation().isPresent() || property.annotation().isEmpty())) {
                    problems.add("both " + id.describe() + " and " + property.describe() + " give the Id; annotate"
                            + " the one to use with @Stage7Field(\"Id\")");
                } else {
                    id = property;
                }
            } else if (property.annotation().isPresent()) {
                annotatedSlot(property).ifPresent(slot -> byAnnotation.computeIfAbsent(slot, s -> new ArrayList<>()).add(property));
            } else {
                List<Integer> slots = slotsNamed(property.name());
                if (slots.size() > 1) {
                    problems.add(property.describe() + " matches " + String.join(" and ", slots.stream().map(type::path).toList())
                            + "; annotate it with @Stage7Field(\"...\") to choose one");
                } else if (slots.size() == 1) {
                    byName.computeIfAbsent(slots.get(0), s -> new ArrayList<>()).add(property);
                } else {
                    unmatched.add(property);
                }
            }
        }
        checkId(id);
        List<Bound> bound = new ArrayList<>();
        List<Integer> uncheckedBoxes = new ArrayList<>();
        for (int slot = 0; slot < type.size(); slot++) {
            List<Property> candidates = byAnnotation.getOrDefault(slot, byName.get(slot));
            if (candidates != null && candidates.size() > 1) {
                problems.add(type.path(slot) + " is bound by " + String.join(" and ", candidates.stream()
                        .map(Property::describe).toList()) + "; bind it once");
            } else if (candidates != null) {
                bound(slot, candidates.get(0)).ifPresent(bound::add);
            } else {
                if (type.field(slot).kind() == FieldKind.CHECKBOX) {
                    uncheckedBoxes.add(slot);
                }
                if (readBy(read, type.path(slot))) {
                    problems.add(missing(slot, unmatched));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BindingException(javaType, type.object().name(), problems);
        }
        return new Plan(javaType, id, List.copyOf(bound), List.copyOf(uncheckedBoxes));
    }

    private void checkId(Property id) {
        if (id == null) {
            problems.add(javaType.getSimpleName() + " has no Id: add a property named id, or annotate one with"
                    + " @Stage7Field(\"Id\"); every record needs one");
        } else if (!ID_TYPES.contains(id.javaType())) {
            problems.add(id.describe() + " gives the Id as a " + id.javaType().getSimpleName()
                    + "; an Id is a String, CharSequence, int, long (or their boxes) or UUID");
        }
    }

    private static boolean readBy(Collection<String> read, String path) {
        return read.stream().anyMatch(path::equalsIgnoreCase);
    }

    /** The slot an annotation names, or a problem (with "did you mean") when there is none. */
    private Optional<Integer> annotatedSlot(Property property) {
        String path = property.annotation().orElseThrow();
        OptionalInt slot = type.slotOf(path);
        if (slot.isEmpty() && path.toLowerCase(Locale.ROOT).endsWith(".id")) {
            slot = type.slotOf(path.substring(0, path.length() - 3));
            if (slot.isPresent() && type.field(slot.getAsInt()).kind() != FieldKind.LOOKUP) {
                slot = OptionalInt.empty();
            }
        }
        if (slot.isEmpty()) {
            problems.add(property.describe() + " is annotated @Stage7Field(\"" + path + "\"), but "
                    + type.object().name() + " has no field " + path + Suggestions.didYouMean(path, type.paths()));
            return Optional.empty();
        }
        return Optional.of(slot.getAsInt());
    }

    /** The top-level slots a property name matches: by name, else by the loose rule (see the class comment). */
    private List<Integer> slotsNamed(String name) {
        OptionalInt exact = type.slotOf(name);
        if (exact.isPresent() && !type.path(exact.getAsInt()).contains(".")) {
            return List.of(exact.getAsInt());
        }
        String loose = loose(name, false);
        List<Integer> slots = new ArrayList<>();
        for (int slot = 0; slot < type.size(); slot++) {
            String path = type.path(slot);
            if (path.contains(".")) {
                continue;
            }
            boolean lookup = type.field(slot).kind() == FieldKind.LOOKUP;
            if (loose(path, true).equals(loose) || lookup && (loose(path, true) + "id").equals(loose)) {
                slots.add(slot);
            }
        }
        return slots;
    }

    /** {@code orderformsigned} for {@code Order_Form_Signed__c} (a field) and {@code orderFormSigned} (a property). */
    static String loose(String name, boolean field) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (field && lower.endsWith("__c")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        return lower.replace("_", "");
    }

    /** The slot bound to a property whose Java type can hold the field's values, or a problem. */
    private Optional<Bound> bound(int slot, Property property) {
        FieldType field = type.field(slot);
        String path = type.path(slot);
        Optional<Conversion> conversion = BoundValues.conversion(field.kind(), property.javaType(), property.genericType());
        if (conversion.isEmpty()) {
            problems.add(property.describe() + " has type " + property.genericType().getTypeName().replaceAll("[\\w.]+\\.", "")
                    + ", which cannot hold " + path + " (" + field.kind().typeName() + "): use "
                    + BoundValues.accepted(field.kind()));
            return Optional.empty();
        }
        Class<?> enumType = property.javaType().isEnum() ? property.javaType()
                : BoundValues.selectionType(property.javaType(), property.genericType()).filter(Class::isEnum).orElse(null);
        if (enumType != null && (field.kind() == FieldKind.PICKLIST || field.kind() == FieldKind.MULTIPICKLIST)) {
            for (String name : BoundValues.undeclaredConstants(enumType, field)) {
                problems.add(enumType.getSimpleName() + "." + name + " (of " + property.describe() + ") for " + path
                        + ": " + io.stage7.check.Suggestions.notAValueOf(name, field));
            }
        }
        Optional<Function<Object, Object>> check = conversion.get() == Conversion.CHECKED
                ? Optional.of(BoundValues.checked(path, field)) : Optional.empty();
        return Optional.of(new Bound(slot, path, field, property, conversion.get(), check));
    }

    /** The problem that nothing binds a field the rules read, with the closest unmatched property. */
    private String missing(int slot, List<Property> unmatched) {
        String path = type.path(slot);
        Map<String, Property> byLoose = new LinkedHashMap<>();
        unmatched.forEach(p -> byLoose.putIfAbsent(loose(p.name(), false), p));
        String hint = Suggestions.closest(loose(path, true), byLoose.keySet())
                .map(k -> "; did you mean " + byLoose.get(k).describe() + "?")
                .orElse(path.contains(".") ? "; annotate a property with @Stage7Field(\"" + path + "\")"
                        : "; add a property named " + path + ", or annotate one with @Stage7Field(\"" + path + "\")");
        return "the rules read " + path + ", but no property of " + javaType.getSimpleName() + " binds it" + hint;
    }
}

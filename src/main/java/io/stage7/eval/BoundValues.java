package io.stage7.eval;

import io.stage7.check.FieldKind;
import io.stage7.check.FieldType;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which Java types a {@link RecordBinding} accepts for each field kind, and how a value of one
 * becomes the field's runtime value. The common conversions are emitted inline by
 * {@link AccessorWriter}; the ones that need Stage7's checks run through a {@link Function} of this
 * class that the generated code holds as a constant.
 *
 * <table>
 * <caption>Java types per field kind</caption>
 * <tr><th>kind</th><th>Java types</th></tr>
 * <tr><td>Number, Currency, Percent</td><td>BigDecimal; int, long, short, byte; double, float (by their
 *   shortest decimal form, as {@link BigDecimal#valueOf(double)}); their boxes. A Percent is the fraction
 *   formulas see: 0.25 is 25%.</td></tr>
 * <tr><td>Text, Lookup</td><td>String (empty is blank); an enum (its {@link Enum#name()})</td></tr>
 * <tr><td>Picklist</td><td>String, checked against the declared values on every read; an enum whose
 *   constant names are declared values (checked once, when binding)</td></tr>
 * <tr><td>Checkbox</td><td>boolean, Boolean ({@code null} is unticked)</td></tr>
 * <tr><td>Date / DateTime / Time</td><td>LocalDate / Instant, OffsetDateTime, ZonedDateTime / LocalTime</td></tr>
 * <tr><td>MultiPicklist</td><td>a Collection (Set, List, EnumSet...) of String or of an enum; empty is blank</td></tr>
 * </table>
 */
final class BoundValues {

    /** How the generated code turns a property's value into the slot's value. */
    enum Conversion {
        /** Stored as read: BigDecimal, LocalDate, Instant, LocalTime. */
        AS_IS,
        /** A String: empty is blank. */
        TEXT,
        /** A primitive boolean, boxed. */
        BOOLEAN,
        /** A Boolean: {@code null} is unticked. */
        CHECKBOX,
        /** A primitive integer, as BigDecimal. */
        LONG,
        /** A boxed integer, as BigDecimal; {@code null} is blank. */
        BOXED_LONG,
        /** An enum constant's name. */
        ENUM_NAME,
        /** An OffsetDateTime or ZonedDateTime, as its instant. */
        TO_INSTANT,
        /** Through a {@link Function} of this class: doubles, picklist text, selections. */
        CHECKED
    }

    private BoundValues() {
    }

    /** The conversion of a property of {@code javaType} into a value of {@code field}; empty when the type cannot hold it. */
    static Optional<Conversion> conversion(FieldKind kind, Class<?> javaType, Type genericType) {
        Class<?> boxed = javaType.isPrimitive() ? box(javaType) : javaType;
        return Optional.ofNullable(switch (kind) {
            case NUMBER, CURRENCY, PERCENT -> {
                if (boxed == BigDecimal.class) {
                    yield Conversion.AS_IS;
                }
                if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == Byte.class) {
                    yield javaType.isPrimitive() ? Conversion.LONG : Conversion.BOXED_LONG;
                }
                yield boxed == Double.class || boxed == Float.class ? Conversion.CHECKED : null;
            }
            case TEXT, LOOKUP -> javaType == String.class ? Conversion.TEXT : javaType.isEnum() ? Conversion.ENUM_NAME : null;
            case PICKLIST -> javaType == String.class ? Conversion.CHECKED : javaType.isEnum() ? Conversion.ENUM_NAME : null;
            case CHECKBOX -> javaType == boolean.class ? Conversion.BOOLEAN : javaType == Boolean.class ? Conversion.CHECKBOX : null;
            case DATE -> javaType == LocalDate.class ? Conversion.AS_IS : null;
            case DATETIME -> javaType == Instant.class ? Conversion.AS_IS
                    : javaType == OffsetDateTime.class || javaType == ZonedDateTime.class ? Conversion.TO_INSTANT : null;
            case TIME -> javaType == LocalTime.class ? Conversion.AS_IS : null;
            case MULTIPICKLIST -> Collection.class.isAssignableFrom(javaType) && selectionType(javaType, genericType).isPresent()
                    ? Conversion.CHECKED : null;
        });
    }

    /** What a field of this kind takes, for a message: {@code "BigDecimal, int, long or double (or their boxes)"}. */
    static String accepted(FieldKind kind) {
        return switch (kind) {
            case NUMBER, CURRENCY, PERCENT -> "BigDecimal, int, long, short, byte, double or float (or their boxes)";
            case TEXT, LOOKUP -> "String or an enum";
            case PICKLIST -> "String or an enum of its values";
            case CHECKBOX -> "boolean or Boolean";
            case DATE -> "LocalDate";
            case DATETIME -> "Instant, OffsetDateTime or ZonedDateTime";
            case TIME -> "LocalTime";
            case MULTIPICKLIST -> "a Set, EnumSet or other Collection of String or of an enum";
        };
    }

    /** The element type of a collection property (String or an enum), when it is one. */
    static Optional<Class<?>> selectionType(Class<?> javaType, Type genericType) {
        if (genericType instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1) {
            Type element = parameterized.getActualTypeArguments()[0];
            if (element instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
                element = wildcard.getUpperBounds()[0];
            }
            if (element instanceof Class<?> c && (c == String.class || c.isEnum())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The checking conversion of a {@link Conversion#CHECKED} property into {@code field}'s values. */
    static Function<Object, Object> checked(String path, FieldType field) {
        return switch (field.kind()) {
            case NUMBER, CURRENCY, PERCENT -> value -> decimal(path, value);
            case PICKLIST -> {
                java.util.Set<String> declared = java.util.Set.copyOf(field.values());
                yield value -> {
                    if (value == null || ((String) value).isEmpty()) {
                        return null;
                    }
                    if (!declared.contains(value)) {
                        RecordBuilder.checkDeclared(path, field, value); // throws, in the readers' words
                    }
                    return value;
                };
            }
            case MULTIPICKLIST -> {
                java.util.Set<String> declared = java.util.Set.copyOf(field.values());
                yield value -> selections(path, field, declared, (Collection<?>) value);
            }
            default -> throw new IllegalArgumentException("no checked conversion into " + field.kind());
        };
    }

    private static BigDecimal decimal(String path, Object value) {
        if (value == null) {
            return null;
        }
        double number = ((Number) value).doubleValue();
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(path + ": " + value + " is not a number Stage7 can hold");
        }
        return value instanceof Float f ? new BigDecimal(f.toString()) : BigDecimal.valueOf(number);
    }

    /** The selected values' names, sorted, each a declared value; an empty collection is blank. */
    private static Object selections(String path, FieldType field, java.util.Set<String> declared,
                                     Collection<?> selected) {
        if (selected == null || selected.isEmpty()) {
            return null;
        }
        SortedSet<?> names;
        if (selected instanceof SortedSet<?> sorted && sorted.comparator() == null && sorted.first() instanceof String) {
            names = sorted; // already sorted text: copied once, by normalize
        } else {
            SortedSet<String> copy = new TreeSet<>();
            for (Object item : selected) {
                if (item == null) {
                    throw new IllegalArgumentException(path + ": a multi-select picklist cannot hold a null value");
                }
                copy.add(item instanceof Enum<?> constant ? constant.name() : (String) item);
            }
            names = copy;
        }
        if (!declared.containsAll(names)) {
            RecordBuilder.checkDeclared(path, field, names); // throws, in the readers' words
        }
        return RecordBuilder.normalize(field, names);
    }

    /** The enum constants of {@code type} whose names {@code field} does not declare. */
    static <E extends Enum<E>> java.util.List<String> undeclaredConstants(Class<?> type, FieldType field) {
        @SuppressWarnings("unchecked")
        Class<E> enumType = (Class<E>) type;
        return EnumSet.allOf(enumType).stream().map(Enum::name).filter(name -> !field.hasValue(name)).toList();
    }

    private static Class<?> box(Class<?> primitive) {
        if (primitive == int.class) {
            return Integer.class;
        }
        if (primitive == long.class) {
            return Long.class;
        }
        if (primitive == short.class) {
            return Short.class;
        }
        if (primitive == byte.class) {
            return Byte.class;
        }
        if (primitive == double.class) {
            return Double.class;
        }
        if (primitive == float.class) {
            return Float.class;
        }
        return primitive == boolean.class ? Boolean.class : primitive;
    }
}

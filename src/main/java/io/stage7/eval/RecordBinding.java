package io.stage7.eval;

import io.stage7.eval.BindingPlanner.Bound;
import io.stage7.eval.BindingPlanner.Plan;
import io.stage7.eval.JavaProperties.Property;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A Java class or record bound to a Stage7 object, so that an application evaluates its own
 * objects without building records by hand: {@code rules.bind(Deal.class, "Opportunity")}, then
 * {@code binding.evaluate(deal, now)} from any thread. Made once, it checks the class against the
 * object, throwing a {@link BindingException} with every problem, and generates an accessor class
 * that reads each property with a direct call, no reflection. Each evaluation reads the object
 * into a new {@link DataRecord} and evaluates it; the object is read once, at the call, and may
 * change afterwards. Immutable and thread-safe.
 *
 * <p>Properties: a record's components, or a class's public getters ({@code getX()}, and
 * {@code isX()} returning a boolean) and public fields (a getter hides a field of its name). A
 * property binds the top-level field of its name ignoring case; failing that, ignoring
 * underscores and a custom field's {@code __c} too ({@code orderFormSigned} binds
 * {@code Order_Form_Signed__c}), or a lookup's name with {@code Id} ({@code accountId} binds
 * {@code Account}). A property matching no field is ignored; one matching two is a problem.
 * {@link Stage7Field} binds any record component, field or method without parameters to a path:
 * a relationship path, a name that is not a Java identifier, or {@code "Id"}; it wins over a
 * match by name. The Id is required (a String, CharSequence, int, long, their boxes or UUID), and
 * so is every field the rules read; other fields may stay unbound, and are blank (a Checkbox
 * unticked).
 *
 * <p>Java types per field kind: Number, Currency and Percent from BigDecimal, int, long, short,
 * byte, double or float, or their boxes (a double by its shortest decimal form, as
 * {@link java.math.BigDecimal#valueOf(double)}; a Percent is the fraction formulas see, 0.25 for
 * 25%, not the percent units data files use). Text and Lookup from String or an enum (its
 * {@link Enum#name()}). Picklist from String, checked against the declared values at every read,
 * or an enum whose constant names are all declared values, checked once when binding. Checkbox
 * from boolean or Boolean ({@code null} is unticked). Date from LocalDate; DateTime from Instant,
 * OffsetDateTime or ZonedDateTime; Time from LocalTime. MultiPicklist from a Collection (Set,
 * EnumSet, List...) of String or of an enum. {@code null}, empty text and an empty collection
 * are blank.
 *
 * <p>Access: without a {@link MethodHandles.Lookup}, the class and every member read must be
 * public, in a package its module exports (any package on the class path is), and visible from
 * Stage7's class loader. With a lookup from the class itself ({@code MethodHandles.lookup()} in
 * it, or a lookup with private access to it from its own module), any class and member works: the
 * accessor is a hidden nestmate of the class, as {@code LambdaMetafactory} makes lambdas.
 *
 * @param <T> the bound Java type
 */
public final class RecordBinding<T> {
    private final Class<T> javaType;
    private final RecordType type;
    private final Evaluator evaluator;
    private final BiFunction<Object, Object[], Object> accessor;
    private final Map<String, String> properties;

    private RecordBinding(Class<T> javaType, RecordType type, Evaluator evaluator, Plan plan,
                          BiFunction<Object, Object[], Object> accessor) {
        this.javaType = javaType;
        this.type = type;
        this.evaluator = evaluator;
        this.accessor = accessor;
        Map<String, String> bound = new LinkedHashMap<>();
        bound.put("Id", plan.id().describe());
        for (Bound b : plan.bound()) {
            bound.put(b.path(), b.property().describe());
        }
        this.properties = java.util.Collections.unmodifiableMap(bound);
    }

    /**
     * Binds {@code javaType} to the evaluator's {@code object}, binding at least the field paths in
     * {@code read} (the ones the rules read: {@link io.stage7.Rules#bind} passes them).
     *
     * @param lookup a lookup with private access to {@code javaType} from its module, needed when
     *               the class or a member read is not public or not exported; empty otherwise
     * @throws BindingException listing every problem with the class
     */
    public static <T> RecordBinding<T> of(Class<T> javaType, Evaluator evaluator, String object,
                                          Collection<String> read, Optional<MethodHandles.Lookup> lookup) {
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(lookup, "lookup");
        RecordType type = evaluator.recordType(object);
        Plan plan = BindingPlanner.plan(javaType, type, read);
        MethodHandles.Lookup host = lookup.isPresent() ? beside(javaType, object, lookup.get())
                : ours(javaType, object, plan);
        return new RecordBinding<>(javaType, type, evaluator, plan, AccessorWriter.define(plan, host));
    }

    /** A full-privilege lookup on the class itself, from the caller's lookup. */
    private static MethodHandles.Lookup beside(Class<?> javaType, String object, MethodHandles.Lookup caller) {
        try {
            MethodHandles.Lookup host = MethodHandles.privateLookupIn(javaType, caller);
            if (host.hasFullPrivilegeAccess()) {
                return host;
            }
        } catch (IllegalAccessException refused) {
            // reported below, with what to do
        }
        throw new BindingException(javaType, object, List.of("the lookup of " + caller.lookupClass().getName()
                + " has no private access to " + javaType.getSimpleName() + " in its module: pass MethodHandles.lookup()"
                + " called in " + javaType.getSimpleName() + " or in a class of its module"));
    }

    /** Stage7's own lookup, when the class and every member read are public and reachable; else what to do. */
    private static MethodHandles.Lookup ours(Class<?> javaType, String object, Plan plan) {
        List<String> problems = new ArrayList<>();
        for (Class<?> c = javaType; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                problems.add(c.getName() + " is not public");
            }
        }
        List<Property> read = new ArrayList<>();
        read.add(plan.id());
        plan.bound().forEach(b -> read.add(b.property()));
        for (Property property : read) {
            if (!property.isPublic()) {
                problems.add(property.describe() + " is not public");
            }
        }
        Module stage7 = RecordBinding.class.getModule();
        if (!javaType.getModule().isExported(javaType.getPackageName(), stage7)) {
            problems.add(javaType.getModule().getName() + " does not export " + javaType.getPackageName() + " to Stage7");
        }
        if (!visibleToStage7(javaType)) {
            problems.add(javaType.getName() + " is not visible from Stage7's class loader");
        }
        if (!problems.isEmpty()) {
            List<String> all = new ArrayList<>();
            for (String problem : problems) {
                all.add(problem + ": bind with a lookup from the class, rules.bind(" + javaType.getSimpleName()
                        + ".class, \"" + object + "\", MethodHandles.lookup()), called in " + javaType.getSimpleName()
                        + " or a class of its package");
            }
            throw new BindingException(javaType, object, all);
        }
        stage7.addReads(javaType.getModule());
        return MethodHandles.lookup();
    }

    private static boolean visibleToStage7(Class<?> javaType) {
        try {
            return Class.forName(javaType.getName(), false, RecordBinding.class.getClassLoader()) == javaType;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The bound Java type. */
    public Class<T> javaType() {
        return javaType;
    }

    /** The layout of the records this binding reads objects into. */
    public RecordType recordType() {
        return type;
    }

    /** Each bound field path ({@code Id} first) and the Java member that gives it, e.g. {@code Deal.getAmount()}. */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * The record of an object: each bound field read and converted; unbound fields are blank.
     *
     * @throws IllegalArgumentException when the object has no Id, or a value is not one its field
     *                                  takes (a picklist value the field does not declare, say)
     */
    public DataRecord toRecord(T source) {
        Object[] values = new Object[type.size()];
        Object id = accessor.apply(Objects.requireNonNull(source, "source"), values);
        if (id == null || ((String) id).isBlank()) {
            throw new IllegalArgumentException("this " + javaType.getSimpleName() + " has no Id (" + properties.get("Id")
                    + " is " + (id == null ? "null" : "blank") + "); every record needs one");
        }
        return new DataRecord(type, (String) id, values);
    }

    /** Evaluates an object with a clock and, if the context has one, the record's prior version. */
    public Decision evaluate(T source, EvalContext context) {
        return evaluator.evaluate(toRecord(source), context);
    }

    /** Evaluates a new object with the clock at {@code now} ({@code TODAY()} in GMT). */
    public Decision evaluate(T source, Instant now) {
        return evaluate(source, EvalContext.at(now));
    }

    /** Evaluates an update of an object: {@code prior} is its version before the save (same Id). */
    public Decision evaluate(T source, T prior, Instant now) {
        return evaluate(source, EvalContext.at(now).withPrior(toRecord(prior)));
    }

    @Override
    public String toString() {
        return "RecordBinding[" + javaType.getName() + " to " + type.object().name() + ", " + properties.size()
                + " properties]";
    }
}

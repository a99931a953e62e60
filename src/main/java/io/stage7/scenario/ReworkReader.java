package io.stage7.scenario;

import io.stage7.check.CheckedRules;
import io.stage7.check.FieldKind;
import io.stage7.check.FieldType;
import io.stage7.check.ObjectType;
import io.stage7.check.Suggestions;
import io.stage7.sim.random.Distribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads {@code rework}: the delay before sales resubmits, the chance the resubmission is fixed,
 * and, optionally, how rework changes the record ({@code changes}: a number field that rises by a
 * drawn percentage with a given probability).
 */
final class ReworkReader {

    private final Values values;
    private final Problems problems;
    private final DistributionReader distributions;
    private final Optional<ObjectType> object;

    /** @param object the load object; empty when the rules could not be read (changes are then checked for shape only) */
    ReworkReader(Values values, DistributionReader distributions, Optional<ObjectType> object) {
        this.values = values;
        this.problems = values.problems();
        this.distributions = distributions;
        this.object = object;
    }

    /** The load object of {@code rules} named by the scenario's {@code load.object}, if both are there. */
    static Optional<ObjectType> loadObject(Optional<CheckedRules> rules, Optional<String> name) {
        return name.flatMap(n -> rules.flatMap(r -> r.object(n)));
    }

    Optional<Rework> read(Value value) {
        Optional<Keys> keys = Keys.of(problems, value, "a mapping with delay_hours and fix_probability");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> delay = keys.get().required("delay_hours", "a distribution of wall-clock hours until sales"
                + " resubmits");
        Optional<Value> fix = keys.get().required("fix_probability", "the share of resubmissions that fix"
                + " everything");
        Optional<Value> changesValue = keys.get().optional("changes");
        keys.get().finish();
        Optional<Distribution> d = delay.flatMap(v -> distributions.read(v, DistributionReader.Support.NON_NEGATIVE,
                "a distribution of hours"));
        OptionalDouble p = fix.map(values::probability).orElse(OptionalDouble.empty());
        Optional<List<Rework.Change>> changes = changesValue.map(this::changes).orElse(Optional.of(List.of()));
        return d.isPresent() && p.isPresent() && changes.isPresent()
                ? Optional.of(new Rework(d.get(), p.getAsDouble(), changes.get())) : Optional.empty();
    }

    private Optional<List<Rework.Change>> changes(Value value) {
        if (!(value.node() instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            problems.error("wrong-type", value.span(), value.path(), "must be a list of changes (field, probability,"
                    + " rise_percent), got " + (value.node() instanceof YamlNode.Sequence ? "an empty list"
                    : value.node().describe()));
            return Optional.empty();
        }
        List<Rework.Change> changes = new ArrayList<>();
        Map<String, Value> seen = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            Value item = new Value(Value.item(value.path(), i), list.items().get(i), list.items().get(i).span());
            Optional<Rework.Change> change = change(item, seen);
            ok &= change.isPresent();
            change.ifPresent(changes::add);
        }
        return ok ? Optional.of(changes) : Optional.empty();
    }

    private Optional<Rework.Change> change(Value item, Map<String, Value> seen) {
        Optional<Keys> keys = Keys.of(problems, item, "a mapping with field, probability and rise_percent");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> fieldValue = keys.get().required("field", "the Number, Currency or Percent field that rises,"
                + " e.g. Amount");
        Optional<Value> probabilityValue = keys.get().required("probability", "the share of resubmissions that"
                + " change the field");
        Optional<Value> riseValue = keys.get().required("rise_percent", "a distribution of the rise, in percent");
        keys.get().finish();
        Optional<Field> field = fieldValue.flatMap(this::field);
        if (field.isPresent()) {
            Value first = seen.putIfAbsent(field.get().name.toLowerCase(Locale.ROOT), fieldValue.get());
            if (first != null) {
                problems.error("duplicate-field", fieldValue.get().span(), fieldValue.get().path(), "'"
                        + field.get().name + "' already changes at " + first.path() + "; give each field one change");
                field = Optional.empty();
            }
        }
        OptionalDouble probability = probabilityValue.map(values::probability).orElse(OptionalDouble.empty());
        Optional<Distribution> rise = riseValue.flatMap(v -> distributions.read(v,
                DistributionReader.Support.NON_NEGATIVE, "a distribution of percentages"));
        if (field.isEmpty() || probability.isEmpty() || rise.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rework.Change(field.get().name, probability.getAsDouble(), rise.get(),
                field.get().scale));
    }

    /** A field as a change names it, and the decimals its values keep. */
    private record Field(String name, int scale) {
    }

    /** The field's declared name and scale: a Number, Currency or Percent field of the load object. */
    private Optional<Field> field(Value value) {
        Optional<String> name = values.nonBlankText(value);
        if (name.isEmpty() || object.isEmpty()) {
            return name.map(n -> new Field(n, 2));
        }
        Optional<FieldType> field = object.get().field(name.get());
        if (field.isEmpty()) {
            problems.error("unknown-field", value.span(), value.path(), object.get().name() + " has no field '"
                    + name.get() + "'" + Suggestions.didYouMean(name.get(),
                    object.get().fields().stream().map(FieldType::name).toList()));
            return Optional.empty();
        }
        FieldKind kind = field.get().kind();
        if (kind != FieldKind.NUMBER && kind != FieldKind.CURRENCY && kind != FieldKind.PERCENT) {
            problems.error("wrong-type", value.span(), value.path(), "'" + field.get().name() + "' is a "
                    + kind.typeName() + " field; rework can raise a Number, Currency or Percent field");
            return Optional.empty();
        }
        return Optional.of(new Field(field.get().name(), FieldSpecReader.defaultScale(field.get())));
    }
}

package io.stage7.scenario;

import io.stage7.check.CheckedRules;
import io.stage7.check.FieldKind;
import io.stage7.check.FieldType;
import io.stage7.check.ObjectType;
import io.stage7.check.Suggestions;
import io.stage7.sim.random.Bernoulli;
import io.stage7.sim.random.Categorical;
import io.stage7.sim.random.Distributions;
import io.stage7.sim.random.ParameterProblem;
import io.stage7.sim.random.Validated;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code fields} of synthetic load: for each field of the load object (or a field of a
 * lookup's target, {@code Account.Credit_Hold__c}), how a submission's value is drawn. Checks
 * every spec against the field's declared type: picklist values must be declared ones, a
 * {@code bernoulli} needs a Checkbox, a distribution a number field, and so on.
 */
final class FieldSpecReader {

    /** The keys that say what kind of spec a mapping is. */
    static final List<String> SPEC_KINDS = List.of("constant", "choice", "multi", "bernoulli", "template",
            "days_from_submission", "submission_time");
    /** The keys that modify a spec. */
    static final List<String> MODIFIERS = List.of("blank", "scale");
    /** The value of a DateTime field that means "the submission instant". */
    static final String SUBMISSION_TIME = "submission_time";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final List<String> PLACEHOLDERS = List.of("seq", "source");

    private final Values values;
    private final Problems problems;
    private final DistributionReader distributions;
    private final Optional<CheckedRules> rules;
    private final Optional<ObjectType> object;

    /** @param object the load object; empty when the rules could not be read (specs are then checked for shape only) */
    FieldSpecReader(Values values, DistributionReader distributions, Optional<CheckedRules> rules,
                    Optional<ObjectType> object) {
        this.values = values;
        this.problems = values.problems();
        this.distributions = distributions;
        this.rules = rules;
        this.object = object;
    }

    /** A {@code fields} mapping: specs by field path, spelled as the rules declare the fields. */
    Map<String, FieldSpec> readAll(Value fields) {
        Map<String, FieldSpec> specs = new LinkedHashMap<>();
        Optional<Keys> keys = Keys.of(problems, fields, "a mapping from field names to how each is drawn");
        if (keys.isEmpty()) {
            return specs;
        }
        Map<String, YamlNode.Entry> seen = new LinkedHashMap<>();
        for (YamlNode.Entry entry : keys.get().entries().values()) {
            Value value = new Value(Value.child(fields.path(), entry.key()), entry.value(), entry.keySpan());
            Optional<ResolvedField> field = resolve(entry, value);
            if (object.isPresent() && field.isEmpty()) {
                continue;
            }
            String path = field.map(ResolvedField::path).orElse(entry.key());
            YamlNode.Entry first = seen.putIfAbsent(path.toLowerCase(Locale.ROOT), entry);
            if (first != null) {
                problems.error("duplicate-field", entry.keySpan(), value.path(), "'" + entry.key()
                        + "' is the same field as '" + first.key() + "' at line " + first.keySpan().line()
                        + " (field names ignore case)");
                continue;
            }
            read(value, field.map(ResolvedField::type)).ifPresent(spec -> specs.put(path, spec));
        }
        return specs;
    }

    /** A field of the load object, or of a lookup's target, with its declared path. */
    record ResolvedField(String path, FieldType type) {
    }

    private Optional<ResolvedField> resolve(YamlNode.Entry entry, Value value) {
        if (object.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = entry.key().split("\\.", -1);
        ObjectType current = object.get();
        StringBuilder path = new StringBuilder();
        FieldType field = null;
        for (int i = 0; i < parts.length; i++) {
            if (field != null) {
                Optional<String> targetName = field.kind() == FieldKind.LOOKUP ? field.lookupTarget() : Optional.empty();
                Optional<ObjectType> target = targetName.flatMap(t -> rules.flatMap(r -> r.object(t)));
                if (target.isEmpty()) {
                    problems.error("unknown-field", entry.keySpan(), value.path(), "'" + path + "' is a "
                            + field.kind().typeName() + " field, not a Lookup, so '" + entry.key()
                            + "' names no field");
                    return Optional.empty();
                }
                current = target.get();
                path.append('.');
            }
            Optional<FieldType> found = current.field(parts[i]);
            if (found.isEmpty()) {
                List<String> names = current.fields().stream().map(FieldType::name).toList();
                String hint = Suggestions.didYouMean(parts[i], names);
                problems.error("unknown-field", entry.keySpan(), value.path(), current.name() + " has no field '"
                        + parts[i] + "'" + (hint.isEmpty() ? "" : hint));
                return Optional.empty();
            }
            field = found.get();
            path.append(field.name());
        }
        return Optional.of(new ResolvedField(path.toString(), field));
    }

    /** One field's spec; {@code field} is empty when the rules are not available. */
    Optional<FieldSpec> read(Value value, Optional<FieldType> field) {
        if (value.isNull()) {
            problems.error("missing-value", value.keySpan(), value.path(), "needs a value or a spec; leave the"
                    + " field out to keep it blank");
            return Optional.empty();
        }
        if (value.node() instanceof YamlNode.Scalar s) {
            if (SUBMISSION_TIME.equals(s.text()) && s.kind() == YamlNode.Scalar.Kind.TEXT) {
                return submissionTime(value, field, 0);
            }
            return constant(value, field).map(text -> new FieldSpec.Constant(text, 0));
        }
        Optional<Keys> keys = Keys.of(problems, value, "a value, or a mapping with one of "
                + String.join(", ", SPEC_KINDS) + " or a distribution");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        List<YamlNode.Entry> kinds = new ArrayList<>();
        for (YamlNode.Entry entry : keys.get().entries().values()) {
            if (SPEC_KINDS.contains(entry.key()) || DistributionReader.KINDS.contains(entry.key())) {
                kinds.add(entry);
                keys.get().allow(entry.key());
            }
        }
        SPEC_KINDS.forEach(keys.get()::allow);
        DistributionReader.KINDS.forEach(keys.get()::allow);
        keys.get().describeKeys("a field spec takes one of " + String.join(", ", SPEC_KINDS)
                + " or a distribution, and optionally blank (and scale, with a distribution)");
        Optional<Value> blankValue = keys.get().optional("blank");
        Optional<Value> scaleValue = keys.get().optional("scale");
        keys.get().finish();
        if (kinds.isEmpty()) {
            problems.error("missing-key", value.keySpan(), value.path(), "says nothing about the value; give one of "
                    + String.join(", ", SPEC_KINDS) + ", or a distribution (" + String.join(", ",
                    DistributionReader.KINDS) + ")");
            return Optional.empty();
        }
        if (kinds.size() > 1) {
            problems.error("conflicting-keys", kinds.get(1).keySpan(), value.path(), "gives both '"
                    + kinds.get(0).key() + "' and '" + kinds.get(1).key() + "'; keep one");
            return Optional.empty();
        }
        OptionalDouble blankP = blankValue.map(values::probability).orElse(OptionalDouble.of(0));
        if (blankP.isEmpty()) {
            return Optional.empty();
        }
        double blank = blankP.getAsDouble();
        YamlNode.Entry kind = kinds.get(0);
        Value spec = new Value(Value.child(value.path(), kind.key()), kind.value(), kind.keySpan());
        boolean numeric = DistributionReader.KINDS.contains(kind.key());
        if (scaleValue.isPresent() && !numeric) {
            problems.error("unknown-key", scaleValue.get().keySpan(), scaleValue.get().path(), "'scale' rounds a"
                    + " number drawn from a distribution; it does not apply to '" + kind.key() + "'");
            return Optional.empty();
        }
        if (numeric) {
            return numeric(value, kind.key(), spec, scaleValue, field, blank);
        }
        return switch (kind.key()) {
            case "constant" -> constant(spec, field).map(text -> new FieldSpec.Constant(text, blank));
            case "bernoulli" -> flag(spec, field, blank);
            case "choice" -> choice(spec, field, blank);
            case "multi" -> multi(spec, field, blank);
            case "template" -> template(spec, field, blank);
            case "days_from_submission" -> daysFromSubmission(spec, field, blank);
            default -> submissionTimeFlag(spec, field, blank);
        };
    }

    private boolean requireKind(Value spec, Optional<FieldType> field, String what, FieldKind... kinds) {
        if (field.isEmpty()) {
            return true;
        }
        for (FieldKind kind : kinds) {
            if (field.get().kind() == kind) {
                return true;
            }
        }
        problems.error("spec-type-mismatch", spec.keySpan(), spec.path(), what + ", but " + field.get().name()
                + " is a " + field.get().kind().typeName() + " field");
        return false;
    }

    private Optional<FieldSpec> numeric(Value whole, String kind, Value params, Optional<Value> scaleValue,
                                        Optional<FieldType> field, double blank) {
        if (!requireKind(params, field, "a distribution draws a number (Number, Currency or Percent fields)",
                FieldKind.NUMBER, FieldKind.CURRENCY, FieldKind.PERCENT)) {
            return Optional.empty();
        }
        int scale = field.map(FieldSpecReader::defaultScale).orElse(2);
        if (scaleValue.isPresent()) {
            OptionalLong given = values.whole(scaleValue.get(), 0, 10);
            if (given.isEmpty()) {
                return Optional.empty();
            }
            scale = (int) given.getAsLong();
        }
        int digits = scale;
        return distributions.readKind(kind, params, DistributionReader.Support.ANY)
                .map(d -> new FieldSpec.Numeric(d, digits, blank));
    }

    /**
     * The decimals a drawn number keeps when the scenario does not say: the field's declared
     * scale; a Percent holds a fraction (25% is 0.25), so two more than its declared scale.
     */
    static int defaultScale(FieldType field) {
        int extra = field.kind() == FieldKind.PERCENT ? 2 : 0;
        if (field.scale().isPresent()) {
            return field.scale().getAsInt() + extra;
        }
        return 2 + extra;
    }

    private Optional<FieldSpec> flag(Value spec, Optional<FieldType> field, double blank) {
        if (!requireKind(spec, field, "'bernoulli' ticks a Checkbox", FieldKind.CHECKBOX)) {
            return Optional.empty();
        }
        OptionalDouble p = values.probability(spec);
        return p.isEmpty() ? Optional.empty()
                : Optional.of(new FieldSpec.Flag(new Bernoulli(p.getAsDouble()), blank));
    }

    private Optional<FieldSpec> choice(Value spec, Optional<FieldType> field, double blank) {
        if (field.isPresent() && (field.get().kind() == FieldKind.MULTIPICKLIST
                || field.get().kind() == FieldKind.CHECKBOX)) {
            requireKind(spec, field, "'choice' picks one value", FieldKind.PICKLIST, FieldKind.TEXT);
            return Optional.empty();
        }
        List<String> chosen = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        boolean ok = true;
        if (spec.node() instanceof YamlNode.Sequence list) {
            for (int i = 0; i < list.items().size(); i++) {
                Value item = new Value(Value.item(spec.path(), i), list.items().get(i), spec.keySpan());
                Optional<String> text = constant(item, field);
                ok &= text.isPresent();
                text.ifPresent(chosen::add);
                weights.add(1.0);
            }
        } else if (spec.node() instanceof YamlNode.Mapping map) {
            for (YamlNode.Entry entry : map.entries().values()) {
                Value weight = new Value(Value.child(spec.path(), entry.key()), entry.value(), entry.keySpan());
                YamlNode.Scalar key = new YamlNode.Scalar(YamlNode.Scalar.Kind.TEXT, entry.key(), null,
                        entry.keySpan());
                Optional<String> text = constant(new Value(weight.path(), key, entry.keySpan()), field);
                OptionalDouble w = values.nonNegative(weight);
                ok &= text.isPresent() && w.isPresent();
                text.ifPresent(chosen::add);
                weights.add(w.orElse(0));
            }
        } else {
            problems.error("wrong-type", spec.span(), spec.path(), "must be a mapping from values to weights"
                    + " (\"Net 30\": 0.9), or a list of equally likely values, got " + spec.node().describe());
            return Optional.empty();
        }
        if (!ok) {
            return Optional.empty();
        }
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        Validated<Categorical<String>> values = Distributions.categorical(chosen, w);
        for (ParameterProblem problem : values.problems()) {
            problems.error("bad-parameter", spec.span(), spec.path(), problem.message());
        }
        return values.toOptional().map(c -> new FieldSpec.Choice(c, blank));
    }

    private Optional<FieldSpec> multi(Value spec, Optional<FieldType> field, double blank) {
        if (!requireKind(spec, field, "'multi' selects values of a MultiPicklist", FieldKind.MULTIPICKLIST)) {
            return Optional.empty();
        }
        if (!(spec.node() instanceof YamlNode.Mapping map) || map.entries().isEmpty()) {
            problems.error("wrong-type", spec.span(), spec.path(), "must be a mapping from each value to the"
                    + " probability it is selected (SaaS: 0.8), got " + spec.node().describe());
            return Optional.empty();
        }
        Map<String, Double> selected = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlNode.Entry entry : map.entries().values()) {
            Value p = new Value(Value.child(spec.path(), entry.key()), entry.value(), entry.keySpan());
            boolean known = field.isEmpty() || picklistValue(entry.key(), field.get(), p, entry);
            OptionalDouble probability = values.probability(p);
            ok &= known && probability.isPresent();
            selected.put(entry.key(), probability.orElse(0));
        }
        return ok ? Optional.of(new FieldSpec.Multi(selected, blank)) : Optional.empty();
    }

    private Optional<FieldSpec> template(Value spec, Optional<FieldType> field, double blank) {
        if (!requireKind(spec, field, "'template' writes text", FieldKind.TEXT, FieldKind.LOOKUP)) {
            return Optional.empty();
        }
        Optional<String> text = values.text(spec);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String stripped = PLACEHOLDER.matcher(text.get()).replaceAll("");
        if (stripped.contains("{") || stripped.contains("}")) {
            problems.error("bad-template", spec.span(), spec.path(), "has an unmatched '{' or '}'; placeholders"
                    + " are {seq} and {source}");
            return Optional.empty();
        }
        Matcher placeholder = PLACEHOLDER.matcher(text.get());
        while (placeholder.find()) {
            String name = placeholder.group(1);
            if (!PLACEHOLDERS.contains(name)) {
                problems.error("bad-template", spec.span(), spec.path(), "unknown placeholder {" + name + "}"
                        + Suggestions.closest(name, PLACEHOLDERS).map(c -> "; did you mean {" + c + "}?").orElse("")
                        + "; placeholders are {seq} (the submission's number) and {source}");
                return Optional.empty();
            }
        }
        return Optional.of(new FieldSpec.Template(text.get(), blank));
    }

    private Optional<FieldSpec> daysFromSubmission(Value spec, Optional<FieldType> field, double blank) {
        if (!requireKind(spec, field, "'days_from_submission' sets a date", FieldKind.DATE, FieldKind.DATETIME)) {
            return Optional.empty();
        }
        return distributions.read(spec, DistributionReader.Support.ANY, "a distribution of days")
                .map(d -> new FieldSpec.DaysFromSubmission(d, blank));
    }

    private Optional<FieldSpec> submissionTimeFlag(Value spec, Optional<FieldType> field, double blank) {
        if (!(spec.node() instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.BOOLEAN
                || !s.text().equalsIgnoreCase("true")) {
            problems.error("wrong-type", spec.span(), spec.path(), "must be true (or write the field as"
                    + " 'SubmittedAt: submission_time'), got " + spec.node().describe());
            return Optional.empty();
        }
        return submissionTime(spec, field, blank);
    }

    private Optional<FieldSpec> submissionTime(Value spec, Optional<FieldType> field, double blank) {
        if (!requireKind(spec, field, "'submission_time' is an instant", FieldKind.DATETIME)) {
            return Optional.empty();
        }
        return Optional.of(new FieldSpec.SubmissionTime(blank));
    }

    /**
     * A constant value written as the record loaders read it, checked against the field's type;
     * empty after reporting a value that does not fit.
     */
    Optional<String> constant(Value value, Optional<FieldType> field) {
        if (!(value.node() instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Scalar.Kind.NULL) {
            problems.error("wrong-type", value.span(), value.path(), "must be a single value, got "
                    + value.node().describe());
            return Optional.empty();
        }
        if (field.isEmpty()) {
            return Optional.of(s.text());
        }
        FieldType type = field.get();
        String text = s.text();
        String problem;
        switch (type.kind()) {
            case TEXT, LOOKUP -> {
                int length = text.codePointCount(0, text.length());
                if (type.length().isPresent() && length > type.length().getAsInt()) {
                    problem = "is " + length + " characters long, but " + type.name() + " is Text("
                            + type.length().getAsInt() + ")";
                    break;
                }
                return Optional.of(text);
            }
            case NUMBER, CURRENCY, PERCENT -> {
                Optional<BigDecimal> number = s.isNumber() ? Optional.of(s.number()) : parseDecimal(text);
                if (number.isPresent()) {
                    return Optional.of(number.get().toPlainString());
                }
                problem = "must be a number, because " + type.name() + " is a " + type.kind().typeName()
                        + " field; got " + s.describe();
            }
            case CHECKBOX -> {
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    return Optional.of(text.toLowerCase(Locale.ROOT));
                }
                problem = "must be true or false, because " + type.name() + " is a Checkbox; got " + s.describe();
            }
            case DATE -> {
                try {
                    return Optional.of(LocalDate.parse(text.trim()).toString());
                } catch (DateTimeParseException e) {
                    problem = "must be a date such as 2026-03-31, because " + type.name() + " is a Date; got "
                            + s.describe();
                }
            }
            case DATETIME -> {
                try {
                    return Optional.of(OffsetDateTime.parse(text.trim()).toInstant().toString());
                } catch (DateTimeParseException e) {
                    problem = "must be an instant such as 2026-03-31T17:00:00Z (or submission_time), because "
                            + type.name() + " is a DateTime; got " + s.describe();
                }
            }
            case TIME -> {
                try {
                    return Optional.of(LocalTime.parse(text.trim()).toString());
                } catch (DateTimeParseException e) {
                    problem = "must be a time of day such as 16:30, because " + type.name() + " is a Time; got "
                            + s.describe();
                }
            }
            case PICKLIST -> {
                return picklistValue(text, type, value, null) ? Optional.of(text) : Optional.empty();
            }
            default -> {
                // MULTIPICKLIST: values separated by ';', as Salesforce stores them.
                boolean ok = true;
                for (String part : text.split(";", -1)) {
                    ok &= picklistValue(part.trim(), type, value, null);
                }
                return ok ? Optional.of(text) : Optional.empty();
            }
        }
        problems.error("value-type-mismatch", value.span(), value.path(), problem);
        return Optional.empty();
    }

    private static Optional<BigDecimal> parseDecimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} is a declared value of the picklist; reports it if not. */
    private boolean picklistValue(String text, FieldType type, Value value, YamlNode.Entry entry) {
        if (type.hasValue(text)) {
            return true;
        }
        String hint = Suggestions.didYouMean(text, type.values());
        problems.error("unknown-picklist-value", entry != null ? entry.keySpan() : value.span(), value.path(),
                YamlNode.quote(text) + " is not a value of the " + type.name() + " picklist"
                        + (hint.isEmpty() ? "; its values are " + Keys.list(type.values()) : hint));
        return false;
    }
}

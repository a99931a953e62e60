package io.stage7.sim.model;

import io.stage7.check.FieldKind;
import io.stage7.check.FieldType;
import io.stage7.check.Literals;
import io.stage7.scenario.FieldSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How one field of a synthetic submission is drawn: the record slot, the field's declared type,
 * the scenario's spec, and, converted once from the text the scenario gives, a constant's value
 * or a choice's values for a field that is not text ({@code choices} is null for text). Immutable.
 */
record FieldPlan(String path, int slot, FieldType field, FieldSpec spec, Object constant, Map<String, Object> choices) {

    /** The plan for a field, or a problem that says why the spec does not fit the field. */
    static Result of(String path, int slot, FieldType field, FieldSpec spec) {
        FieldKind kind = field.kind();
        String where = "field " + path + " (" + kind.typeName() + ")";
        if (spec instanceof FieldSpec.Constant constant) {
            Optional<Object> value = parse(field, constant.value());
            return value.isPresent() ? Result.ok(new FieldPlan(path, slot, field, spec, value.get(), null))
                    : Result.problem(where + ": '" + constant.value() + "' is not a " + kind.typeName() + " value");
        }
        if (spec instanceof FieldSpec.Choice choice && kind != FieldKind.TEXT && kind != FieldKind.LOOKUP) {
            // Values are written as the record loaders read them; each is converted once, here.
            Map<String, Object> converted = new HashMap<>();
            for (String text : choice.values().values()) {
                Optional<Object> value = parse(field, text);
                if (value.isEmpty()) {
                    return Result.problem(where + ": choice '" + text + "' is not a " + kind.typeName() + " value");
                }
                converted.put(text, value.get());
            }
            return Result.ok(new FieldPlan(path, slot, field, spec, null, Map.copyOf(converted)));
        }
        if (spec instanceof FieldSpec.Multi multi && kind == FieldKind.MULTIPICKLIST) {
            for (String option : multi.selectedWith().keySet()) {
                if (!field.hasValue(option)) {
                    return Result.problem(where + ": '" + option + "' is not one of its values");
                }
            }
        }
        boolean fits;
        if (spec instanceof FieldSpec.Numeric) {
            fits = kind.isNumeric();
        } else if (spec instanceof FieldSpec.Flag) {
            fits = kind == FieldKind.CHECKBOX;
        } else if (spec instanceof FieldSpec.Choice) {
            fits = true;
        } else if (spec instanceof FieldSpec.Multi) {
            fits = kind == FieldKind.MULTIPICKLIST;
        } else if (spec instanceof FieldSpec.Template) {
            fits = kind == FieldKind.TEXT || kind == FieldKind.LOOKUP;
        } else {
            fits = kind == FieldKind.DATE || kind == FieldKind.DATETIME;
        }
        if (!fits) {
            return Result.problem(where + ": a " + spec.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
                    + " spec cannot fill a " + kind.typeName() + " field");
        }
        return Result.ok(new FieldPlan(path, slot, field, spec, null, null));
    }

    /** A plan, or why there is none. */
    record Result(FieldPlan plan, String problem) {
        static Result ok(FieldPlan plan) {
            return new Result(plan, null);
        }

        static Result problem(String problem) {
            return new Result(null, problem);
        }
    }

    /**
     * A constant as a scenario writes it, in the formulas' terms: decimals (a Percent as its
     * fraction, {@code 0.15}, or {@code 15%}), ISO dates, true/false, {@code a;b} selections. Data
     * files differ: they hold Salesforce's percent units (io.stage7.records.FieldValues).
     */
    static Optional<Object> parse(FieldType field, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            switch (field.kind()) {
                case NUMBER:
                case CURRENCY:
                    return Optional.of(new BigDecimal(value));
                case PERCENT:
                    return Optional.of(value.endsWith("%")
                            ? new BigDecimal(value.substring(0, value.length() - 1)).movePointLeft(2)
                            : new BigDecimal(value));
                case CHECKBOX:
                    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                        return Optional.of(Boolean.valueOf(value.equalsIgnoreCase("true")));
                    }
                    return Optional.empty();
                case DATE:
                    return Literals.parseDate(value).map(d -> (Object) d);
                case DATETIME:
                    return Literals.parseDateTime(value).map(d -> (Object) d);
                case TIME:
                    return Literals.parseTime(value).map(d -> (Object) d);
                case PICKLIST:
                    return field.hasValue(text) ? Optional.of(text) : Optional.empty();
                case MULTIPICKLIST: {
                    SortedSet<String> selected = new TreeSet<>();
                    for (String part : text.split(";", -1)) {
                        if (!field.hasValue(part.strip())) {
                            return Optional.empty();
                        }
                        selected.add(part.strip());
                    }
                    return Optional.of(selected);
                }
                default:
                    return Optional.of(text);
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A multi-select spec's options with their probabilities, in the order the field declares its
     * values: the draws do not depend on the order the scenario lists them in.
     */
    List<Map.Entry<String, Double>> multiOptions() {
        Map<String, Double> selectedWith = ((FieldSpec.Multi) spec).selectedWith();
        List<Map.Entry<String, Double>> options = new ArrayList<>();
        for (String value : field.values()) {
            Double probability = selectedWith.get(value);
            if (probability != null) {
                options.add(Map.entry(value, probability));
            }
        }
        return options;
    }

    /** Whether this plan writes the submission instant (the resubmission rewrites those fields). */
    boolean isSubmissionTime() {
        return spec instanceof FieldSpec.SubmissionTime;
    }
}

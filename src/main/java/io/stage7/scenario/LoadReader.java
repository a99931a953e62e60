package io.stage7.scenario;

import io.stage7.calendar.BusinessCalendar;
import io.stage7.calendar.PeriodKind;
import io.stage7.check.CheckedRules;
import io.stage7.check.ObjectType;
import io.stage7.check.PeriodEndNames;
import io.stage7.check.Sla;
import io.stage7.check.SlaEvent;
import io.stage7.check.Suggestions;
import io.stage7.records.RecordFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads the {@code load} section: synthetic sources with their field specs, or a trace file. */
final class LoadReader {

    /**
     * The intraday profile when the scenario gives none: flat over 08:00-17:00 local time, the
     * support hours of APAC and EMEA (AMER's start an hour earlier).
     */
    static final double[] DEFAULT_INTRADAY = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    private static final List<String> SYNTHETIC_KEYS = List.of("sources", "intraday", "period_end_multiplier",
            "fields");

    private final Values values;
    private final Problems problems;
    private final LinkedFiles files;
    private final DistributionReader distributions;
    private final Optional<CheckedRules> rules;

    LoadReader(Values values, LinkedFiles files, DistributionReader distributions, Optional<CheckedRules> rules) {
        this.values = values;
        this.problems = values.problems();
        this.files = files;
        this.distributions = distributions;
        this.rules = rules;
    }

    Optional<Load> read(Value load) {
        Optional<Keys> maybeKeys = Keys.of(problems, load, "a mapping with object and sources (or trace)");
        if (maybeKeys.isEmpty()) {
            return Optional.empty();
        }
        Keys keys = maybeKeys.get();
        int errorsBefore = problems.errorCount();
        Optional<Value> objectValue = keys.required("object", "the object submissions are records of, e.g."
                + " Opportunity");
        Optional<Value> trace = keys.optional("trace");
        Optional<Value> sources = keys.optional("sources");
        Optional<Value> intraday = keys.optional("intraday");
        Optional<Value> multipliers = keys.optional("period_end_multiplier");
        Optional<Value> fields = keys.optional("fields");
        keys.finish();

        Optional<String> objectName = objectValue.flatMap(values::nonBlankText);
        Optional<ObjectType> object = objectName.isPresent() && objectValue.isPresent()
                ? object(objectValue.get(), objectName.get()) : Optional.empty();
        if (trace.isPresent()) {
            boolean ok = true;
            for (String key : SYNTHETIC_KEYS) {
                Optional<Value> given = keys.optional(key);
                if (given.isPresent()) {
                    ok = false;
                    problems.error("conflicting-keys", given.get().keySpan(), given.get().path(), key.equals("sources")
                            ? "give either sources (synthetic load) or trace (a recorded trace), not both"
                            : "applies to synthetic load only; a trace replays recorded submissions as they are");
                }
            }
            Optional<Path> file = traceFile(trace.get());
            if (!ok || file.isEmpty() || objectName.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Load.Trace(object.map(ObjectType::name).orElse(objectName.get()), file.get()));
        }
        if (sources.isEmpty()) {
            problems.error("missing-key", load.keySpan(), load.path(), "missing required key 'sources' (synthetic"
                    + " load) or 'trace' (a recorded trace file)");
            return Optional.empty();
        }
        FieldSpecReader specs = new FieldSpecReader(values, distributions, rules, object);
        List<Load.Source> sourceList = sources(sources.get(), specs);
        double[] profile = intraday.map(this::intraday).orElse(Optional.of(DEFAULT_INTRADAY)).orElse(null);
        Map<PeriodKind, Double> factors = multipliers.map(this::multipliers).orElse(Optional.of(Map.of()))
                .orElse(null);
        Map<String, FieldSpec> common = fields.map(specs::readAll).orElse(Map.of());
        object.ifPresent(o -> checkSlaStart(o, load, fields, common, sourceList));
        if (objectName.isEmpty() || profile == null || factors == null || problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Load.Synthetic(object.map(ObjectType::name).orElse(objectName.get()), sourceList,
                profile, factors, common));
    }

    private Optional<ObjectType> object(Value value, String name) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        Optional<ObjectType> object = rules.get().object(name);
        if (object.isEmpty()) {
            List<String> names = rules.get().objects().stream().map(ObjectType::name).toList();
            String hint = Suggestions.didYouMean(name, names);
            problems.error("unknown-object", value.span(), value.path(), "the rules declare no object '" + name + "'"
                    + (hint.isEmpty() ? "; they declare " + Keys.list(names) : hint));
            return Optional.empty();
        }
        boolean routed = rules.get().routingSets().stream()
                .anyMatch(r -> r.object().name().equals(object.get().name()));
        if (!routed) {
            problems.error("unrouted-object", value.span(), value.path(), "the rules have no routing on "
                    + object.get().name() + ", so its submissions would reach no queue; add a routing declaration"
                    + " on " + object.get().name());
        }
        return object;
    }

    private Optional<Path> traceFile(Value trace) {
        Optional<Path> file = files.resolve(trace, LinkedFiles.Kind.FILE, "a trace (CSV or JSON Lines)");
        if (file.isPresent()) {
            if (RecordFiles.Format.of(file.get()).isEmpty()) {
                problems.error("bad-trace", trace.span(), trace.path(), "a trace is a CSV file (.csv) or a JSON Lines"
                        + " file (.jsonl or .ndjson), got '" + file.get().getFileName() + "'");
                return Optional.empty();
            }
        }
        return file;
    }

    private List<Load.Source> sources(Value value, FieldSpecReader specs) {
        List<Load.Source> result = new ArrayList<>();
        if (!(value.node() instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            problems.error("wrong-type", value.span(), value.path(), "must be a list of sources (name, calendar,"
                    + " per_business_day, ...), got " + (value.node() instanceof YamlNode.Sequence ? "an empty list"
                    : value.node().describe()));
            return result;
        }
        Map<String, Value> names = new HashMap<>();
        boolean anyLoad = false;
        for (int i = 0; i < list.items().size(); i++) {
            Value item = new Value(Value.item(value.path(), i), list.items().get(i), list.items().get(i).span());
            Optional<Keys> keys = Keys.of(problems, item, "a mapping with name, calendar and per_business_day");
            if (keys.isEmpty()) {
                continue;
            }
            Optional<Value> name = keys.get().required("name", "names the source in the output, e.g. LATAM");
            Optional<Value> calendar = keys.get().required("calendar", "whose business days and local hours the"
                    + " arrivals follow");
            Optional<Value> rate = keys.get().required("per_business_day", "mean submissions per business day");
            Optional<Value> weekend = keys.get().optional("weekend_factor");
            Optional<Value> fields = keys.get().optional("fields");
            keys.get().finish();
            Optional<String> n = name.flatMap(values::nonBlankText);
            n.ifPresent(text -> {
                Value first = names.putIfAbsent(text, name.get());
                if (first != null) {
                    problems.error("duplicate-source", name.get().span(), name.get().path(), "another source is"
                            + " already called '" + text + "' (" + first.path() + ")");
                }
            });
            Optional<String> c = calendar.flatMap(this::calendar);
            OptionalDouble r = rate.map(values::nonNegative).orElse(OptionalDouble.empty());
            r = r.isPresent() ? values.atMost(rate.get(), r.getAsDouble(), ScenarioLimits.MAX_RATE,
                    "submissions per business day of one source") : r;
            OptionalDouble w = weekend.map(values::nonNegative).orElse(OptionalDouble.of(0));
            w = w.isPresent() && weekend.isPresent() ? values.atMost(weekend.get(), w.getAsDouble(),
                    ScenarioLimits.MAX_MULTIPLIER, "a weekend factor") : w;
            Map<String, FieldSpec> own = fields.map(specs::readAll).orElse(Map.of());
            anyLoad |= r.orElse(0) > 0;
            if (n.isPresent() && c.isPresent() && r.isPresent() && w.isPresent()) {
                result.add(new Load.Source(n.get(), c.get(), r.getAsDouble(), w.getAsDouble(), own));
            }
        }
        if (!anyLoad && result.size() == list.items().size()) {
            problems.error("no-load", value.keySpan(), value.path(), "no source submits anything: every"
                    + " per_business_day is 0");
        }
        return result;
    }

    private Optional<String> calendar(Value value) {
        Optional<String> name = values.nonBlankText(value);
        if (name.isEmpty() || rules.isEmpty()) {
            return name;
        }
        Optional<BusinessCalendar> calendar = rules.get().calendar(name.get());
        if (calendar.isEmpty()) {
            List<String> names = rules.get().calendars().stream().map(BusinessCalendar::name).toList();
            String hint = Suggestions.didYouMean(name.get(), names);
            problems.error("unknown-calendar", value.span(), value.path(), "the rules declare no calendar '"
                    + name.get() + "'" + (hint.isEmpty() ? "; they declare " + Keys.list(names) : hint));
            return Optional.empty();
        }
        return Optional.of(calendar.get().name());
    }

    private Optional<double[]> intraday(Value value) {
        if (!(value.node() instanceof YamlNode.Sequence list)) {
            problems.error("wrong-type", value.span(), value.path(), "must be a list of 24 weights, one per local"
                    + " hour from 00:00, got " + value.node().describe());
            return Optional.empty();
        }
        if (list.items().size() != 24) {
            problems.error("wrong-length", value.span(), value.path(), "must list 24 weights, one per local hour"
                    + " from 00:00-01:00 to 23:00-24:00, got " + list.items().size());
            return Optional.empty();
        }
        double[] weights = new double[24];
        boolean ok = true;
        for (int hour = 0; hour < 24; hour++) {
            OptionalDouble w = values.nonNegative(new Value(Value.item(value.path(), hour), list.items().get(hour),
                    value.keySpan()));
            ok &= w.isPresent();
            weights[hour] = w.orElse(0);
        }
        if (ok && Arrays.stream(weights).sum() <= 0) {
            problems.error("out-of-range", value.span(), value.path(), "every weight is 0, so nothing would arrive;"
                    + " give the hours submissions arrive in a positive weight");
            return Optional.empty();
        }
        return ok ? Optional.of(weights) : Optional.empty();
    }

    private Optional<Map<PeriodKind, Double>> multipliers(Value value) {
        Optional<Keys> keys = Keys.of(problems, value, "a mapping from period ends (EoM, EoQ, EoY) to multipliers");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Map<PeriodKind, Double> factors = new EnumMap<>(PeriodKind.class);
        boolean ok = true;
        List<String> labels = Arrays.stream(PeriodKind.values()).map(PeriodEndNames::label).toList();
        for (YamlNode.Entry entry : keys.get().entries().values()) {
            Value factor = new Value(Value.child(value.path(), entry.key()), entry.value(), entry.keySpan());
            Optional<PeriodKind> kind = PeriodEndNames.parse(entry.key());
            if (kind.isEmpty()) {
                String hint = Suggestions.didYouMean(entry.key(), labels);
                problems.error("unknown-key", entry.keySpan(), factor.path(), "unknown period end '" + entry.key()
                        + "'" + (hint.isEmpty() ? "; the period ends are EoM, EoQ and EoY" : hint));
                ok = false;
                continue;
            }
            OptionalDouble f = values.positive(factor);
            f = f.isPresent() ? values.atMost(factor, f.getAsDouble(), ScenarioLimits.MAX_MULTIPLIER,
                    "a period-end multiplier") : f;
            ok &= f.isPresent();
            if (factors.containsKey(kind.get())) {
                problems.error("duplicate-key", entry.keySpan(), factor.path(), PeriodEndNames.label(kind.get())
                        + " is given twice (names ignore case)");
                ok = false;
            }
            factors.put(kind.get(), f.orElse(1));
            if (rules.isPresent() && rules.get().periodEnd(kind.get()).isEmpty()) {
                problems.warning("undeclared-period-end", entry.keySpan(), factor.path(), "the rules declare no "
                        + PeriodEndNames.label(kind.get()) + " period end, so this multiplier never applies");
            }
        }
        return ok ? Optional.of(factors) : Optional.empty();
    }

    /**
     * The clock of every decision SLA on the object starts at a DateTime field; unless the load
     * sets that field to the submission instant, the SLA would have nothing to count from.
     */
    private void checkSlaStart(ObjectType object, Value load, Optional<Value> fields, Map<String, FieldSpec> common,
                               List<Load.Source> sources) {
        if (rules.isEmpty()) {
            return;
        }
        for (Sla sla : rules.get().slas()) {
            if (!sla.object().name().equals(object.name()) || sla.event() != SlaEvent.DECIDED
                    || sla.start().isRelated()) {
                continue;
            }
            String field = sla.start().text();
            boolean written = fields.flatMap(Value::asMapping).map(m -> m.entries().keySet().stream()
                    .anyMatch(k -> k.equalsIgnoreCase(field))).orElse(false);
            if (written && lookup(common, field).isEmpty()) {
                continue; // the spec is there but has problems of its own, already reported
            }
            boolean everywhere = !sources.isEmpty();
            for (Load.Source source : sources) {
                FieldSpec spec = lookup(source.fields(), field).or(() -> lookup(common, field)).orElse(null);
                everywhere &= spec instanceof FieldSpec.SubmissionTime;
            }
            if (!everywhere && !sources.isEmpty()) {
                Value at = fields.orElse(load);
                problems.error("sla-start-unset", at.keySpan(), at.path(), "the " + sla.name() + " SLA counts from "
                        + field + ", so every submission needs it: add '" + field + ": submission_time' to "
                        + Value.child(load.path(), "fields"));
            }
        }
    }

    private static Optional<FieldSpec> lookup(Map<String, FieldSpec> specs, String field) {
        Map<String, FieldSpec> byLower = new LinkedHashMap<>();
        specs.forEach((k, v) -> byLower.put(k.toLowerCase(Locale.ROOT), v));
        return Optional.ofNullable(byLower.get(field.toLowerCase(Locale.ROOT)));
    }
}

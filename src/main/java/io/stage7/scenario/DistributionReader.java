package io.stage7.scenario;

import io.stage7.check.Suggestions;
import io.stage7.sim.random.Distribution;
import io.stage7.sim.random.Distributions;
import io.stage7.sim.random.ParameterProblem;
import io.stage7.sim.random.Validated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Reads a distribution: a bare number (always that value) or a mapping with one key naming the
 * distribution, whose value holds its parameters ({@code exponential: {mean: 36}}). Parameter
 * problems found by {@link Distributions} are reported at the parameter's YAML path.
 */
final class DistributionReader {

    /** The distribution names, in the order the documentation lists them. */
    static final List<String> KINDS = List.of("fixed", "exponential", "lognormal", "uniform", "triangular", "gamma",
            "erlang", "empirical", "empirical_file");

    /** What values a distribution may take. */
    enum Support {
        /** Any real number (an amount, a number of days either side of submission). */
        ANY,
        /** Zero or more: durations. */
        NON_NEGATIVE
    }

    private final Values values;
    private final Problems problems;
    private final LinkedFiles files;

    DistributionReader(Values values, LinkedFiles files) {
        this.values = values;
        this.problems = values.problems();
        this.files = files;
    }

    /** A distribution written on its own: a number or a one-key mapping. */
    Optional<Distribution> read(Value value, Support support, String what) {
        if (value.node() instanceof YamlNode.Scalar s && s.isNumber()) {
            Optional<Distribution> fixed = fixed(value, support);
            return support == Support.NON_NEGATIVE ? fixed.flatMap(d -> bounded(d, value)) : fixed;
        }
        if (!(value.node() instanceof YamlNode.Mapping mapping)) {
            problems.error("wrong-type", value.span(), value.path(), "must be " + what + ": a number, or a mapping"
                    + " naming a distribution (" + String.join(", ", KINDS) + "), got " + value.node().describe());
            return Optional.empty();
        }
        List<YamlNode.Entry> kinds = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (KINDS.contains(entry.key())) {
                kinds.add(entry);
            } else {
                problems.error("unknown-distribution", entry.keySpan(), Value.child(value.path(), entry.key()),
                        "unknown distribution '" + entry.key() + "'" + suggestion(entry.key()));
            }
        }
        if (kinds.isEmpty()) {
            if (mapping.entries().isEmpty()) {
                problems.error("missing-key", value.span(), value.path(), "names no distribution; write one of "
                        + String.join(", ", KINDS));
            }
            return Optional.empty();
        }
        if (kinds.size() > 1) {
            problems.error("two-distributions", kinds.get(1).keySpan(), value.path(), "gives two distributions ('"
                    + kinds.get(0).key() + "' and '" + kinds.get(1).key() + "'); keep one");
            return Optional.empty();
        }
        YamlNode.Entry kind = kinds.get(0);
        return readKind(kind.key(), new Value(Value.child(value.path(), kind.key()), kind.value(), kind.keySpan()),
                support);
    }

    /** {@code "; did you mean 'lognormal'?"} or the list of distributions. */
    static String suggestion(String name) {
        String didYouMean = Suggestions.didYouMean(name, KINDS);
        return didYouMean.isEmpty() ? "; the distributions are " + String.join(", ", KINDS) : didYouMean;
    }

    /** The distribution named {@code kind} (one of {@link #KINDS}) with the parameters in {@code params}. */
    Optional<Distribution> readKind(String kind, Value params, Support support) {
        Optional<Distribution> read = distribution(kind, params, support);
        if (read.isPresent() && support == Support.NON_NEGATIVE) {
            return bounded(read.get(), params);
        }
        return read;
    }

    /**
     * The duration distribution, or empty after reporting it at {@code at} when its mean or
     * spread is longer than any horizon: such a review or delay would never end inside a run.
     */
    private Optional<Distribution> bounded(Distribution duration, Value at) {
        double limit = ScenarioLimits.MAX_DURATION_HOURS;
        String which = !(duration.mean() <= limit) ? "mean" : !(duration.standardDeviation() <= limit)
                ? "standard deviation" : null;
        if (which == null) {
            return Optional.of(duration);
        }
        double value = which.equals("mean") ? duration.mean() : duration.standardDeviation();
        problems.error("limit-duration", at.span(), at.path(), String.format("gives durations whose %s is %s hours;"
                + " the limit is %,.0f hours (ten years, the longest horizon), since a longer one never ends inside"
                + " a run", which, Double.isFinite(value) ? String.format("%.4g", value) : "infinite", limit));
        return Optional.empty();
    }

    private Optional<Distribution> distribution(String kind, Value params, Support support) {
        return switch (kind) {
            case "fixed" -> fixed(params, support);
            case "exponential" -> exponential(params);
            case "lognormal" -> lognormal(params);
            case "uniform" -> withParameters(params, support, List.of("min", "max"),
                    p -> Distributions.uniform(p[0], p[1]));
            case "triangular" -> withParameters(params, support, List.of("min", "mode", "max"),
                    p -> Distributions.triangular(p[0], p[1], p[2]));
            case "gamma" -> withParameters(params, support, List.of("shape", "mean"),
                    p -> Distributions.gammaWithShapeAndMean(p[0], p[1]));
            case "erlang" -> erlang(params);
            case "empirical" -> empirical(params, support);
            case "empirical_file" -> empiricalFile(params, support);
            default -> throw new IllegalArgumentException("not a distribution kind: " + kind);
        };
    }

    private Optional<Distribution> fixed(Value value, Support support) {
        OptionalDouble number = values.number(value);
        if (number.isEmpty() || !supports(value, number.getAsDouble(), support)) {
            return Optional.empty();
        }
        return report(Distributions.fixed(number.getAsDouble()), value, Map.of());
    }

    private Optional<Distribution> exponential(Value params) {
        Optional<Keys> keys = Keys.of(problems, params, "a mapping with mean (or rate)");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> mean = keys.get().optional("mean");
        Optional<Value> rate = keys.get().optional("rate");
        keys.get().finish();
        if (mean.isPresent() && rate.isPresent()) {
            problems.error("conflicting-keys", rate.get().keySpan(), params.path(),
                    "give either mean or rate, not both (rate is 1/mean)");
            return Optional.empty();
        }
        if (mean.isEmpty() && rate.isEmpty()) {
            problems.error("missing-key", params.keySpan(), params.path(), "missing required key 'mean' (or 'rate')");
            return Optional.empty();
        }
        Value given = mean.orElseGet(rate::get);
        OptionalDouble number = values.number(given);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        Validated<Distribution> result = mean.isPresent() ? Distributions.exponentialWithMean(number.getAsDouble())
                : Distributions.exponentialWithRate(number.getAsDouble());
        return report(result, params, Map.of(mean.isPresent() ? "mean" : "rate", given));
    }

    private Optional<Distribution> lognormal(Value params) {
        Optional<Keys> keys = Keys.of(problems, params, "a mapping with mean and sd, or median and sigma");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Value> given = new LinkedHashMap<>();
        for (String key : List.of("mean", "sd", "median", "sigma")) {
            keys.get().optional(key).ifPresent(v -> given.put(key, v));
        }
        keys.get().finish();
        boolean byMean = given.containsKey("mean") || given.containsKey("sd");
        boolean byMedian = given.containsKey("median") || given.containsKey("sigma");
        if (byMean && byMedian) {
            problems.error("conflicting-keys", params.keySpan(), params.path(),
                    "give either mean and sd, or median and sigma, not a mix");
            return Optional.empty();
        }
        List<String> names = byMedian ? List.of("median", "sigma") : List.of("mean", "sd");
        List<String> missing = names.stream().filter(n -> !given.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            problems.error("missing-key", params.keySpan(), params.path(), "missing required key "
                    + Keys.list(missing) + " (a lognormal takes mean and sd, or median and sigma)");
            return Optional.empty();
        }
        OptionalDouble first = values.number(given.get(names.get(0)));
        OptionalDouble second = values.number(given.get(names.get(1)));
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        Validated<Distribution> result = byMedian
                ? Distributions.logNormalWithMedianAndSigma(first.getAsDouble(), second.getAsDouble())
                : Distributions.logNormalWithMeanAndSd(first.getAsDouble(), second.getAsDouble());
        return report(result, params, given);
    }

    private Optional<Distribution> erlang(Value params) {
        Optional<Keys> keys = Keys.of(problems, params, "a mapping with k and mean");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> k = keys.get().required("k", "the number of stages, a whole number");
        Optional<Value> mean = keys.get().required("mean", "");
        keys.get().finish();
        if (k.isEmpty() || mean.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong stages = values.whole(k.get(), 1, 1000);
        OptionalDouble m = values.number(mean.get());
        if (stages.isEmpty() || m.isEmpty()) {
            return Optional.empty();
        }
        return report(Distributions.erlang((int) stages.getAsLong(), m.getAsDouble()), params,
                Map.of("k", k.get(), "mean", mean.get()));
    }

    /** A distribution whose parameters are all required numbers. */
    private Optional<Distribution> withParameters(Value params, Support support, List<String> names,
                                                  java.util.function.Function<double[], Validated<Distribution>> make) {
        Optional<Keys> keys = Keys.of(problems, params, "a mapping with " + Keys.list(names));
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Value> given = new LinkedHashMap<>();
        for (String name : names) {
            keys.get().required(name, "").ifPresent(v -> given.put(name, v));
        }
        keys.get().finish();
        if (given.size() < names.size()) {
            return Optional.empty();
        }
        double[] numbers = new double[names.size()];
        boolean ok = true;
        for (int i = 0; i < names.size(); i++) {
            OptionalDouble number = values.number(given.get(names.get(i)));
            ok &= number.isPresent();
            numbers[i] = number.orElse(0);
        }
        if (!ok) {
            return Optional.empty();
        }
        if (given.containsKey("min") && !supports(given.get("min"), numbers[0], support)) {
            return Optional.empty();
        }
        return report(make.apply(numbers), params, given);
    }

    private Optional<Distribution> empirical(Value params, Support support) {
        if (!(params.node() instanceof YamlNode.Sequence list)) {
            problems.error("wrong-type", params.span(), params.path(), "must be a list of observed values, got "
                    + params.node().describe());
            return Optional.empty();
        }
        double[] numbers = new double[list.items().size()];
        boolean ok = true;
        for (int i = 0; i < numbers.length; i++) {
            Value item = new Value(Value.item(params.path(), i), list.items().get(i), params.keySpan());
            OptionalDouble number = values.number(item);
            ok &= number.isPresent() && supports(item, number.getAsDouble(), support);
            numbers[i] = number.orElse(0);
        }
        if (!ok) {
            return Optional.empty();
        }
        Map<String, Value> at = new LinkedHashMap<>();
        at.put("values", params);
        return report(Distributions.empirical(numbers), params, at);
    }

    private Optional<Distribution> empiricalFile(Value params, Support support) {
        Optional<double[]> numbers = files.read(params, support == Support.NON_NEGATIVE);
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        return report(Distributions.empirical(numbers.get()), params, Map.of());
    }

    /** False, after reporting it, when a duration distribution would produce negative values. */
    private boolean supports(Value value, double number, Support support) {
        if (support == Support.NON_NEGATIVE && number < 0) {
            problems.error("out-of-range", value.span(), value.path(), "a duration cannot be negative, got "
                    + value.node().describe());
            return false;
        }
        return true;
    }

    /** The distribution, or empty after reporting each parameter problem at its parameter's path. */
    private Optional<Distribution> report(Validated<Distribution> result, Value params, Map<String, Value> at) {
        for (ParameterProblem problem : result.problems()) {
            Value where = at.getOrDefault(problem.parameter(), params);
            String path = where.path();
            if (where == params && problem.index().isEmpty() && !at.isEmpty() && !problem.parameter().isEmpty()) {
                path = Value.child(params.path(), problem.parameter());
            }
            if (problem.index().isPresent() && where.node() instanceof YamlNode.Sequence list
                    && problem.index().getAsInt() < list.items().size()) {
                YamlNode item = list.items().get(problem.index().getAsInt());
                problems.error("bad-parameter", item.span(), Value.item(where.path(), problem.index().getAsInt()),
                        problem.message());
            } else {
                problems.error("bad-parameter", where.span(), path, problem.message());
            }
        }
        return result.toOptional();
    }
}

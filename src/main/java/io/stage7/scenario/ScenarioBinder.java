package io.stage7.scenario;

import io.stage7.calendar.PeriodKind;
import io.stage7.check.PeriodEndNames;
import io.stage7.check.RulesCheck;
import io.stage7.ast.Expr;
import io.stage7.check.AssignmentTarget;
import io.stage7.check.CheckedRules;
import io.stage7.check.HolidayGap;
import io.stage7.check.EscalationPolicy;
import io.stage7.check.Region;
import io.stage7.check.RouteEntry;
import io.stage7.check.RoutingSet;
import io.stage7.check.Suggestions;
import io.stage7.diag.Diagnostic;
import io.stage7.sim.random.Distribution;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Binds a scenario's YAML tree to a {@link Scenario}: reads the rules it names first (regions,
 * calendars, fields and complexities are checked against them), then every section, collecting
 * every problem. The scenario exists only when no error was found.
 */
final class ScenarioBinder {
    /** Rule diagnostics quoted after the scenario's own problem when the rules have errors. */
    static final int RULE_ERRORS_SHOWN = 3;
    static final long DEFAULT_SEED = 1;
    static final Duration DEFAULT_TIME_STEP = Duration.ofHours(1);
    /** Time series longer than this are a typo in time_step, not a plan. */
    static final long MAX_STEPS = 1_000_000;
    private static final long MAX_HEADCOUNT = 100_000;
    private static final long PRIORITY_LIMIT = 1_000_000;

    private final Path source;
    private final Values values;
    private final Problems problems;
    private final LinkedFiles files;
    private final DistributionReader distributions;
    private final Function<Path, RulesCheck> loadRules;
    private Optional<CheckedRules> rules = Optional.empty();
    private final List<Diagnostic> ruleDiagnostics = new ArrayList<>();
    private final Map<String, io.stage7.diag.SourceText> ruleSources = new LinkedHashMap<>();

    ScenarioBinder(Path source, Problems problems, LinkedFiles files, Function<Path, RulesCheck> loadRules) {
        this.source = source;
        this.values = new Values(problems);
        this.problems = problems;
        this.files = files;
        this.distributions = new DistributionReader(values, files);
        this.loadRules = loadRules;
    }

    /** The rules, when they loaded and checked without errors. */
    Optional<CheckedRules> rules() {
        return rules;
    }

    /** The first few errors of the rules, when they have errors, to show after the scenario's problems. */
    List<Diagnostic> ruleDiagnostics() {
        return ruleDiagnostics;
    }

    Map<String, io.stage7.diag.SourceText> ruleSources() {
        return ruleSources;
    }

    Optional<Scenario> bind(YamlNode root) {
        Value top = new Value("", root, root.span());
        Optional<Keys> maybeKeys = Keys.of(problems, top, "a mapping of keys (name, rules, horizon, regions, load,"
                + " service, rework, billing, ...)");
        if (maybeKeys.isEmpty()) {
            return Optional.empty();
        }
        Keys keys = maybeKeys.get();
        Optional<Path> rulesDir = keys.required("rules", "the rules directory, relative to this file")
                .flatMap(this::rules);
        Optional<String> name = keys.optional("name").map(values::nonBlankText)
                .orElseGet(() -> Optional.of(defaultName()));
        OptionalLong seed = keys.optional("seed").map(v -> values.whole(v, Long.MIN_VALUE, Long.MAX_VALUE))
                .orElse(OptionalLong.of(DEFAULT_SEED));
        Optional<Horizon> horizon = keys.required("horizon", "start, end and warmup").flatMap(this::horizon);
        Optional<Value> stepValue = keys.optional("time_step");
        Optional<Duration> timeStep = stepValue.map(values::duration).orElse(Optional.of(DEFAULT_TIME_STEP));
        Optional<Map<String, RegionPlan>> regions = keys.required("regions", "the staffing of every region the"
                + " rules declare").flatMap(this::regions);
        Optional<Value> loadValue = keys.required("load", "the object, and sources or a trace");
        Optional<Load> load = loadValue.flatMap(new LoadReader(values, files, distributions, rules)::read);
        Optional<Service> service = keys.required("service", "review_hours and catch_probability")
                .flatMap(v -> service(v, loadValue));
        Optional<Rework> rework = keys.required("rework", "delay_hours and fix_probability").flatMap(v ->
                new ReworkReader(values, distributions, ReworkReader.loadObject(rules, loadObjectName(loadValue)))
                        .read(v));
        Optional<Billing> billing = keys.required("billing", "return_hours").flatMap(this::billing);
        Optional<Coverage> coverage = keys.optional("coverage").map(this::coverage)
                .orElse(Optional.of(new Coverage(Coverage.Policy.NEVER, 0)));
        Optional<Value> chatterValue = keys.optional("chatter");
        Optional<Chatter> chatter = chatterValue.flatMap(this::chatter);
        keys.finish();

        if (horizon.isPresent() && timeStep.isPresent() && stepValue.isPresent()) {
            checkTimeStep(stepValue.get(), timeStep.get(), horizon.get());
        }
        if (horizon.isPresent() && load.isPresent() && load.get() instanceof Load.Synthetic synthetic) {
            checkVolume(loadValue.get(), "submissions", synthetic.busiestDay(), horizon.get());
        }
        if (horizon.isPresent() && chatter.isPresent()) {
            checkVolume(chatterValue.get(), "Chatter cases", chatter.get().perBusinessDay().values().stream()
                    .mapToDouble(Double::doubleValue).sum(), horizon.get());
        }
        if (problems.hasErrors() || rulesDir.isEmpty() || name.isEmpty() || seed.isEmpty() || horizon.isEmpty()
                || timeStep.isEmpty() || regions.isEmpty() || load.isEmpty() || service.isEmpty()
                || rework.isEmpty() || billing.isEmpty() || coverage.isEmpty()
                || (chatterValue.isPresent() && chatter.isEmpty())) {
            return Optional.empty();
        }
        Horizon h = horizon.get();
        return Optional.of(new Scenario(source, name.get(), rulesDir.get(), h.start(), h.end(), h.warmup(),
                seed.getAsLong(), regions.get(), load.get(), service.get(), rework.get(), billing.get(),
                coverage.get(), chatter, timeStep.get()));
    }

    /**
     * Reports at {@code at} when {@code perDay} arrivals a day over the horizon would pass the
     * submissions a replication may hold: the simulator keeps each until it is decided.
     */
    private void checkVolume(Value at, String what, double perDay, Horizon horizon) {
        double days = Duration.between(horizon.start(), horizon.end()).toHours() / 24.0;
        double expected = perDay * days;
        if (ScenarioLimits.MAX_SUBMISSIONS.exceededBy(expected)) {
            problems.error("limit-exceeded", at.keySpan(), at.path(), String.format("would bring about %,.0f %s in"
                    + " one replication (%,.1f a day over %,.0f days); lower the rates or shorten the horizon; for"
                    + " arrivals in one replication %s", expected, what, perDay, days,
                    ScenarioLimits.MAX_SUBMISSIONS.explain()));
        }
    }

    private String defaultName() {
        Path file = source.getFileName();
        String text = file == null ? "scenario" : file.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 ? text.substring(0, dot) : text;
    }

    // ------------------------------------------------------------------ rules

    private Optional<Path> rules(Value value) {
        Optional<Path> dir = files.resolve(value, LinkedFiles.Kind.ANY, "the rules (.rules files)");
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        RulesCheck snapshot = loadRules.apply(dir.get());
        List<Diagnostic> errors = snapshot.errors();
        if (!errors.isEmpty()) {
            String shown = dir.get().toString();
            problems.error("rules-have-errors", value.span(), value.path(), "the rules in '" + shown + "' have "
                    + errors.size() + (errors.size() == 1 ? " error" : " errors") + "; fix "
                    + (errors.size() == 1 ? "it" : "them") + " first ('stage7 check " + shown + "' lists "
                    + (errors.size() == 1 ? "it" : "them all") + ")" + (errors.size() > RULE_ERRORS_SHOWN
                    ? "; the first " + RULE_ERRORS_SHOWN + " follow" : ""));
            ruleDiagnostics.addAll(errors.subList(0, Math.min(RULE_ERRORS_SHOWN, errors.size())));
            ruleSources.putAll(snapshot.sources());
            return Optional.empty();
        }
        rules = snapshot.rules();
        return dir;
    }

    // ------------------------------------------------------------------ horizon

    /** The simulated stretch of time. */
    record Horizon(Instant start, Instant end, Duration warmup) {
    }

    private Optional<Horizon> horizon(Value value) {
        Optional<Keys> keys = Keys.of(problems, value, "a mapping with start, end and warmup");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> startValue = keys.get().required("start", "an instant such as 2026-02-01T00:00:00Z");
        Optional<Value> endValue = keys.get().required("end", "an instant such as 2026-05-01T00:00:00Z");
        Optional<Value> warmupValue = keys.get().optional("warmup");
        keys.get().finish();
        Optional<Instant> start = startValue.flatMap(values::instant);
        Optional<Instant> end = endValue.flatMap(values::instant);
        Optional<Duration> warmup = warmupValue.map(values::duration).orElse(Optional.of(Duration.ZERO));
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        boolean inRange = true;
        for (Value given : List.of(startValue.get(), endValue.get())) {
            Instant instant = given == startValue.get() ? start.get() : end.get();
            if (instant.isBefore(ScenarioLimits.EARLIEST) || instant.isAfter(ScenarioLimits.LATEST)) {
                problems.error("out-of-range", given.span(), given.path(), "must lie between 1700-01-01 and"
                        + " 4000-12-31, the dates the rules language computes; got " + instant);
                inRange = false;
            }
        }
        if (!inRange) {
            return Optional.empty();
        }
        if (!end.get().isAfter(start.get())) {
            problems.error("horizon-order", endValue.get().span(), endValue.get().path(), "must be after "
                    + Value.child(value.path(), "start") + " (" + start.get() + "), got " + end.get());
            return Optional.empty();
        }
        if (warmup.isEmpty()) {
            return Optional.empty();
        }
        Duration length = Duration.between(start.get(), end.get());
        if (length.compareTo(Values.LONGEST) > 0) {
            problems.error("out-of-range", endValue.get().span(), endValue.get().path(), "the horizon is longer"
                    + " than ten years");
            return Optional.empty();
        }
        if (warmupValue.isPresent() && warmup.get().compareTo(length) >= 0) {
            problems.error("out-of-range", warmupValue.get().span(), warmupValue.get().path(), "the warm-up ("
                    + Values.format(warmup.get()) + ") must be shorter than the horizon (" + Values.format(length)
                    + "), or nothing would be counted");
            return Optional.empty();
        }
        warnOfHolidayGaps(start.get(), end.get(), endValue.get());
        return Optional.of(new Horizon(start.get(), end.get(), warmup.get()));
    }

    /**
     * A calendar whose listed holidays end before the horizon does would silently count those
     * years' holidays as business days: say so at the horizon's end.
     */
    private void warnOfHolidayGaps(Instant start, Instant end, Value endValue) {
        if (rules.isEmpty()) {
            return;
        }
        int firstYear = start.atZone(ZoneOffset.UTC).getYear();
        int lastYear = end.minusNanos(1).atZone(ZoneOffset.UTC).getYear();
        for (HolidayGap gap : rules.get().holidayGaps(firstYear, lastYear)) {
            problems.warning(HolidayGap.CODE, endValue.span(), endValue.path(), "the horizon runs into years "
                    + "without holiday data: " + gap.message() + " (holidays listed at "
                    + gap.listedAt().location() + ")");
        }
    }

    private void checkTimeStep(Value value, Duration step, Horizon horizon) {
        Duration length = Duration.between(horizon.start(), horizon.end());
        if (step.compareTo(Duration.ofMinutes(1)) < 0) {
            problems.error("out-of-range", value.span(), value.path(), "must be at least 1m, got "
                    + value.node().describe());
        } else if (step.compareTo(length) > 0) {
            problems.error("out-of-range", value.span(), value.path(), "is longer than the horizon ("
                    + Values.format(length) + ")");
        } else if (length.dividedBy(step) > MAX_STEPS) {
            problems.error("out-of-range", value.span(), value.path(), "gives " + length.dividedBy(step)
                    + " rows of time series over the horizon; use a step that gives at most " + MAX_STEPS);
        }
    }

    // ------------------------------------------------------------------ regions

    private Optional<Map<String, RegionPlan>> regions(Value value) {
        Optional<Keys> keys = Keys.of(problems, value, "a mapping from region names to staffing");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Map<String, RegionPlan> plans = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlNode.Entry entry : keys.get().entries().values()) {
            Value plan = new Value(Value.child(value.path(), entry.key()), entry.value(), entry.keySpan());
            Optional<String> region = region(entry.key(), plan);
            Optional<RegionPlan> staffing = regionPlan(plan);
            if (region.isPresent() && plans.containsKey(region.get())) {
                problems.error("duplicate-key", entry.keySpan(), plan.path(), "region " + region.get()
                        + " is given twice (region names ignore case)");
                ok = false;
            } else if (region.isPresent() && staffing.isPresent()) {
                plans.put(region.get(), staffing.get());
            } else {
                ok = false;
            }
        }
        if (ok && rules.isPresent()) {
            List<String> unstaffed = rules.get().regions().stream().map(Region::name)
                    .filter(r -> !plans.containsKey(r)).toList();
            if (!unstaffed.isEmpty()) {
                problems.error("unstaffed-region", value.keySpan(), value.path(), "the rules declare "
                        + (unstaffed.size() == 1 ? "region " : "regions ") + Keys.list(unstaffed)
                        + ", which the routing may send work to; give " + (unstaffed.size() == 1 ? "it" : "each")
                        + " a staffing plan (specialists: 0 if nobody works it)");
                ok = false;
            }
        }
        return ok ? Optional.of(plans) : Optional.empty();
    }

    /** The declared spelling of a region the rules declare. */
    private Optional<String> region(String name, Value at) {
        if (rules.isEmpty()) {
            return Optional.of(name);
        }
        Optional<Region> region = rules.get().region(name);
        if (region.isPresent()) {
            return Optional.of(region.get().name());
        }
        List<String> names = rules.get().regions().stream().map(Region::name).toList();
        String hint = Suggestions.didYouMean(name, names);
        problems.error("unknown-region", at.keySpan(), at.path(), "the rules declare no region '" + name + "'"
                + (hint.isEmpty() ? (names.isEmpty() ? "; they declare no regions at all"
                : "; they declare " + Keys.list(names)) : hint));
        return Optional.empty();
    }

    private Optional<RegionPlan> regionPlan(Value value) {
        Optional<Keys> keys = Keys.of(problems, value, "a mapping with specialists, period_end_specialists and"
                + " absence");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> specialists = keys.get().required("specialists", "how many specialists work the region");
        Optional<Value> periodEnd = keys.get().optional("period_end_specialists");
        Optional<Value> absence = keys.get().optional("absence");
        keys.get().finish();
        OptionalLong n = specialists.map(v -> values.whole(v, 0, MAX_HEADCOUNT)).orElse(OptionalLong.empty());
        OptionalDouble away = absence.map(values::probability).orElse(OptionalDouble.of(0));
        if (away.isPresent() && away.getAsDouble() >= 1) {
            problems.error("out-of-range", absence.get().span(), absence.get().path(), "must be less than 1, got "
                    + absence.get().node().describe() + " (every specialist away every day)");
            return Optional.empty();
        }
        if (n.isEmpty() || away.isEmpty()) {
            periodEnd.ifPresent(v -> periodEndHeadcounts(v, 0));
            return Optional.empty();
        }
        int normal = (int) n.getAsLong();
        Optional<int[]> windows = periodEnd.isPresent() ? periodEndHeadcounts(periodEnd.get(), normal)
                : Optional.of(new int[]{normal, normal, normal});
        return windows.map(w -> new RegionPlan(normal, w[0], w[1], w[2], away.getAsDouble()));
    }

    /**
     * {@code period_end_specialists}: one number for all three windows, or a mapping from EoM, EoQ
     * and EoY to a headcount each. A window the mapping leaves out takes the next less significant
     * one's headcount (EoY takes EoQ's, EoQ takes EoM's, EoM takes {@code specialists}).
     *
     * @return the EoM, EoQ and EoY headcounts
     */
    private Optional<int[]> periodEndHeadcounts(Value value, int normal) {
        if (!(value.node() instanceof YamlNode.Mapping)) {
            OptionalLong all = values.whole(value, 0, MAX_HEADCOUNT);
            return all.isPresent() ? Optional.of(new int[]{(int) all.getAsLong(), (int) all.getAsLong(),
                    (int) all.getAsLong()}) : Optional.empty();
        }
        Optional<Keys> keys = Keys.of(problems, value, "a headcount, or a mapping from period ends (EoM, EoQ, EoY)"
                + " to headcounts");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Integer[] given = new Integer[PeriodKind.values().length];
        boolean ok = true;
        List<String> labels = Arrays.stream(PeriodKind.values()).map(PeriodEndNames::label).toList();
        for (YamlNode.Entry entry : keys.get().entries().values()) {
            Value headcount = new Value(Value.child(value.path(), entry.key()), entry.value(), entry.keySpan());
            Optional<PeriodKind> kind = PeriodEndNames.parse(entry.key());
            if (kind.isEmpty()) {
                String hint = Suggestions.didYouMean(entry.key(), labels);
                problems.error("unknown-key", entry.keySpan(), headcount.path(), "unknown period end '" + entry.key()
                        + "'" + (hint.isEmpty() ? "; the period ends are EoM, EoQ and EoY" : hint));
                ok = false;
                continue;
            }
            if (given[kind.get().ordinal()] != null) {
                problems.error("duplicate-key", entry.keySpan(), headcount.path(), PeriodEndNames.label(kind.get())
                        + " is given twice (names ignore case)");
                ok = false;
                continue;
            }
            OptionalLong h = values.whole(headcount, 0, MAX_HEADCOUNT);
            if (h.isEmpty()) {
                ok = false;
                continue;
            }
            given[kind.get().ordinal()] = (int) h.getAsLong();
            if (rules.isPresent() && rules.get().periodEnd(kind.get()).isEmpty()) {
                problems.warning("undeclared-period-end", entry.keySpan(), headcount.path(), "the rules declare no "
                        + PeriodEndNames.label(kind.get()) + " period end, so this headcount never applies");
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        int[] headcounts = new int[given.length];
        int previous = normal;
        for (int k = 0; k < given.length; k++) {
            headcounts[k] = given[k] != null ? given[k] : previous;
            previous = headcounts[k];
        }
        return Optional.of(headcounts);
    }

    // ------------------------------------------------------------------ service, rework, billing

    private Optional<Service> service(Value value, Optional<Value> loadValue) {
        Optional<Keys> keys = Keys.of(problems, value, "a mapping with review_hours and catch_probability");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> reviewValue = keys.get().required("review_hours", "a distribution per complexity,"
                + " standard and complex");
        Optional<Value> catchValue = keys.get().required("catch_probability", "the share of violations a review"
                + " catches");
        Optional<Value> escalatedValue = keys.get().optional("escalated_priority");
        keys.get().finish();
        Optional<String> objectName = loadObjectName(loadValue);
        Optional<Map<String, Distribution>> review = reviewValue.flatMap(v -> reviewHours(v, objectName));
        OptionalDouble catchP = catchValue.map(values::probability).orElse(OptionalDouble.empty());
        OptionalLong escalated = escalatedValue.map(v -> values.whole(v, -PRIORITY_LIMIT, PRIORITY_LIMIT))
                .orElse(OptionalLong.of(defaultEscalatedPriority(objectName)));
        if (review.isEmpty() || catchP.isEmpty() || escalated.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Service(review.get(), catchP.getAsDouble(), (int) escalated.getAsLong()));
    }

    /** The scenario's {@code load.object}, as written, when it is there. */
    private static Optional<String> loadObjectName(Optional<Value> loadValue) {
        return loadValue.flatMap(v -> v.asMapping())
                .map(m -> m.entries().get("object")).map(YamlNode.Entry::value)
                .filter(n -> n instanceof YamlNode.Scalar).map(n -> ((YamlNode.Scalar) n).text());
    }

    /** The priority the rules' escalation policy gives, else 0 (ahead of the usual routing priorities). */
    private long defaultEscalatedPriority(Optional<String> object) {
        return object.flatMap(o -> rules.flatMap(r -> r.escalationPolicy(o)))
                .map(EscalationPolicy::priority).filter(p -> p.isPresent()).map(p -> (long) p.getAsInt())
                .orElse(0L);
    }

    private Optional<Map<String, Distribution>> reviewHours(Value value, Optional<String> object) {
        Optional<Keys> keys = Keys.of(problems, value, "a mapping from complexity (standard, complex) to a"
                + " distribution of hours");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Set<String> assigned = object.map(this::complexities).orElse(Set.of());
        Set<String> allowed = new LinkedHashSet<>(AssignmentTarget.COMPLEXITIES);
        allowed.addAll(assigned);
        Map<String, Distribution> hours = new LinkedHashMap<>();
        boolean ok = true;
        Set<String> misspelt = new LinkedHashSet<>();
        for (String key : keys.get().entries().keySet()) {
            if (!allowed.contains(key)) {
                Suggestions.closest(key, allowed).ifPresent(misspelt::add);
            }
        }
        for (String complexity : allowed) {
            Optional<Value> given = keys.get().optional(complexity);
            if (given.isEmpty()) {
                // A misspelt key is reported as such by finish(), with the suggestion.
                if (assigned.contains(complexity) && !misspelt.contains(complexity)) {
                    problems.error("missing-key", value.keySpan(), value.path(), "missing review time for '"
                            + complexity + "': the routing of " + object.orElse("") + " assigns complexity \""
                            + complexity + "\"");
                    ok = false;
                }
                continue;
            }
            Optional<Distribution> d = distributions.read(given.get(), DistributionReader.Support.NON_NEGATIVE,
                    "a distribution of hours");
            ok &= d.isPresent();
            d.ifPresent(x -> hours.put(complexity, x));
        }
        keys.get().finish();
        return ok ? Optional.of(hours) : Optional.empty();
    }

    /**
     * The complexities the routing of {@code object} can assign: each entry's literal, both
     * complexities for a computed one, and "standard" for an entry that assigns none.
     */
    private Set<String> complexities(String object) {
        Set<String> found = new LinkedHashSet<>();
        if (rules.isEmpty()) {
            return found;
        }
        for (RoutingSet routing : rules.get().routingSets()) {
            if (!routing.object().name().equalsIgnoreCase(object)) {
                continue;
            }
            for (RouteEntry entry : routing.entries()) {
                Optional<Expr> complexity = entry.assignment(AssignmentTarget.COMPLEXITY);
                if (complexity.isEmpty()) {
                    found.add("standard");
                } else if (complexity.get() instanceof Expr.TextLiteral literal) {
                    found.add(literal.value().toLowerCase(Locale.ROOT));
                } else {
                    found.addAll(AssignmentTarget.COMPLEXITIES);
                }
            }
        }
        return found;
    }

    private Optional<Billing> billing(Value value) {
        Optional<Keys> keys = Keys.of(problems, value, "a mapping with return_hours");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> hours = keys.get().required("return_hours", "a distribution of wall-clock hours until"
                + " Billing sends a flawed approval back");
        keys.get().finish();
        return hours.flatMap(v -> distributions.read(v, DistributionReader.Support.NON_NEGATIVE,
                "a distribution of hours")).map(Billing::new);
    }

    // ------------------------------------------------------------------ coverage, chatter

    private Optional<Coverage> coverage(Value value) {
        Optional<Keys> keys = Keys.of(problems, value, "a mapping with policy (never, period_end or backlog)");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> policyValue = keys.get().required("policy", "never, period_end or backlog");
        Optional<Value> thresholdValue = keys.get().optional("backlog_threshold");
        keys.get().finish();
        Optional<Coverage.Policy> policy = policyValue.flatMap(this::policy);
        OptionalLong threshold = thresholdValue.map(v -> values.whole(v, 0, Integer.MAX_VALUE))
                .orElse(OptionalLong.of(0));
        if (policy.isEmpty() || threshold.isEmpty()) {
            return Optional.empty();
        }
        if (policy.get() == Coverage.Policy.BACKLOG && thresholdValue.isEmpty()) {
            problems.error("missing-key", value.keySpan(), value.path(), "missing required key 'backlog_threshold'"
                    + " (policy backlog lets others help a region whose waiting submissions exceed it)");
            return Optional.empty();
        }
        if (policy.get() != Coverage.Policy.BACKLOG && thresholdValue.isPresent()) {
            problems.warning("ignored-key", thresholdValue.get().keySpan(), thresholdValue.get().path(),
                    "only applies with policy backlog; it is ignored");
        }
        return Optional.of(new Coverage(policy.get(), (int) threshold.getAsLong()));
    }

    private Optional<Coverage.Policy> policy(Value value) {
        Optional<String> text = values.text(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (Coverage.Policy policy : Coverage.Policy.values()) {
            String name = policy.name().toLowerCase(Locale.ROOT);
            names.add(name);
            if (name.equals(text.get().trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(policy);
            }
        }
        String hint = Suggestions.didYouMean(text.get(), names);
        problems.error("unknown-policy", value.span(), value.path(), "unknown coverage policy "
                + value.node().describe() + (hint.isEmpty() ? "; the policies are never, period_end and backlog"
                : hint));
        return Optional.empty();
    }

    private Optional<Chatter> chatter(Value value) {
        Optional<Keys> keys = Keys.of(problems, value, "a mapping with per_business_day, response_hours and"
                + " priority");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> perDay = keys.get().required("per_business_day", "mean cases per business day, by region");
        Optional<Value> response = keys.get().required("response_hours", "a distribution of hours of work for a"
                + " first response");
        Optional<Value> priority = keys.get().required("priority", "the queue priority of a case; lower is sooner");
        keys.get().finish();
        Optional<Map<String, Double>> rates = perDay.flatMap(this::chatterRates);
        Optional<Distribution> hours = response.flatMap(v -> distributions.read(v,
                DistributionReader.Support.NON_NEGATIVE, "a distribution of hours"));
        OptionalLong p = priority.map(v -> values.whole(v, -PRIORITY_LIMIT, PRIORITY_LIMIT))
                .orElse(OptionalLong.empty());
        if (rates.isEmpty() || hours.isEmpty() || p.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Chatter(rates.get(), hours.get(), (int) p.getAsLong()));
    }

    private Optional<Map<String, Double>> chatterRates(Value value) {
        Optional<Keys> keys = Keys.of(problems, value, "a mapping from region names to cases per business day");
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlNode.Entry entry : keys.get().entries().values()) {
            Value rate = new Value(Value.child(value.path(), entry.key()), entry.value(), entry.keySpan());
            Optional<String> region = region(entry.key(), rate);
            OptionalDouble r = values.nonNegative(rate);
            r = r.isPresent() ? values.atMost(rate, r.getAsDouble(), ScenarioLimits.MAX_RATE,
                    "cases per business day of one region") : r;
            if (region.isPresent() && rates.containsKey(region.get())) {
                problems.error("duplicate-key", entry.keySpan(), rate.path(), "region " + region.get()
                        + " is given twice (region names ignore case)");
                ok = false;
            } else if (region.isPresent() && r.isPresent()) {
                rates.put(region.get(), r.getAsDouble());
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(rates) : Optional.empty();
    }
}

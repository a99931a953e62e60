package io.stage7.sim.model;

import io.stage7.calendar.BusinessCalendar;
import io.stage7.calendar.PeriodEnds;
import io.stage7.calendar.PeriodKind;
import io.stage7.check.CheckedRules;
import io.stage7.check.EscalationPolicy;
import io.stage7.check.FieldKind;
import io.stage7.check.FieldType;
import io.stage7.check.ObjectType;
import io.stage7.check.Region;
import io.stage7.check.RoutingSet;
import io.stage7.check.Sla;
import io.stage7.check.SlaEvent;
import io.stage7.diag.Limit;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Evaluator;
import io.stage7.eval.RecordType;
import io.stage7.scenario.Chatter;
import io.stage7.scenario.FieldSpec;
import io.stage7.scenario.Load;
import io.stage7.scenario.RegionPlan;
import io.stage7.scenario.Scenario;
import io.stage7.sim.kernel.EventLimitExceeded;
import io.stage7.sim.random.RandomStreams;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The approval desk of one scenario under one set of rules, ready to run: regions with their
 * support calendars, period-end windows and staffing; load sources; the triage of submissions by
 * the rules. Immutable and thread-safe: {@link #run} builds the state of one replication afresh,
 * so replications may run in parallel, each on its own thread.
 *
 * <p>Build one with {@link #prepare}, which returns every problem that keeps the scenario from
 * running against these rules (the scenario reader validates most of them first; these are the
 * ones only the model can see).
 */
public final class DeskModel {

    /** Extended period-end hours and windows are laid onto calendars this far around the horizon. */
    private static final Duration CALENDAR_MARGIN = Duration.ofDays(400);

    private final Scenario scenario;
    private final RecordType recordType;
    private final int submissionSlot;
    private final List<RegionSetup> regions;
    private final List<SourceSetup> sources;
    private final Optional<TraceSource> trace;
    private final Triage triage;
    private final Optional<SlaTarget> decidedSla;
    private final Optional<SlaTarget> firstResponseSla;

    private DeskModel(Scenario scenario, RecordType recordType, int submissionSlot, List<RegionSetup> regions,
                      List<SourceSetup> sources, Optional<TraceSource> trace, Triage triage,
                      Optional<SlaTarget> decidedSla, Optional<SlaTarget> firstResponseSla) {
        this.scenario = scenario;
        this.recordType = recordType;
        this.submissionSlot = submissionSlot;
        this.regions = List.copyOf(regions);
        this.sources = List.copyOf(sources);
        this.trace = trace;
        this.triage = triage;
        this.decidedSla = decidedSla;
        this.firstResponseSla = firstResponseSla;
    }

    /** A model, or every problem that keeps one from being built. */
    public record Preparation(Optional<DeskModel> model, List<String> problems) {
        public Preparation {
            Objects.requireNonNull(model, "model");
            problems = List.copyOf(problems);
        }
    }

    /**
     * The desk of {@code scenario} under {@code rules}, evaluating submissions with {@code evaluator}.
     *
     * @param trace the records of a {@link Load.Trace} scenario, held in memory (empty for
     *              synthetic load); records outside the horizon are counted, not replayed. A trace
     *              file is better passed as a {@link TraceSource}, which the run streams.
     */
    public static Preparation prepare(Scenario scenario, CheckedRules rules, Evaluator evaluator, List<DataRecord> trace) {
        return new Builder(scenario, rules, evaluator).build(trace);
    }

    /**
     * The desk of a {@link Load.Trace} scenario replaying {@code trace}, which was checked for this
     * model's layout and horizon (see {@link #traceLayout}); the model keeps the source, not its
     * records, and every replication reads it afresh.
     *
     * @throws IllegalArgumentException if the scenario's load is synthetic, or the source was
     *                                  checked for another layout or horizon
     */
    public static Preparation prepare(Scenario scenario, CheckedRules rules, Evaluator evaluator, TraceSource trace) {
        return new Builder(scenario, rules, evaluator).build(Objects.requireNonNull(trace, "trace"));
    }

    /**
     * The layout and horizon a trace for {@code scenario} must be checked for: the load's record
     * type, the field each submission's instant is read from (see {@link #submissionField()}) and
     * the scenario's horizon. Empty with the reason when the rules give the load's object no such
     * field, or do not declare it.
     */
    public static Layout traceLayout(Scenario scenario, CheckedRules rules, Evaluator evaluator) {
        Optional<ObjectType> object = rules.object(scenario.load().object());
        if (object.isEmpty()) {
            return new Layout(Optional.empty(), "the load's object " + scenario.load().object()
                    + " is not declared in the rules");
        }
        RecordType type = evaluator.recordType(object.get().name());
        int slot = Builder.submissionSlot(type, Builder.slaDecl(rules, SlaEvent.DECIDED, object));
        if (slot < 0) {
            return new Layout(Optional.empty(), NO_SUBMISSION_FIELD.formatted(object.get().name()));
        }
        return new Layout(Optional.of(new TraceSource.Checked(type, slot, scenario.start(), scenario.end())), "");
    }

    /** What {@link #traceLayout} finds: the layout, or why there is none. */
    public record Layout(Optional<TraceSource.Checked> checked, String problem) {
        public Layout {
            Objects.requireNonNull(checked, "checked");
            Objects.requireNonNull(problem, "problem");
        }
    }

    private static final String NO_SUBMISSION_FIELD = "a trace needs the submission time of each record, but %s"
            + " has no SubmittedAt field and the decided SLA names none";

    /** The scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** The staffed regions' names, in scenario order (the order of every per-region output). */
    public List<String> regionNames() {
        return regions.stream().map(RegionSetup::name).toList();
    }

    /** The rules' decided-SLA on the load's object, if declared. */
    public Optional<SlaTarget> decidedSla() {
        return decidedSla;
    }

    /** The rules' first-response SLA, if declared. */
    public Optional<SlaTarget> firstResponseSla() {
        return firstResponseSla;
    }

    /** Trace records submitted outside the horizon, hence not replayed (0 for synthetic load). */
    public long traceOutsideHorizon() {
        return trace.map(TraceSource::outsideHorizon).orElse(0L);
    }

    /**
     * The field each submission's instant is written to, which a replayed trace is read by: the
     * decided-SLA's start field, else {@code SubmittedAt}; empty when the object has neither.
     */
    public Optional<String> submissionField() {
        return submissionSlot < 0 ? Optional.empty() : Optional.of(recordType.path(submissionSlot));
    }

    /**
     * The synthetic load without the desk, as a trace: passes every first submission of
     * replication {@code replication} made in [from, to) to {@code submissions}, in submission
     * order, with its submission instant in {@link #submissionField()}. These are the very records
     * {@link #run} submits (same instants, fields and ids) wherever the window is inside the
     * horizon; the arrivals start at the earlier of the horizon's start and {@code from}, and go on
     * past its end up to {@code to} if asked.
     *
     * @return how many records were passed on
     * @throws IllegalStateException if the load is a trace, or records have no submission field
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public long sampleSubmissions(int replication, Instant from, Instant to, Consumer<DataRecord> submissions) {
        if (!(scenario.load() instanceof Load.Synthetic)) {
            throw new IllegalStateException("the scenario replays a trace: it has no synthetic load to sample");
        }
        if (submissionSlot < 0) {
            throw new IllegalStateException(recordType.object().name() + " has no field for the submission instant");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the window ends before it starts: " + from + " .. " + to);
        }
        return LoadSample.sample(this, replication, from.toEpochMilli(), to.toEpochMilli(),
                Objects.requireNonNull(submissions, "submissions"));
    }

    /** The period-end windows of a region's calendar, for reports. */
    public PeriodEnds periodEnds(int region) {
        return regions.get(region).periodEnds();
    }

    /** The end of the warm-up: work first submitted before it is simulated but not reported. */
    public long warmupEndMillis() {
        return scenario.start().plus(scenario.warmup()).toEpochMilli();
    }

    /**
     * Runs replication {@code replication} (0, 1, ...) with the scenario's seed from its start to
     * its end, reporting to {@code observer}.
     *
     * @return where everything stands at the end, as the model counted it
     */
    public RunTotals run(int replication, DeskObserver observer) {
        try {
            return new DeskRun(this, RandomStreams.forReplication(scenario.seed(), replication), observer).run();
        } catch (EventLimitExceeded stopped) {
            throw new EventLimitException(scenario.source() + ": replication " + replication + " stopped at "
                    + Instant.ofEpochMilli(stopped.atMillis()) + " of a horizon ending " + scenario.end() + ", after "
                    + String.format("%,d", stopped.limit()) + " events, the limit on events per replication: its load,"
                    + " rework loop or durations make more work than a run can finish; "
                    + MAX_EVENTS.explain(), stopped);
        }
    }

    /**
     * The events one replication may fire (docs/limits.md): fifty million, about three times what
     * the largest scenario within the other limits needs (two million submissions and two million
     * Chatter cases of a few events each), and about a minute of one core.
     */
    static final Limit MAX_EVENTS = Limit.of("stage7.limit.eventsPerReplication", 50_000_000);

    RecordType recordType() {
        return recordType;
    }

    int submissionSlot() {
        return submissionSlot;
    }

    List<RegionSetup> regions() {
        return regions;
    }

    List<SourceSetup> sources() {
        return sources;
    }

    Optional<TraceSource> trace() {
        return trace;
    }

    Triage triage() {
        return triage;
    }

    /** Builds the model and collects the problems. */
    private static final class Builder {
        private final Scenario scenario;
        private final CheckedRules rules;
        private final Evaluator evaluator;
        private final List<String> problems = new ArrayList<>();
        private final Instant calendarsFrom;
        private final Instant calendarsTo;

        Builder(Scenario scenario, CheckedRules rules, Evaluator evaluator) {
            this.scenario = Objects.requireNonNull(scenario, "scenario");
            this.rules = Objects.requireNonNull(rules, "rules");
            this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
            calendarsFrom = scenario.start().minus(CALENDAR_MARGIN);
            calendarsTo = scenario.end().plus(CALENDAR_MARGIN);
        }

        Preparation build(List<DataRecord> traceRecords) {
            return build(traceRecords, null);
        }

        Preparation build(TraceSource source) {
            if (!(scenario.load() instanceof Load.Trace)) {
                throw new IllegalArgumentException("the scenario's load is synthetic: it replays no trace");
            }
            return build(List.of(), source);
        }

        private Preparation build(List<DataRecord> traceRecords, TraceSource source) {
            String objectName = scenario.load().object();
            Optional<ObjectType> object = rules.object(objectName);
            if (object.isEmpty()) {
                return failed("the load's object " + objectName + " is not declared in the rules");
            }
            Optional<RoutingSet> routing = rules.routingSets().stream()
                    .filter(set -> set.object().name().equals(object.get().name())).findFirst();
            if (routing.isEmpty()) {
                return failed("the rules have no routing set on " + object.get().name()
                        + ": submissions cannot be routed to a region");
            }
            RecordType type = evaluator.recordType(object.get().name());
            Optional<SlaTarget> decided = sla(SlaEvent.DECIDED, Optional.of(object.get()));
            Optional<SlaTarget> firstResponse = sla(SlaEvent.FIRST_RESPONSE, Optional.empty());
            Optional<Sla> decidedDecl = slaDecl(SlaEvent.DECIDED, Optional.of(object.get()));
            Optional<Sla> responseDecl = slaDecl(SlaEvent.FIRST_RESPONSE, Optional.empty());
            int submissionSlot = submissionSlot(type, decidedDecl);

            List<RegionSetup> regions = regions(decidedDecl, responseDecl, scenario.chatter());
            Map<String, RegionSetup> byKey = new LinkedHashMap<>();
            regions.forEach(r -> byKey.put(Triage.key(r.name()), r));

            Optional<EscalationCheck> escalation = Optional.empty();
            Set<PeriodKind> refusedDuring = Set.of();
            Optional<EscalationPolicy> policy = rules.escalationPolicy(object.get().name());
            if (policy.isPresent()) {
                escalation = Optional.of(EscalationCheck.of(rules, policy.get(), type));
                refusedDuring = policy.get().refusedDuring();
            }
            Triage triage = new Triage(evaluator, routing.get().name(), byKey, escalation, refusedDuring,
                    scenario.service().escalatedPriority(), scenario.service().reviewHours());

            List<SourceSetup> sources = new ArrayList<>();
            Optional<TraceSource> trace = Optional.empty();
            Load load = scenario.load();
            if (load instanceof Load.Synthetic synthetic) {
                sources = sources(synthetic, type);
            } else if (submissionSlot < 0) {
                problems.add(NO_SUBMISSION_FIELD.formatted(object.get().name()));
            } else {
                TraceSource.Checked layout = new TraceSource.Checked(type, submissionSlot, scenario.start(),
                        scenario.end());
                if (source != null) {
                    if (!source.checked().equals(layout)) {
                        throw new IllegalArgumentException("the trace was checked for " + source.checked()
                                + ", but this model replays " + layout);
                    }
                    trace = Optional.of(source);
                } else {
                    trace = inMemory(layout, traceRecords);
                }
            }
            if (!problems.isEmpty()) {
                return new Preparation(Optional.empty(), problems);
            }
            return new Preparation(Optional.of(new DeskModel(scenario, type, submissionSlot, regions, sources, trace,
                    triage, decided, firstResponse)), List.of());
        }

        /** The records of the horizon in submission order; a problem for each record without a submission instant. */
        private Optional<TraceSource> inMemory(TraceSource.Checked layout, List<DataRecord> traceRecords) {
            int slot = layout.submissionSlot();
            long start = layout.start().toEpochMilli();
            long end = layout.end().toEpochMilli();
            List<DataRecord> inside = new ArrayList<>();
            long outside = 0;
            for (DataRecord record : traceRecords) {
                Object at = record.value(slot);
                if (!(at instanceof Instant instant)) {
                    problems.add("trace record " + record.id() + ": " + layout.type().path(slot)
                            + " is blank; every replayed opportunity needs its submission time");
                } else if (instant.toEpochMilli() < start || instant.toEpochMilli() >= end) {
                    outside++;
                } else {
                    inside.add(record);
                }
            }
            // Stable: records submitted at the same instant keep the file's order.
            inside.sort(Comparator.comparing(r -> (Instant) r.value(slot)));
            return problems.isEmpty() ? Optional.of(new ListTrace(layout, inside, outside)) : Optional.empty();
        }

        private Preparation failed(String problem) {
            problems.add(problem);
            return new Preparation(Optional.empty(), problems);
        }

        /** The rules' SLA on {@code event}, on the object {@code on} if given. */
        static Optional<Sla> slaDecl(CheckedRules rules, SlaEvent event, Optional<ObjectType> on) {
            return rules.slas().stream().filter(s -> s.event() == event)
                    .filter(s -> on.isEmpty() || s.object().name().equals(on.get().name())).findFirst();
        }

        private Optional<Sla> slaDecl(SlaEvent event, Optional<ObjectType> on) {
            return slaDecl(rules, event, on);
        }

        private Optional<SlaTarget> sla(SlaEvent event, Optional<ObjectType> on) {
            return slaDecl(event, on).map(SlaTarget::of);
        }

        /** The field a submission's instant is written to: the decided SLA's start field, else SubmittedAt. */
        static int submissionSlot(RecordType type, Optional<Sla> decided) {
            if (decided.isPresent() && decided.get().start().field().kind() == FieldKind.DATETIME) {
                OptionalInt slot = type.slotOf(decided.get().start());
                if (slot.isPresent()) {
                    return slot.getAsInt();
                }
            }
            OptionalInt slot = type.slotOf("SubmittedAt");
            return slot.isPresent() && type.field(slot.getAsInt()).kind() == FieldKind.DATETIME ? slot.getAsInt() : -1;
        }

        private List<RegionSetup> regions(Optional<Sla> decided, Optional<Sla> response, Optional<Chatter> chatter) {
            List<RegionSetup> regions = new ArrayList<>();
            for (Map.Entry<String, RegionPlan> entry : scenario.regions().entrySet()) {
                Optional<Region> region = rules.region(entry.getKey());
                if (region.isEmpty()) {
                    problems.add("region " + entry.getKey() + " is staffed in the scenario but not declared in the rules");
                    continue;
                }
                BusinessCalendar calendar = region.get().calendar();
                BusinessCalendar support = support(calendar);
                BusinessCalendar decidedCalendar = decided.flatMap(Sla::calendar).map(this::support).orElse(support);
                BusinessCalendar caseCalendar = response.flatMap(Sla::calendar).map(this::support).orElse(support);
                double perDay = chatter.map(c -> c.perBusinessDay().getOrDefault(entry.getKey(), 0.0)).orElse(0.0);
                regions.add(new RegionSetup(regions.size(), entry.getKey(), calendar, support,
                        rules.periodEndsOn(calendar), region.get().cutoffs(), entry.getValue(), decidedCalendar,
                        caseCalendar, perDay));
            }
            return regions;
        }

        private BusinessCalendar support(BusinessCalendar calendar) {
            return rules.supportCalendar(calendar, calendarsFrom, calendarsTo);
        }

        private List<SourceSetup> sources(Load.Synthetic load, RecordType type) {
            double[] weights = load.intraday();
            double total = 0;
            for (double weight : weights) {
                total += weight;
            }
            if (!(total > 0)) {
                problems.add("load.intraday: the 24 weights sum to zero, so nothing would ever be submitted");
                return List.of();
            }
            double[] share = new double[24];
            for (int h = 0; h < 24; h++) {
                share[h] = weights[h] / total;
            }
            double[] multipliers = new double[PeriodKind.values().length];
            for (PeriodKind kind : PeriodKind.values()) {
                multipliers[kind.ordinal()] = load.periodEndMultiplier().getOrDefault(kind, 1.0);
            }
            List<SourceSetup> sources = new ArrayList<>();
            for (Load.Source source : load.sources()) {
                Optional<BusinessCalendar> calendar = rules.calendar(source.calendar());
                if (calendar.isEmpty()) {
                    problems.add("load source " + source.name() + ": calendar " + source.calendar()
                            + " is not declared in the rules");
                    continue;
                }
                Map<String, FieldSpec> specs = new LinkedHashMap<>(load.fields());
                specs.putAll(source.fields());
                List<FieldPlan> plans = new ArrayList<>();
                for (Map.Entry<String, FieldSpec> spec : specs.entrySet()) {
                    OptionalInt slot = type.slotOf(spec.getKey());
                    if (slot.isEmpty()) {
                        problems.add("load source " + source.name() + ": " + type.object().name()
                                + " has no field " + spec.getKey());
                        continue;
                    }
                    FieldType field = type.field(slot.getAsInt());
                    FieldPlan.Result plan = FieldPlan.of(type.path(slot.getAsInt()), slot.getAsInt(), field, spec.getValue());
                    if (plan.problem() != null) {
                        problems.add("load source " + source.name() + ": " + plan.problem());
                    } else {
                        plans.add(plan.plan());
                    }
                }
                sources.add(new SourceSetup(source.name(), calendar.get(), rules.periodEndsOn(calendar.get()),
                        source.perBusinessDay(), source.weekendFactor(), share, multipliers, plans));
            }
            return Collections.unmodifiableList(sources);
        }
    }
}

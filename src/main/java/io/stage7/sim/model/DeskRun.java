package io.stage7.sim.model;

import io.stage7.ast.Decl;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;
import io.stage7.eval.RecordType;
import io.stage7.scenario.Chatter;
import io.stage7.scenario.Coverage;
import io.stage7.scenario.Scenario;
import io.stage7.sim.kernel.Action;
import io.stage7.sim.kernel.SimTime;
import io.stage7.sim.kernel.Simulation;
import io.stage7.sim.random.Distribution;
import io.stage7.sim.random.RandomStream;
import io.stage7.sim.random.RandomStreams;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One replication of a {@link DeskModel}: the simulation, the random streams and the state of
 * every desk, opportunity and specialist. Confined to the thread that runs it.
 *
 * <p>Random streams, one per source of randomness: {@code arrivals/<source>}, {@code fields/<path>},
 * {@code opportunities}, {@code absence/<region>/<specialist>}, {@code chatter/<region>} (case
 * openings) and {@code chatter-response/<region>}. Each opportunity splits its own stream off
 * {@code opportunities} when it first arrives (arrival order does not depend on staffing) and
 * draws everything its life needs from it, in the order it needs it: each attempt's review time
 * (when the attempt is routed), whether a review catches its defect, the rework or Billing delay,
 * whether the resubmission is fixed. So with common random numbers an opportunity sees the same
 * draws under two staffing plans, however the order of reviews and decisions changes; drawing
 * these from shared streams in decision order would hand each opportunity another's samples as
 * soon as the order changed.
 */
final class DeskRun {

    private final DeskModel model;
    private final Scenario scenario;
    private final DeskObserver observer;
    private final Simulation simulation;
    private final RandomStreams streams;
    private final RegionDesk[] desks;
    private final RandomStream[] chatterStreams;
    private final RandomStream[] responseStreams;
    private final RandomStream opportunityStreams;
    private final Coverage coverage;
    private final Optional<SlaTarget> decidedSla;
    private final Optional<SlaTarget> responseSla;
    private final long start;
    private final long end;
    private final long warmupEnd;
    private final long step;
    private final Action sampler = this::sample;

    private long sequence;
    private long opportunitySequence;
    private long caseSequence;

    // Live counts of counted work: see RunTotals.
    private long opportunities;
    private long attempts;
    private long resubmissions;
    /** The scenario's rework changes on this model's records; bound at the first resubmission. */
    private ReworkChanges reworkChanges;
    private long decided;
    private long unroutable;
    private long booked;
    private long atBilling;
    private long inRework;
    private long cases;
    private long responded;

    DeskRun(DeskModel model, RandomStreams streams, DeskObserver observer) {
        this.model = model;
        this.scenario = model.scenario();
        this.observer = observer;
        this.streams = streams;
        this.start = scenario.start().toEpochMilli();
        this.end = scenario.end().toEpochMilli();
        this.warmupEnd = model.warmupEndMillis();
        this.step = Math.max(1, scenario.timeStep().toMillis());
        this.simulation = new Simulation(start);
        simulation.limitEvents(DeskModel.MAX_EVENTS.value());
        List<RegionSetup> regions = model.regions();
        desks = new RegionDesk[regions.size()];
        chatterStreams = new RandomStream[desks.length];
        responseStreams = new RandomStream[desks.length];
        for (int i = 0; i < desks.length; i++) {
            String name = regions.get(i).name();
            desks[i] = new RegionDesk(this, regions.get(i), streams);
            chatterStreams[i] = streams.stream("chatter/" + name);
            responseStreams[i] = streams.stream("chatter-response/" + name);
        }
        opportunityStreams = streams.stream("opportunities");
        coverage = scenario.coverage();
        decidedSla = model.decidedSla();
        responseSla = model.firstResponseSla();
    }

    long endMillis() {
        return end;
    }

    RunTotals run() {
        for (RegionDesk desk : desks) {
            simulation.schedule(start, desk);
        }
        for (SourceSetup source : model.sources()) {
            new SourceArrivals(this::arrive, source, model.recordType(), streams, end).start(simulation, start);
        }
        simulation.schedule(start, sampler);
        if (model.trace().isEmpty()) {
            simulation.run(end);
            return finish();
        }
        try (TraceArrivals trace = new TraceArrivals(this, model.trace().get())) {
            trace.start(simulation);
            simulation.run(end);
        }
        return finish();
    }

    // ------------------------------------------------------------------ arrivals and triage

    void arrive(String source, ZoneId zone, long now, SourceArrivals arrivals) {
        DataRecord record = arrivals.draw(++opportunitySequence, now);
        submitFirst(new Opportunity(this, record.id(), source, zone, record, now, now >= warmupEnd,
                opportunityStreams.split("opportunity")), now);
    }

    void arriveFromTrace(DataRecord record, long now, ZoneId zone) {
        opportunitySequence++;
        submitFirst(new Opportunity(this, record.id(), "trace", zone, record, now, now >= warmupEnd,
                opportunityStreams.split("opportunity")), now);
    }

    private void submitFirst(Opportunity opportunity, long now) {
        if (opportunity.counted) {
            opportunities++;
        }
        submit(opportunity, now, null);
    }

    /** A new attempt; {@code defective} overrides the rules' verdict (a resubmission's fix draw). */
    private void submit(Opportunity opportunity, long now, Boolean defective) {
        opportunity.attempts++;
        opportunity.phase = Opportunity.Phase.ON_DESK;
        if (opportunity.counted) {
            attempts++;
        }
        Triage.Verdict verdict = model.triage().triage(opportunity.record, Optional.ofNullable(opportunity.previous),
                now, opportunity.zone);
        if (verdict instanceof Triage.Unroutable failed) {
            opportunity.phase = Opportunity.Phase.CLOSED;
            if (opportunity.counted) {
                unroutable++;
                observer.attempt(new AttemptRow(opportunity.id, opportunity.attempts, opportunity.source, "", "",
                        Double.NaN, "", EscalationStatus.NONE, false, now, AttemptRow.NEVER, AttemptRow.NEVER,
                        AttemptRow.NEVER, Outcome.UNROUTABLE, "", Double.NaN, Double.NaN, Optional.empty(), "",
                        failed.reason()));
            }
            return;
        }
        Triage.Routed routed = (Triage.Routed) verdict;
        RegionDesk desk = desks[routed.region().index()];
        long work = SimTime.millisFromHours(routed.reviewHours().sample(opportunity.random));
        Attempt attempt = new Attempt(this, ++sequence, opportunity, opportunity.attempts, now, desk, routed.queue(),
                routed.priority(), routed.complexity(), routed.escalation(),
                defective != null ? defective || introducedByRework(opportunity, routed) : routed.defective(),
                routed.periodEnd(), work);
        opportunity.violated = routed.violations();
        long eligible = desk.setup.eligibleAt(Math.max(now, routed.notBefore()), routed.complexity());
        if (eligible <= now) {
            attempt.eligible = now;
            enqueue(attempt);
        } else {
            desk.held.add(attempt);
            simulation.schedule(eligible, attempt);
        }
    }

    void becomeEligible(Attempt attempt) {
        attempt.region.held.remove(attempt);
        attempt.eligible = simulation.nowMillis();
        enqueue(attempt);
    }

    // ------------------------------------------------------------------ queues and specialists

    private void enqueue(WorkItem item) {
        RegionDesk desk = item.region;
        desk.queue.add(item);
        if (item.isCase()) {
            desk.queuedCases++;
        }
        if (!desk.idle.isEmpty()) {
            Specialist specialist = desk.idle.poll();
            specialist.idle = false;
            assign(specialist);
            return;
        }
        if (coverage.policy() != Coverage.Policy.NEVER && helpable(desk)) {
            for (RegionDesk other : desks) {
                if (other != desk && !other.idle.isEmpty()) {
                    Specialist helper = other.idle.poll();
                    helper.idle = false;
                    start(helper, take(desk));
                    return;
                }
            }
        }
    }

    /** Whether idle specialists of other regions may take this region's work under the coverage policy. */
    private boolean helpable(RegionDesk desk) {
        return desk.inPeriodEnd || (coverage.policy() == Coverage.Policy.BACKLOG
                && desk.queuedAttempts() > coverage.backlogThreshold());
    }

    private WorkItem take(RegionDesk desk) {
        WorkItem item = desk.queue.poll();
        if (item.isCase()) {
            desk.queuedCases--;
        }
        return item;
    }

    /** Gives an on-shift specialist without work the best item they may take, or makes them idle. */
    private boolean assign(Specialist specialist) {
        WorkItem item = pick(specialist);
        if (item == null) {
            specialist.idle = true;
            specialist.home.idle.add(specialist);
            return false;
        }
        start(specialist, item);
        return true;
    }

    private WorkItem pick(Specialist specialist) {
        RegionDesk home = specialist.home;
        if (!home.queue.isEmpty()) {
            return take(home);
        }
        if (coverage.policy() == Coverage.Policy.NEVER) {
            return null;
        }
        RegionDesk best = null;
        for (RegionDesk other : desks) {
            if (other != home && !other.queue.isEmpty() && helpable(other)
                    && (best == null || WorkItem.PICK_ORDER.compare(other.queue.peek(), best.queue.peek()) < 0)) {
                best = other;
            }
        }
        return best == null ? null : take(best);
    }

    private void start(Specialist specialist, WorkItem item) {
        long now = simulation.nowMillis();
        item.started = now;
        item.reviewer = specialist;
        specialist.current = item;
        item.region.inReview++;
        specialist.home.busy++;
        staffingChanged(specialist.home);
        simulation.schedule(now + item.workMillis, specialist);
    }

    void finishWork(Specialist specialist) {
        WorkItem item = specialist.current;
        specialist.current = null;
        item.region.inReview--;
        specialist.home.busy--;
        if (item.isCase()) {
            respond((ChatterCase) item);
        } else {
            decide((Attempt) item);
        }
        if (specialist.onShift) {
            assign(specialist);
        }
        staffingChanged(specialist.home);
    }

    /** Idle specialists everywhere look for work again (after a rota change). */
    void dispatchIdle() {
        for (RegionDesk desk : desks) {
            for (int n = desk.idle.size(); n > 0; n--) {
                Specialist specialist = desk.idle.poll();
                specialist.idle = false;
                assign(specialist);
            }
        }
    }

    void staffingChanged(RegionDesk desk) {
        desk.recountWorking();
        observer.staffing(desk.index, simulation.nowMillis(), desk.working, desk.busy);
    }

    void periodEndChanged(RegionDesk desk, long now) {
        observer.periodEnd(desk.index, now, desk.inPeriodEnd);
    }

    // ------------------------------------------------------------------ decisions, Billing, rework

    private void decide(Attempt attempt) {
        long now = simulation.nowMillis();
        Opportunity opportunity = attempt.opportunity;
        boolean caught = attempt.defective && opportunity.random.nextDouble() < scenario.service().catchProbability();
        Outcome outcome = caught ? Outcome.REJECTED : Outcome.APPROVED;
        if (opportunity.counted) {
            decided++;
            observer.attempt(row(attempt, outcome, now));
        }
        if (caught) {
            toRework(opportunity, now);
        } else if (attempt.defective) {
            opportunity.phase = Opportunity.Phase.AT_BILLING;
            opportunity.approvedBy = attempt.region;
            opportunity.approvedInPeriodEnd = !attempt.periodEnd.isEmpty();
            if (opportunity.counted) {
                atBilling++;
            }
            scheduleIfInHorizon(now, scenario.billing().returnHours(), opportunity);
        } else {
            opportunity.phase = Opportunity.Phase.CLOSED;
            if (opportunity.counted) {
                booked++;
            }
        }
    }

    void billingReturned(Opportunity opportunity) {
        long now = simulation.nowMillis();
        if (opportunity.counted) {
            atBilling--;
            observer.billingReturned(opportunity.approvedBy.name, now, opportunity.approvedInPeriodEnd);
        }
        toRework(opportunity, now);
    }

    private void toRework(Opportunity opportunity, long now) {
        opportunity.phase = Opportunity.Phase.IN_REWORK;
        if (opportunity.counted) {
            inRework++;
        }
        scheduleIfInHorizon(now, scenario.rework().delayHours(), opportunity);
    }

    /** Schedules the opportunity's next event (Billing's return, the resubmission) after a delay drawn on its stream. */
    private void scheduleIfInHorizon(long now, Distribution hours, Opportunity opportunity) {
        long at = now + SimTime.millisFromHours(hours.sample(opportunity.random));
        if (at < end) {
            simulation.schedule(at, opportunity);
        }
    }

    void resubmit(Opportunity opportunity) {
        long now = simulation.nowMillis();
        if (opportunity.counted) {
            inRework--;
            resubmissions++;
            observer.resubmitted(opportunity.id, now);
        }
        boolean fixed = opportunity.random.nextDouble() < scenario.rework().fixProbability();
        opportunity.previous = opportunity.record;
        opportunity.record = resubmitted(opportunity, now);
        submit(opportunity, now, !fixed);
    }

    /**
     * Whether rework changes made the resubmission violate a requirement its previous attempt did
     * not: a new defect, which the fix draw (about the defects sales was told of) does not cover.
     * Without rework changes the fix draw alone decides, as it always has.
     */
    private boolean introducedByRework(Opportunity opportunity, Triage.Routed routed) {
        if (reworkChanges.isEmpty() || !routed.defective()) {
            return false;
        }
        Set<String> before = new HashSet<>();
        opportunity.violated.forEach(v -> before.add(v.requirement()));
        return routed.violations().stream().anyMatch(v -> v.severity() == Decl.RuleSeverity.ERROR
                && !before.contains(v.requirement()));
    }

    /**
     * The record as resubmitted: the same fields, with the submission instant moved to now and
     * the scenario's rework changes applied. The changes draw from a stream of the opportunity's
     * own, split off its stream at its first resubmission; a scenario without changes draws
     * nothing more than it always did.
     */
    private DataRecord resubmitted(Opportunity opportunity, long now) {
        int slot = model.submissionSlot();
        DataRecord record = opportunity.record;
        if (reworkChanges == null) {
            reworkChanges = ReworkChanges.of(scenario.rework(), model.recordType());
        }
        if (reworkChanges.isEmpty()) {
            return slot < 0 ? record : submittedAt(record, slot, now);
        }
        if (opportunity.reworkStream == null) {
            opportunity.reworkStream = opportunity.random.split("rework");
        }
        RecordBuilder builder = copy(record);
        reworkChanges.apply(record, builder, opportunity.reworkStream);
        if (slot >= 0) {
            builder.set(slot, Instant.ofEpochMilli(now));
        }
        return builder.build();
    }

    /** A builder holding every field of {@code record}. */
    private static RecordBuilder copy(DataRecord record) {
        RecordType type = record.type();
        RecordBuilder builder = DataRecord.builder(type).id(record.id());
        for (int i = 0; i < type.size(); i++) {
            builder.set(i, record.value(i));
        }
        return builder;
    }

    /** The same fields, with the submission instant at {@code slot} set to {@code now}. */
    static DataRecord submittedAt(DataRecord record, int slot, long now) {
        return copy(record).set(slot, Instant.ofEpochMilli(now)).build();
    }

    // ------------------------------------------------------------------ Chatter

    void openChatterDay(RegionDesk desk, Instant dayStart, Instant dayEnd) {
        Optional<Chatter> chatter = scenario.chatter();
        double perDay = desk.setup.chatterPerDay();
        if (chatter.isEmpty() || !(perDay > 0)) {
            return;
        }
        double hours = desk.setup.support().businessHoursBetween(dayStart, dayEnd);
        if (!(hours > 0)) {
            return;
        }
        RandomStream openings = chatterStreams[desk.index];
        double meanGap = hours / perDay;
        long now = simulation.nowMillis();
        for (double position = -meanGap * Math.log(openings.nextOpenDouble()); position < hours;
             position -= meanGap * Math.log(openings.nextOpenDouble())) {
            long at = desk.setup.support().addBusinessHours(dayStart, position).toEpochMilli();
            if (at >= end) {
                break;
            }
            if (at < now) {
                continue; // the run started part-way through this day
            }
            long work = SimTime.millisFromHours(chatter.get().responseHours().sample(responseStreams[desk.index]));
            ChatterCase chatterCase = new ChatterCase(this, ++sequence, desk.name + "-case-" + (++caseSequence), desk,
                    chatter.get().priority(), at, work, at >= warmupEnd);
            simulation.schedule(at, chatterCase);
        }
    }

    void openCase(ChatterCase chatterCase) {
        if (chatterCase.counted) {
            cases++;
        }
        chatterCase.eligible = simulation.nowMillis();
        enqueue(chatterCase);
    }

    private void respond(ChatterCase chatterCase) {
        if (chatterCase.counted) {
            responded++;
            observer.chatterCase(caseRow(chatterCase, simulation.nowMillis()));
        }
    }

    // ------------------------------------------------------------------ rows, snapshots and the end

    private AttemptRow row(Attempt attempt, Outcome outcome, long decidedAt) {
        long until = decidedAt != AttemptRow.NEVER ? decidedAt : end;
        Instant from = Instant.ofEpochMilli(attempt.submitted);
        double business = attempt.region.setup.decidedSlaCalendar().businessHoursBetween(from, Instant.ofEpochMilli(until));
        double wall = SimTime.hoursFromMillis(until - attempt.submitted);
        Optional<Boolean> met = Optional.empty();
        if (decidedSla.isPresent()) {
            boolean inTime = decidedSla.get().met(business, wall);
            met = decidedAt != AttemptRow.NEVER || !inTime ? Optional.of(inTime) : Optional.empty();
        }
        Opportunity opportunity = attempt.opportunity;
        return new AttemptRow(opportunity.id, attempt.number, opportunity.source, attempt.region.name, attempt.queue,
                attempt.priority, attempt.complexity, attempt.escalation, attempt.defective, attempt.submitted,
                attempt.eligible, attempt.started, decidedAt, outcome,
                attempt.reviewer == null ? "" : attempt.reviewer.home.name, business, wall, met, attempt.periodEnd, "");
    }

    private CaseRow caseRow(ChatterCase chatterCase, long respondedAt) {
        long until = respondedAt != AttemptRow.NEVER ? respondedAt : end;
        double business = chatterCase.region.setup.caseSlaCalendar().businessHoursBetween(
                Instant.ofEpochMilli(chatterCase.opened), Instant.ofEpochMilli(until));
        double wall = SimTime.hoursFromMillis(until - chatterCase.opened);
        Optional<Boolean> met = Optional.empty();
        if (responseSla.isPresent()) {
            boolean inTime = responseSla.get().met(business, wall);
            met = respondedAt != AttemptRow.NEVER || !inTime ? Optional.of(inTime) : Optional.empty();
        }
        return new CaseRow(chatterCase.id, chatterCase.region.name, chatterCase.opened, chatterCase.started,
                respondedAt, business, met, chatterCase.region.setup.periodEndLabel(chatterCase.opened));
    }

    private void sample(Simulation sim) {
        observer.snapshot(sim.nowMillis(), snapshots());
        long next = sim.nowMillis() + step;
        if (next < end) {
            sim.schedule(next, sampler);
        }
    }

    private List<RegionSnapshot> snapshots() {
        List<RegionSnapshot> list = new ArrayList<>(desks.length);
        for (RegionDesk desk : desks) {
            list.add(desk.snapshot());
        }
        return list;
    }

    private RunTotals finish() {
        observer.snapshot(end, snapshots());
        List<WorkItem> inFlight = new ArrayList<>();
        for (RegionDesk desk : desks) {
            inFlight.addAll(desk.held);
            inFlight.addAll(desk.queue);
            for (Specialist specialist : desk.specialists) {
                if (specialist.current != null) {
                    inFlight.add(specialist.current);
                }
            }
        }
        inFlight.sort(Comparator.comparingLong(item -> item.sequence));
        long waiting = 0;
        long inReview = 0;
        long casesWaiting = 0;
        long casesInProgress = 0;
        for (WorkItem item : inFlight) {
            if (!item.counted) {
                continue;
            }
            boolean started = item.started != AttemptRow.NEVER;
            if (item.isCase()) {
                if (started) {
                    casesInProgress++;
                } else {
                    casesWaiting++;
                }
                observer.chatterCase(caseRow((ChatterCase) item, AttemptRow.NEVER));
            } else {
                if (started) {
                    inReview++;
                } else {
                    waiting++;
                }
                observer.attempt(row((Attempt) item, started ? Outcome.IN_REVIEW : Outcome.WAITING, AttemptRow.NEVER));
            }
        }
        RunTotals totals = new RunTotals(opportunities, attempts, resubmissions, decided, unroutable, waiting, inReview,
                booked, atBilling, inRework, cases, responded, casesWaiting, casesInProgress);
        observer.finished(end, totals);
        return totals;
    }
}

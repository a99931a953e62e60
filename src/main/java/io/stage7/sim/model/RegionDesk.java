package io.stage7.sim.model;

import io.stage7.sim.kernel.Action;
import io.stage7.sim.kernel.Simulation;
import io.stage7.sim.random.RandomStream;
import io.stage7.sim.random.RandomStreams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * One region's desk during a run: its queue, the attempts held until they may be worked, and its
 * specialists. Its scheduled event is the rota: at each opening and closing of the support
 * calendar and at each local midnight it updates who is on shift. At midnight it starts a new
 * day: the headcount of the day (inside a period-end window, the headcount of its most significant
 * window: EoY over EoQ over EoM)
 * and each rostered specialist's absence, drawn per specialist per business day.
 *
 * <p>Each specialist on the roster draws from their own stream ({@code absence/<region>/<n>}) on
 * every business day, rostered or not, so specialist n is absent on the same days in every
 * staffing plan that has them on the roster: a plan with one more specialist is the same desk
 * plus one person (common random numbers for the staffing search).
 */
final class RegionDesk implements Action {

    final RegionSetup setup;
    final int index;
    final String name;
    final PriorityQueue<WorkItem> queue = new PriorityQueue<>(WorkItem.PICK_ORDER);
    /** Routed attempts not yet eligible, in the order they were routed. */
    final LinkedHashSet<Attempt> held = new LinkedHashSet<>();
    final Specialist[] specialists;
    /** Idle specialists on shift, longest idle first. */
    final ArrayDeque<Specialist> idle = new ArrayDeque<>();

    int queuedCases;
    int inReview;
    int busy;
    int working;
    boolean inPeriodEnd;

    private final DeskRun run;
    /** Per specialist, by roster index. */
    private final RandomStream[] absence;
    private LocalDate today;
    private long nextDayStart;

    RegionDesk(DeskRun run, RegionSetup setup, RandomStreams streams) {
        this.run = run;
        this.setup = setup;
        this.index = setup.index();
        this.name = setup.name();
        specialists = new Specialist[setup.rosterSize()];
        absence = new RandomStream[specialists.length];
        boolean absent = setup.plan().absence() > 0;
        for (int i = 0; i < specialists.length; i++) {
            specialists[i] = new Specialist(run, this, i);
            absence[i] = absent ? streams.stream("absence/" + name + "/" + i) : null;
        }
    }

    int queuedAttempts() {
        return queue.size() - queuedCases;
    }

    @Override
    public void fire(Simulation simulation) {
        long now = simulation.nowMillis();
        Instant instant = Instant.ofEpochMilli(now);
        if (today == null || now >= nextDayStart) {
            startDay(setup.calendar().localDate(instant), now);
        }
        boolean open = setup.support().isOpen(instant);
        for (Specialist specialist : specialists) {
            boolean shouldWork = open && specialist.rostered;
            if (shouldWork && !specialist.onShift) {
                specialist.onShift = true;
                if (!specialist.isBusy()) {
                    specialist.idle = true;
                    idle.add(specialist);
                }
            } else if (!shouldWork && specialist.onShift) {
                specialist.onShift = false;
                if (specialist.idle) {
                    specialist.idle = false;
                    idle.remove(specialist);
                }
            }
        }
        run.staffingChanged(this);
        run.dispatchIdle();
        Optional<Instant> change = open ? setup.support().nextClosing(instant) : Optional.of(setup.support().nextOpening(instant));
        long next = Math.min(change.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE), nextDayStart);
        if (next < run.endMillis()) {
            simulation.schedule(next, this);
        }
    }

    private void startDay(LocalDate date, long now) {
        today = date;
        nextDayStart = setup.calendar().startOfDay(date.plusDays(1)).toEpochMilli();
        Instant dayStart = setup.calendar().startOfDay(date);
        boolean window = setup.periodEnds().isPeriodEnd(dayStart);
        if (window != inPeriodEnd) {
            inPeriodEnd = window;
            run.periodEndChanged(this, now);
        }
        // The most significant window staffs the day: a year end is also a quarter end and a month end.
        int headcount = setup.plan().specialists(setup.periodEnds().mostSignificant(dayStart));
        boolean businessDay = setup.support().isBusinessDay(date);
        double p = setup.plan().absence();
        for (Specialist specialist : specialists) {
            boolean rostered = specialist.index < headcount;
            if (businessDay && p > 0) {
                // Drawn whether or not they are rostered today: the draws stay aligned across plans.
                boolean present = absence[specialist.index].nextDouble() >= p;
                rostered = rostered && present;
            }
            specialist.rostered = rostered;
        }
        if (businessDay) {
            run.openChatterDay(this, dayStart, Instant.ofEpochMilli(nextDayStart));
        }
    }

    /** Recounts the specialists on shift or finishing a review. */
    void recountWorking() {
        int count = 0;
        for (Specialist specialist : specialists) {
            if (specialist.onShift || specialist.isBusy()) {
                count++;
            }
        }
        working = count;
    }

    RegionSnapshot snapshot() {
        return new RegionSnapshot(name, held.size(), queuedAttempts(), queuedCases, inReview, busy, working, inPeriodEnd);
    }
}

package io.stage7.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pins the kernel's behaviour with event logs, SimPy style: what fired, when, in which order. */
class SimulationTest {

    private final List<String> log = new ArrayList<>();

    private Action logging(String name) {
        return sim -> log.add(sim.nowMillis() + " " + name);
    }

    @Test
    void eventsFireInTimeOrder() {
        Simulation sim = new Simulation();
        sim.schedule(30, logging("c"));
        sim.schedule(10, logging("a"));
        sim.schedule(20, logging("b"));
        assertEquals(3, sim.runUntilEmpty());
        assertEquals(List.of("10 a", "20 b", "30 c"), log);
        assertEquals(30, sim.nowMillis());
        assertEquals(3, sim.eventsFired());
    }

    @Test
    void eventsAtTheSameTimeFireInTheOrderTheyWereScheduled() {
        Simulation sim = new Simulation();
        for (String name : List.of("first", "second", "third", "fourth", "fifth", "sixth")) {
            sim.schedule(5, logging(name));
        }
        sim.schedule(4, logging("earlier"));
        sim.runUntilEmpty();
        assertEquals(List.of("4 earlier", "5 first", "5 second", "5 third", "5 fourth", "5 fifth", "5 sixth"), log);
    }

    @Test
    void anEventScheduledForNowByAnActionFiresAfterThoseAlreadyDueNow() {
        Simulation sim = new Simulation();
        sim.schedule(1, s -> {
            log.add(s.nowMillis() + " a");
            s.scheduleAfter(0, logging("a's follow-up"));
        });
        sim.schedule(1, logging("b"));
        sim.runUntilEmpty();
        assertEquals(List.of("1 a", "1 b", "1 a's follow-up"), log);
    }

    @Test
    void actionsScheduleFurtherEvents() {
        Simulation sim = new Simulation(Instant.parse("2025-03-31T08:00:00Z"));
        Action tick = new Action() {
            int ticks;

            @Override
            public void fire(Simulation s) {
                log.add(s.now() + " tick " + ++ticks);
                if (ticks < 3) {
                    s.scheduleAfter(Duration.ofMinutes(30), this);
                }
            }
        };
        sim.scheduleAfter(Duration.ofHours(1), tick);
        sim.runUntilEmpty();
        assertEquals(List.of(
                "2025-03-31T09:00:00Z tick 1",
                "2025-03-31T09:30:00Z tick 2",
                "2025-03-31T10:00:00Z tick 3"), log);
    }

    @Test
    void runUntilFiresEventsStrictlyBeforeTheLimitAndLeavesTheRestPending() {
        Simulation sim = new Simulation();
        sim.schedule(10, logging("a"));
        sim.schedule(20, logging("at the limit"));
        sim.schedule(30, logging("later"));
        assertEquals(1, sim.run(20));
        assertEquals(List.of("10 a"), log);
        assertEquals(20, sim.nowMillis());
        assertEquals(2, sim.pendingEvents());
        assertEquals(OptionalLong.of(20), sim.nextEventMillis());

        assertEquals(2, sim.run(100));
        assertEquals(List.of("10 a", "20 at the limit", "30 later"), log);
        assertEquals(100, sim.nowMillis());
        assertEquals(OptionalLong.empty(), sim.nextEventMillis());
    }

    @Test
    void runUntilAdvancesTheClockEvenWithNothingToDo() {
        Simulation sim = new Simulation(1_000);
        assertEquals(0, sim.run(Instant.ofEpochMilli(5_000)));
        assertEquals(Instant.ofEpochMilli(5_000), sim.now());
    }

    @Test
    void cancelledEventsDoNotFire() {
        Simulation sim = new Simulation();
        sim.schedule(10, logging("a"));
        long b = sim.schedule(20, logging("b"));
        sim.schedule(30, logging("c"));
        assertTrue(sim.isPending(b));
        assertTrue(sim.cancel(b));
        assertFalse(sim.isPending(b));
        assertFalse(sim.cancel(b), "cancelling twice");
        assertEquals(2, sim.pendingEvents());
        sim.runUntilEmpty();
        assertEquals(List.of("10 a", "30 c"), log);
    }

    @Test
    void anActionCanCancelAnotherPendingEvent() {
        Simulation sim = new Simulation();
        long[] timeout = new long[1];
        sim.schedule(5, s -> {
            log.add(s.nowMillis() + " reply arrives, timeout cancelled: " + s.cancel(timeout[0]));
        });
        timeout[0] = sim.schedule(10, logging("timeout"));
        sim.runUntilEmpty();
        assertEquals(List.of("5 reply arrives, timeout cancelled: true"), log);
    }

    @Test
    void aHandleGoesStaleWhenItsEventFiresEvenIfTheSlotIsReused() {
        Simulation sim = new Simulation();
        long first = sim.schedule(1, logging("first"));
        sim.runUntilEmpty();
        assertFalse(sim.isPending(first));
        long second = sim.schedule(2, logging("second"));
        assertFalse(sim.cancel(first), "a stale handle must not cancel the event now using its slot");
        assertTrue(sim.isPending(second));
        assertFalse(sim.cancel(-1L), "never issued");
        assertFalse(sim.cancel(12345L), "never issued");
        sim.runUntilEmpty();
        assertEquals(List.of("1 first", "2 second"), log);
    }

    @Test
    void anEventCancelledFromItsOwnActionIsNoLongerPending() {
        Simulation sim = new Simulation();
        long[] self = new long[1];
        self[0] = sim.schedule(1, s -> log.add("cancel self: " + s.cancel(self[0])));
        sim.runUntilEmpty();
        assertEquals(List.of("cancel self: false"), log);
    }

    @Test
    void schedulingInThePastIsRejectedWithTheTimes() {
        Simulation sim = new Simulation(Instant.parse("2025-01-01T00:00:00Z"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.schedule(Instant.parse("2024-12-31T23:59:59Z"), logging("x")));
        assertEquals("cannot schedule an event at 2024-12-31T23:59:59Z (1735689599000 ms), before the current "
                + "simulation time 2025-01-01T00:00:00Z (1735689600000 ms)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAfter(-1, logging("x")));
        assertThrows(IllegalArgumentException.class, () -> sim.run(0));
        assertEquals(0, sim.pendingEvents());
    }

    @Test
    void anActionCannotRunTheSimulation() {
        Simulation sim = new Simulation();
        sim.schedule(1, Simulation::step);
        IllegalStateException e = assertThrows(IllegalStateException.class, sim::runUntilEmpty);
        assertEquals("the simulation is already running: an action may schedule events, not run them", e.getMessage());
        sim.schedule(2, logging("after the failed action"));
        sim.runUntilEmpty();
        assertEquals(List.of("2 after the failed action"), log);
    }

    @Test
    void stopEndsTheRunAfterTheCurrentAction() {
        Simulation sim = new Simulation();
        sim.schedule(1, logging("a"));
        sim.schedule(2, s -> {
            log.add(s.nowMillis() + " stop");
            s.stop();
        });
        sim.schedule(3, logging("c"));
        assertEquals(2, sim.run(100));
        assertEquals(2, sim.nowMillis(), "a stopped run leaves the clock at the stopping event");
        assertEquals(1, sim.pendingEvents());
        assertEquals(1, sim.run(100));
        assertEquals(List.of("1 a", "2 stop", "3 c"), log);
        assertThrows(IllegalStateException.class, sim::stop);
    }

    @Test
    void stepFiresOneEventAtATime() {
        Simulation sim = new Simulation();
        sim.schedule(7, logging("a"));
        sim.schedule(7, logging("b"));
        assertTrue(sim.step());
        assertEquals(List.of("7 a"), log);
        assertTrue(sim.step());
        assertFalse(sim.step());
        assertEquals(List.of("7 a", "7 b"), log);
    }

    @Test
    void anExceptionFromAnActionPropagatesAndLeavesTheSimulationUsable() {
        Simulation sim = new Simulation();
        sim.schedule(1, s -> {
            throw new IllegalStateException("model bug");
        });
        sim.schedule(2, logging("next"));
        assertThrows(IllegalStateException.class, sim::runUntilEmpty);
        assertEquals(1, sim.nowMillis());
        sim.runUntilEmpty();
        assertEquals(List.of("2 next"), log);
    }

    @Test
    void manyEventsWithCancellationsFireInTheSameOrderAsASortedReference() {
        // Against a plain sort of (time, sequence): random times with many ties, random cancels,
        // across several growths of the heap.
        Simulation sim = new Simulation();
        Random random = new Random(42);
        List<long[]> expected = new ArrayList<>();
        List<Long> handles = new ArrayList<>();
        List<long[]> fired = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            long time = random.nextInt(500);
            long id = i;
            handles.add(sim.schedule(time, s -> fired.add(new long[] {s.nowMillis(), id})));
            expected.add(new long[] {time, id});
        }
        for (int i = 0; i < 5_000; i += 3) {
            assertTrue(sim.cancel(handles.get(i)));
        }
        expected.removeIf(e -> e[1] % 3 == 0);
        expected.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        sim.runUntilEmpty();
        assertEquals(expected.size(), fired.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i)[0], fired.get(i)[0], "time of event " + i);
            assertEquals(expected.get(i)[1], fired.get(i)[1], "identity of event " + i);
        }
    }

    @Test
    void pendingEventsTrackWorkInFlightNotHistory() {
        Simulation sim = new Simulation();
        long result = HoldModel.run(100, 100_000, 7);
        assertTrue(result > 0);
        // The same hold model, observed: the queue never holds more than its population.
        Action hold = new Action() {
            int remaining = 10_000;

            @Override
            public void fire(Simulation s) {
                if (--remaining > 0) {
                    s.scheduleAfter(1 + remaining % 17, this);
                }
                assertTrue(s.pendingEvents() <= 100);
            }
        };
        for (int i = 0; i < 100; i++) {
            sim.scheduleAfter(i, hold);
        }
        sim.runUntilEmpty();
        assertEquals(0, sim.pendingEvents());
    }

    @Test
    void interleavedSchedulesCancelsAndRunsAgreeWithASortedReference() {
        agreesWithASortedReference(new Simulation(), Workload.FEW_PENDING, 2026);
    }

    @Test
    void renumberingSequencesKeepsTheOrderOfTies() {
        // A sequence limit just above the pending limit makes the kernel renumber its pending
        // events every few dozen schedules; the order of ties must survive every renumbering.
        agreesWithASortedReference(new Simulation(0, 400, 401), Workload.FEW_PENDING, 7);
        agreesWithASortedReference(new Simulation(0, 400, 401), Workload.FEW_PENDING, 8);
        // The same with most events in the overflow.
        agreesWithASortedReference(new Simulation(0, 400, 401, 8), Workload.FEW_PENDING, 9);
    }

    @Test
    void theOverflowTierAgreesWithASortedReference() {
        // A low threshold puts the overflow to work with a few dozen events pending: refills and
        // spills every few rounds, events years ahead, bursts at one instant, cancels in both tiers.
        for (int threshold : new int[] {2, 16, 100}) {
            agreesWithASortedReference(new Simulation(0, Simulation.MAX_PENDING, Simulation.SEQUENCE_LIMIT, threshold),
                    Workload.FEW_PENDING_FAR_AND_TIED, threshold);
        }
    }

    @Test
    void manyPendingEventsAgreeWithASortedReference() {
        // The default threshold with 20,000 events pending: the overflow holds most of them.
        agreesWithASortedReference(new Simulation(), Workload.MANY_PENDING_FAR_AND_TIED, 2027);
    }

    @Test
    void manyBucketsAgreeWithASortedReference() {
        // Thousands pending with a low threshold: buckets split into buckets several levels deep,
        // events scheduled into existing buckets, cancels from buckets, and many ties, so split
        // times and run limits fall on instants that several events share.
        for (int threshold : new int[] {2, 8, 64}) {
            Simulation sim = new Simulation(0, Simulation.MAX_PENDING, Simulation.SEQUENCE_LIMIT, threshold);
            int mostBuckets = agreesWithASortedReference(sim, Workload.MANY_PENDING_IN_BUCKETS, threshold);
            assertTrue(mostBuckets >= 20, "buckets in use: " + mostBuckets);
        }
        Simulation tied = new Simulation(0, Simulation.MAX_PENDING, Simulation.SEQUENCE_LIMIT, 8);
        assertTrue(agreesWithASortedReference(tied, Workload.MANY_PENDING_TIED, 3) >= 20);
        // Renumbering with events in many buckets.
        Simulation renumbering = new Simulation(0, 6_000, 6_001, 8);
        agreesWithASortedReference(renumbering, Workload.MANY_PENDING_IN_BUCKETS, 11);
    }

    @Test
    void bucketsEmptiedByCancelsDoNotPileUp() {
        // Each round schedules events before the last round's, below the heap limit, so the heap
        // spills them into new buckets, and cancels all but one: the buckets between the one kept
        // and the last round's are left empty. They must not accumulate, whatever the rounds.
        Simulation sim = new Simulation(0, Simulation.MAX_PENDING, Simulation.SEQUENCE_LIMIT, 2);
        List<Long> fired = new ArrayList<>();
        Random random = new Random(5);
        List<Long> handles = new ArrayList<>();
        int mostBuckets = 0;
        for (int round = 0; round < 2_000; round++) {
            long start = 10_000_000L - 1_000L * round;
            for (int i = 0; i < 100; i++) {
                handles.add(sim.schedule(start + random.nextInt(1_000), s -> fired.add(0L)));
            }
            long keptTime = start + random.nextInt(1_000);
            long kept = round;
            sim.schedule(keptTime, s -> fired.add(keptTime << 20 | kept));
            for (long handle : handles) {
                assertTrue(sim.cancel(handle));
            }
            handles.clear();
            mostBuckets = Math.max(mostBuckets, sim.bucketCount());
            assertTrue(sim.bucketCount() <= 2 * (sim.pendingEvents() + 64), "buckets: " + sim.bucketCount());
        }
        assertTrue(mostBuckets >= 100, "buckets in use: " + mostBuckets);
        sim.runUntilEmpty();
        assertEquals(2_000, fired.size());
        List<Long> sorted = new ArrayList<>(fired);
        sorted.sort(null);
        assertEquals(sorted, fired);
    }

    /**
     * How the randomized reference test drives a simulation: events scheduled up front, then
     * rounds of up to {@code maxSchedules} schedules up to {@code spread} ms ahead, up to ten
     * cancels and a run up to {@code maxRun} ms on. With {@code farAndTied}, one event in fifty is
     * due years ahead, one schedule in twenty is a burst of twenty events at one instant, and one
     * run in four ends at, or just after, a pending event's time.
     */
    private record Workload(int prefill, int rounds, int maxSchedules, int spread, int maxRun, boolean farAndTied) {
        static final Workload FEW_PENDING = new Workload(0, 400, 30, 200, 120, false);
        static final Workload FEW_PENDING_FAR_AND_TIED = new Workload(0, 400, 30, 200, 120, true);
        static final Workload MANY_PENDING_FAR_AND_TIED = new Workload(20_000, 300, 300, 100_000, 1_500, true);
        static final Workload MANY_PENDING_IN_BUCKETS = new Workload(3_000, 300, 60, 20_000, 400, true);
        static final Workload MANY_PENDING_TIED = new Workload(3_000, 300, 60, 300, 20, true);
    }

    /**
     * Random rounds of schedules (with many ties), cancels and runs, checked after every round
     * against a sorted map of (time, id): pending count, next event time and what fired, in order.
     *
     * @return the most buckets the simulation had after a round, to show which structure was tested
     */
    private static int agreesWithASortedReference(Simulation sim, Workload workload, long seed) {
        Random random = new Random(seed);
        java.util.TreeMap<Long, Long> reference = new java.util.TreeMap<>(); // (time << 20 | id) -> handle
        List<Long> fired = new ArrayList<>();
        int mostBuckets = 0;
        long[] nextId = {0};
        java.util.function.LongConsumer schedule = time -> {
            long id = nextId[0]++;
            long handle = sim.schedule(time, s -> fired.add(id));
            reference.put((time << 20) | id, handle);
        };
        for (int i = 0; i < workload.prefill(); i++) {
            schedule.accept(sim.nowMillis() + random.nextInt(workload.spread()));
        }
        for (int round = 0; round < workload.rounds(); round++) {
            for (int i = random.nextInt(workload.maxSchedules()); i > 0; i--) {
                long time = sim.nowMillis() + random.nextInt(workload.spread());
                int kind = workload.farAndTied() ? random.nextInt(100) : 99;
                if (kind < 2) {
                    schedule.accept(time + (1 + random.nextInt(5)) * 365L * 86_400_000);
                } else if (kind < 7) {
                    for (int j = 0; j < 20; j++) {
                        schedule.accept(time);
                    }
                } else {
                    schedule.accept(time);
                }
            }
            for (int i = random.nextInt(10); i > 0 && !reference.isEmpty(); i--) {
                Long key = reference.keySet().stream().skip(random.nextInt(reference.size())).findFirst().orElseThrow();
                long handle = reference.remove(key);
                assertTrue(sim.cancel(handle));
                assertFalse(sim.cancel(handle), "a second cancel of the same handle");
                assertFalse(sim.isPending(handle));
            }
            assertEquals(reference.size(), sim.pendingEvents());
            mostBuckets = Math.max(mostBuckets, sim.bucketCount());
            assertEquals(reference.isEmpty() ? OptionalLong.empty() : OptionalLong.of(reference.firstKey() >> 20),
                    sim.nextEventMillis());
            for (long handle : reference.values()) {
                assertTrue(sim.isPending(handle));
            }
            long until = sim.nowMillis() + random.nextInt(workload.maxRun());
            if (workload.farAndTied() && !reference.isEmpty() && random.nextInt(4) == 0) {
                // At a pending event's time: the tier limit is always one, so runs end on it.
                Long key = reference.ceilingKey(((until + random.nextInt(workload.spread())) << 20));
                until = (key == null ? reference.lastKey() : key) >> 20;
                until += random.nextInt(2);
            }
            List<Long> due = new ArrayList<>();
            while (!reference.isEmpty() && (reference.firstKey() >> 20) < until) {
                due.add(reference.pollFirstEntry().getKey() & ((1L << 20) - 1));
            }
            fired.clear();
            sim.run(until);
            assertEquals(due, fired, "round " + round);
        }
        // And the rest, to the end, overflow included.
        List<Long> rest = new ArrayList<>();
        reference.keySet().forEach(key -> rest.add(key & ((1L << 20) - 1)));
        fired.clear();
        sim.runUntilEmpty();
        assertEquals(rest, fired, "the events left at the end");
        assertEquals(0, sim.pendingEvents());
        return mostBuckets;
    }

    @Test
    void aLargeMixedModelFiresInTheSameSequenceAsTheHeapOnlyKernel() {
        // 20,000 events pending: exponential holds, bursts at one instant, events years ahead,
        // cancels and runs to fixed limits. The hash of what fired (each event's id and time, in
        // order) was recorded with the heap-only kernel (main at 44928c1) before the overflow tier
        // was added.
        Simulation sim = new Simulation();
        MixedModel model = new MixedModel(new Random(20260101));
        for (int i = 0; i < 20_000; i++) {
            model.add(sim, model.random.nextInt(3) == 0 ? 0 : model.random.nextInt(36_000_000));
        }
        for (long until = 3_600_000; until <= 50 * 3_600_000L; until += 3_600_000) {
            sim.run(until);
            model.hash = 31 * model.hash + sim.pendingEvents();
        }
        assertEquals(912_278, sim.eventsFired());
        assertEquals(8_004_340_934_580_423_503L, model.hash);
    }

    /** Events that each schedule about one successor, hashing the order in which they fire. */
    private static final class MixedModel {
        final Random random;
        final List<Long> handles = new ArrayList<>();
        long hash = 17;
        long nextId;

        MixedModel(Random random) {
            this.random = random;
        }

        void add(Simulation sim, long time) {
            long id = nextId++;
            handles.add(sim.schedule(time, s -> fire(s, id)));
            if (handles.size() > 30_000) {
                handles.subList(0, 10_000).clear();
            }
        }

        private void fire(Simulation sim, long id) {
            hash = 31 * (31 * (31 * hash + id) + sim.nowMillis()) + sim.pendingEvents();
            long later = sim.nowMillis() + (long) (-3_600_000 * Math.log(1 - random.nextDouble()));
            switch (random.nextInt(50)) {
                case 0 -> {
                    for (int i = 0; i < 10; i++) {
                        add(sim, later);
                    }
                }
                case 1 -> add(sim, sim.nowMillis() + (later - sim.nowMillis()) * 10_000);
                case 2, 3 -> {
                    sim.cancel(handles.get(random.nextInt(handles.size())));
                    add(sim, later);
                }
                case 4, 5, 6, 7, 8, 9, 10 -> { }
                default -> add(sim, later);
            }
        }
    }

    @Test
    void tiesStayFirstScheduledFirstFiredAfterManyCancels() {
        // 3,000 events at three instants; every second one cancelled, then as many again: the
        // survivors of each instant fire in the order they were scheduled.
        Simulation sim = new Simulation();
        List<Integer> fired = new ArrayList<>();
        List<Long> handles = new ArrayList<>();
        for (int id = 0; id < 3_000; id++) {
            int event = id;
            handles.add(sim.schedule(10 * (id % 3), s -> fired.add(event)));
        }
        for (int id = 1; id < 3_000; id += 2) {
            assertTrue(sim.cancel(handles.get(id)));
        }
        for (int id = 3_000; id < 6_000; id++) {
            int event = id;
            sim.schedule(10 * (id % 3), s -> fired.add(event));
        }
        sim.runUntilEmpty();
        List<Integer> expected = new ArrayList<>();
        for (int instant = 0; instant < 3; instant++) {
            for (int id = instant; id < 6_000; id += 3) {
                if (id >= 3_000 || id % 2 == 0) {
                    expected.add(id);
                }
            }
        }
        assertEquals(expected, fired);
    }

    @Test
    void eventsAtTheEndOfTimeAndBeforeTheEpochFireInOrder() {
        Simulation sim = new Simulation(Long.MIN_VALUE + 1);
        sim.schedule(Long.MAX_VALUE, logging("last, first scheduled"));
        sim.schedule(-5, logging("before the epoch"));
        sim.schedule(Long.MAX_VALUE, logging("last, second scheduled"));
        sim.schedule(Long.MIN_VALUE + 1, logging("at the start"));
        for (int i = 0; i < 10; i++) {
            sim.schedule(Long.MAX_VALUE - 1, logging("just before the end " + i));
        }
        sim.runUntilEmpty();
        List<String> expected = new ArrayList<>(List.of((Long.MIN_VALUE + 1) + " at the start", "-5 before the epoch"));
        for (int i = 0; i < 10; i++) {
            expected.add((Long.MAX_VALUE - 1) + " just before the end " + i);
        }
        expected.add(Long.MAX_VALUE + " last, first scheduled");
        expected.add(Long.MAX_VALUE + " last, second scheduled");
        assertEquals(expected, log);
    }

    @Test
    void schedulingPastThePendingLimitIsRejectedAndLeavesTheSimulationUsable() {
        Simulation sim = new Simulation(0, 100, 1_000);
        for (int i = 0; i < 100; i++) {
            sim.schedule(i, logging("e" + i));
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sim.schedule(5, logging("one too many")));
        assertEquals("cannot schedule more than 100 pending events; the model is leaking events or needs a larger kernel",
                e.getMessage());
        assertEquals(100, sim.pendingEvents());
        assertTrue(sim.step());
        sim.schedule(200, logging("after one fired"));
        assertEquals(100, sim.runUntilEmpty());
        assertEquals("200 after one fired", log.get(log.size() - 1));
    }

    @Test
    void limitsMustLeaveRoomToRenumber() {
        assertThrows(IllegalArgumentException.class, () -> new Simulation(0, 100, 100));
        assertThrows(IllegalArgumentException.class, () -> new Simulation(0, Simulation.MAX_PENDING + 1, Long.MAX_VALUE));
    }
}

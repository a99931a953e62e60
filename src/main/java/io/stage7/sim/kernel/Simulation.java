package io.stage7.sim.kernel;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A discrete-event simulation: a clock and the events pending on it.
 *
 * <p>Events fire in order of (time, sequence number); the sequence number is the order in which
 * they were scheduled, so events due at the same instant fire first-scheduled, first-fired and a
 * run is reproducible. Time is a {@code long} of milliseconds since the epoch; {@link #now()} is
 * the {@link Instant} view for calendars and reports.
 *
 * <p>Scheduling returns a handle, a {@code long}, that {@link #cancel(long)} and
 * {@link #isPending(long)} accept. A handle stays valid until its event fires or is cancelled;
 * after that it is stale and those methods answer {@code false}. (Handles encode a slot and a
 * 32-bit reuse count of that slot, so a handle kept across four billion reuses of one slot could
 * alias a newer event; no model keeps handles that long.)
 *
 * <p>Implementation: a 4-ary min-heap over parallel primitive arrays (time, sequence, slot) and a
 * slot table (action, heap position, reuse count) with a free list. Scheduling, firing and
 * cancelling are O(log n) in the number of pending events, allocate nothing once the arrays have
 * grown to the model's peak number of pending events, and memory is proportional to that peak,
 * not to the horizon. Not thread-safe: one simulation is driven by one thread.
 */
public final class Simulation {

    private static final int INITIAL_CAPACITY = 64;
    /** Keeps {@code 4 * position + 4} inside an int. */
    private static final int MAX_CAPACITY = 1 << 29;

    private long now;
    private long nextSequence;
    private long eventsFired;

    // The heap, in heap order: entry i is (times[i], sequences[i]) and belongs to slots[i].
    private long[] times;
    private long[] sequences;
    private int[] slots;
    private int size;

    // The slot table: what a pending event does and where it sits in the heap.
    private Action[] actions;
    private int[] positions;
    private int[] generations;
    private int[] freeSlots;
    private int freeCount;
    private int slotsAllocated;

    private boolean running;
    private boolean stopRequested;

    /** A simulation whose clock starts at the epoch (time 0). */
    public Simulation() {
        this(0L);
    }

    /** A simulation whose clock starts at {@code start}. */
    public Simulation(Instant start) {
        this(start.toEpochMilli());
    }

    /** A simulation whose clock starts at {@code startMillis} milliseconds since the epoch. */
    public Simulation(long startMillis) {
        now = startMillis;
        times = new long[INITIAL_CAPACITY];
        sequences = new long[INITIAL_CAPACITY];
        slots = new int[INITIAL_CAPACITY];
        actions = new Action[INITIAL_CAPACITY];
        positions = new int[INITIAL_CAPACITY];
        generations = new int[INITIAL_CAPACITY];
        freeSlots = new int[INITIAL_CAPACITY];
    }

    /** The current time in milliseconds since the epoch. */
    public long nowMillis() {
        return now;
    }

    /** The current time. */
    public Instant now() {
        return Instant.ofEpochMilli(now);
    }

    /** How many events have fired since the simulation was created. */
    public long eventsFired() {
        return eventsFired;
    }

    /** How many events are scheduled and not yet fired or cancelled. */
    public int pendingEvents() {
        return size;
    }

    /** The time of the next event to fire, in epoch milliseconds, or empty if none is pending. */
    public OptionalLong nextEventMillis() {
        return size == 0 ? OptionalLong.empty() : OptionalLong.of(times[0]);
    }

    /**
     * Schedules {@code action} to fire at {@code atMillis} (epoch milliseconds).
     *
     * @return a handle for {@link #cancel(long)}
     * @throws IllegalArgumentException if {@code atMillis} is before the current time: scheduling
     *     in the past is a bug in the model
     */
    public long schedule(long atMillis, Action action) {
        Objects.requireNonNull(action, "action");
        if (atMillis < now) {
            throw new IllegalArgumentException("cannot schedule an event at " + describe(atMillis)
                    + ", before the current simulation time " + describe(now));
        }
        if (size == times.length) {
            grow();
        }
        int slot = freeCount > 0 ? freeSlots[--freeCount] : slotsAllocated++;
        actions[slot] = action;
        siftUp(size++, atMillis, nextSequence++, slot);
        return ((long) generations[slot] << 32) | slot;
    }

    /** Schedules {@code action} to fire at {@code at}; see {@link #schedule(long, Action)}. */
    public long schedule(Instant at, Action action) {
        return schedule(at.toEpochMilli(), action);
    }

    /**
     * Schedules {@code action} to fire {@code delayMillis} milliseconds from now.
     *
     * @throws IllegalArgumentException if the delay is negative
     */
    public long scheduleAfter(long delayMillis, Action action) {
        if (delayMillis < 0) {
            throw new IllegalArgumentException(
                    "cannot schedule an event " + delayMillis + " ms in the past (negative delay)");
        }
        return schedule(Math.addExact(now, delayMillis), action);
    }

    /** Schedules {@code action} to fire {@code delay} from now; see {@link #scheduleAfter(long, Action)}. */
    public long scheduleAfter(Duration delay, Action action) {
        return scheduleAfter(delay.toMillis(), action);
    }

    /**
     * Cancels a pending event.
     *
     * @return true if the event was pending and is now cancelled; false if it has already fired,
     *     was already cancelled, or the handle never came from this simulation
     */
    public boolean cancel(long handle) {
        int slot = pendingSlot(handle);
        if (slot < 0) {
            return false;
        }
        removeAt(positions[slot]);
        release(slot);
        return true;
    }

    /** Whether the event behind {@code handle} is still waiting to fire. */
    public boolean isPending(long handle) {
        return pendingSlot(handle) >= 0;
    }

    /**
     * Fires the next event, if any.
     *
     * @return false if no event was pending
     * @throws IllegalStateException if called from inside an action
     */
    public boolean step() {
        enter();
        try {
            if (size == 0) {
                return false;
            }
            fireNext();
            return true;
        } finally {
            running = false;
        }
    }

    /**
     * Fires every event due strictly before {@code untilMillis}, then sets the clock to
     * {@code untilMillis}; events due at or after it stay pending, so consecutive runs cover
     * consecutive half-open intervals. If an action calls {@link #stop()}, the run returns after
     * that action and the clock stays at its time.
     *
     * @return how many events fired
     * @throws IllegalArgumentException if {@code untilMillis} is before the current time
     * @throws IllegalStateException if called from inside an action
     */
    public long run(long untilMillis) {
        if (untilMillis < now) {
            throw new IllegalArgumentException("cannot run until " + describe(untilMillis)
                    + ", before the current simulation time " + describe(now));
        }
        enter();
        long fired = 0;
        try {
            while (size > 0 && times[0] < untilMillis) {
                fireNext();
                fired++;
                if (stopRequested) {
                    return fired;
                }
            }
            now = untilMillis;
            return fired;
        } finally {
            running = false;
        }
    }

    /** Runs until {@code until}; see {@link #run(long)}. */
    public long run(Instant until) {
        return run(until.toEpochMilli());
    }

    /**
     * Fires events until none is pending or an action calls {@link #stop()}. The clock is left at
     * the time of the last event. A model that keeps generating events never returns from this;
     * use {@link #run(long)} for those.
     *
     * @return how many events fired
     * @throws IllegalStateException if called from inside an action
     */
    public long runUntilEmpty() {
        enter();
        long fired = 0;
        try {
            while (size > 0) {
                fireNext();
                fired++;
                if (stopRequested) {
                    break;
                }
            }
            return fired;
        } finally {
            running = false;
        }
    }

    /**
     * Asks the current {@link #run(long)} or {@link #runUntilEmpty()} to return once the firing
     * action has finished. Pending events stay pending.
     *
     * @throws IllegalStateException if no run is in progress
     */
    public void stop() {
        if (!running) {
            throw new IllegalStateException("stop() is for actions; no run is in progress");
        }
        stopRequested = true;
    }

    @Override
    public String toString() {
        return "Simulation[now=" + describe(now) + ", pending=" + size + ", fired=" + eventsFired + "]";
    }

    private void enter() {
        if (running) {
            throw new IllegalStateException(
                    "the simulation is already running: an action may schedule events, not run them");
        }
        running = true;
        stopRequested = false;
    }

    private void fireNext() {
        long time = times[0];
        int slot = slots[0];
        Action action = actions[slot];
        removeAt(0);
        release(slot);
        now = time;
        eventsFired++;
        action.fire(this);
    }

    private int pendingSlot(long handle) {
        int slot = (int) handle;
        if (slot < 0 || slot >= slotsAllocated) {
            return -1;
        }
        boolean pending = generations[slot] == (int) (handle >>> 32) && actions[slot] != null;
        return pending ? slot : -1;
    }

    private void release(int slot) {
        actions[slot] = null;
        generations[slot]++;
        freeSlots[freeCount++] = slot;
    }

    /** Removes the heap entry at {@code position}, refilling the hole with the last entry. */
    private void removeAt(int position) {
        int last = --size;
        if (position == last) {
            return;
        }
        long time = times[last];
        long sequence = sequences[last];
        int slot = slots[last];
        if (position > 0 && before(time, sequence, (position - 1) >>> 2)) {
            siftUp(position, time, sequence, slot);
        } else {
            siftDown(position, time, sequence, slot);
        }
    }

    /** Whether (time, sequence) orders before the heap entry at {@code position}. */
    private boolean before(long time, long sequence, int position) {
        long other = times[position];
        return time < other || (time == other && sequence < sequences[position]);
    }

    private void siftUp(int position, long time, long sequence, int slot) {
        while (position > 0) {
            int parent = (position - 1) >>> 2;
            if (!before(time, sequence, parent)) {
                break;
            }
            move(parent, position);
            position = parent;
        }
        place(position, time, sequence, slot);
    }

    private void siftDown(int position, long time, long sequence, int slot) {
        int n = size;
        while (true) {
            int first = (position << 2) + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bestTime = times[first];
            long bestSequence = sequences[first];
            int end = Math.min(first + 4, n);
            for (int child = first + 1; child < end; child++) {
                long childTime = times[child];
                if (childTime < bestTime || (childTime == bestTime && sequences[child] < bestSequence)) {
                    best = child;
                    bestTime = childTime;
                    bestSequence = sequences[child];
                }
            }
            if (time < bestTime || (time == bestTime && sequence < bestSequence)) {
                break;
            }
            move(best, position);
            position = best;
        }
        place(position, time, sequence, slot);
    }

    private void move(int from, int to) {
        int slot = slots[from];
        times[to] = times[from];
        sequences[to] = sequences[from];
        slots[to] = slot;
        positions[slot] = to;
    }

    private void place(int position, long time, long sequence, int slot) {
        times[position] = time;
        sequences[position] = sequence;
        slots[position] = slot;
        positions[slot] = position;
    }

    private void grow() {
        int capacity = times.length;
        if (capacity >= MAX_CAPACITY) {
            throw new IllegalStateException("more than " + MAX_CAPACITY + " events pending");
        }
        int grown = Math.min(capacity * 2, MAX_CAPACITY);
        times = Arrays.copyOf(times, grown);
        sequences = Arrays.copyOf(sequences, grown);
        slots = Arrays.copyOf(slots, grown);
        actions = Arrays.copyOf(actions, grown);
        positions = Arrays.copyOf(positions, grown);
        generations = Arrays.copyOf(generations, grown);
        freeSlots = Arrays.copyOf(freeSlots, grown);
    }

    private static String describe(long millis) {
        return Instant.ofEpochMilli(millis) + " (" + millis + " ms)";
    }
}

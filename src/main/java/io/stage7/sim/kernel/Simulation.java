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
 * <p>Implementation: two tiers and a slot table (action, position, reuse count) with a free list.
 * The near future is a 4-ary min-heap over two parallel {@code long} arrays, the times and the
 * "order words" (sequence number and slot packed into one long). With many events pending, the
 * far future, every event due after a limit, waits unsorted in an overflow (the idea of a ladder
 * queue's top rung); when the heap runs empty, the earliest few of the overflow's events (about a
 * sixteenth, found from a sample of their times) move into it. The heap stays small, so firing reads
 * less memory; each event is scanned a few times in the overflow, sequentially. Scheduling,
 * firing and cancelling cost O(log n) in the heap's size plus amortized O(1) in the overflow,
 * allocate nothing once the arrays have grown to the model's peak number of pending events, and
 * memory is proportional to that peak, not to the horizon. Below {@value #TIER_THRESHOLD} pending
 * events everything stays in the heap. At most 2^24 (16,777,216) events can be pending at once.
 * Not thread-safe: one simulation is driven by one thread.
 */
public final class Simulation {

    private static final int INITIAL_CAPACITY = 64;
    /** Low bits of an order word that hold the event's slot; the high bits hold its sequence. */
    private static final int SLOT_BITS = 24;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    /** The most events that can be pending at once: every slot number fits in {@link #SLOT_BITS}. */
    static final int MAX_PENDING = 1 << SLOT_BITS;
    /** Sequence numbers stay below this, so that an order word is a non-negative long. */
    static final long SEQUENCE_LIMIT = 1L << (Long.SIZE - 1 - SLOT_BITS);
    /**
     * Entries kept empty past the last one, so that the four children of any parent can be read
     * without checking how many of them exist.
     */
    private static final int PADDING = 4;
    /** Time and order word of an empty entry: orders after every real entry. */
    private static final long EMPTY = Long.MAX_VALUE;
    /**
     * Heap size at which the later events start going to the overflow; an overflow holding at most
     * half as many moves back into the heap whole.
     */
    static final int TIER_THRESHOLD = 512;
    /** A refill moves about 1/BATCH_DIVISOR of the overflow into the heap. */
    private static final int BATCH_DIVISOR = 16;
    /** Times sampled to estimate where a batch ends. */
    private static final int SAMPLE_SIZE = 64;

    private long now;
    private long nextSequence;
    private long eventsFired;

    // Limits: MAX_PENDING, SEQUENCE_LIMIT and TIER_THRESHOLD, lower only in tests.
    private final int maxPending;
    private final long sequenceLimit;
    private final int tierThreshold;
    private final int minimumBatch;

    // The heap, in heap order: entry i fires at times[i] and has the order word orders[i], which is
    // (sequence << SLOT_BITS | slot). Sequence numbers are unique, so comparing order words
    // compares sequence numbers: ties in time go to the first scheduled. The times are an array of
    // their own because sifting compares only them; entries from size on are EMPTY.
    private long[] times;
    private long[] orders;
    private int heapCapacity;
    private int size;

    // The overflow, in no order: the events due after heapLimit, while every heap event is due at
    // or before it. Which tier an event is in depends on its time alone, so events due at the same
    // instant are always in the same tier and the heap's minimum is the earliest pending event.
    // The heap is empty only if the overflow is too: removing the heap's last event refills it.
    private long[] overflowTimes;
    private long[] overflowOrders;
    private int overflowSize;
    private long heapLimit = Long.MAX_VALUE;
    /** Heap size at which the heap sends its later events to the overflow. */
    private int spillAt;
    private final long[] sample = new long[SAMPLE_SIZE];

    // The slot table: what a pending event does and where it sits: a heap position, or ~index
    // (negative) in the overflow.
    private int capacity;
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
        this(startMillis, MAX_PENDING, SEQUENCE_LIMIT);
    }

    /**
     * A simulation with lower limits, so that tests can reach them. Renumbering needs room for
     * every pending event below the sequence limit, hence {@code maxPending < sequenceLimit}.
     */
    Simulation(long startMillis, int maxPending, long sequenceLimit) {
        this(startMillis, maxPending, sequenceLimit, TIER_THRESHOLD);
    }

    /** A simulation that starts using the overflow at {@code tierThreshold} pending events. */
    Simulation(long startMillis, int maxPending, long sequenceLimit, int tierThreshold) {
        if (maxPending < 1 || maxPending > MAX_PENDING || sequenceLimit <= maxPending
                || sequenceLimit > SEQUENCE_LIMIT || tierThreshold < 2) {
            throw new IllegalArgumentException("limits out of range: " + maxPending + " pending events, "
                    + sequenceLimit + " sequence numbers, overflow from " + tierThreshold + " events");
        }
        now = startMillis;
        this.maxPending = maxPending;
        this.sequenceLimit = sequenceLimit;
        this.tierThreshold = tierThreshold;
        minimumBatch = Math.max(1, tierThreshold / 32);
        spillAt = tierThreshold;
        capacity = Math.min(INITIAL_CAPACITY, maxPending);
        heapCapacity = capacity;
        times = new long[capacity + PADDING];
        orders = new long[capacity + PADDING];
        Arrays.fill(times, EMPTY);
        Arrays.fill(orders, EMPTY);
        overflowTimes = new long[0];
        overflowOrders = new long[0];
        actions = new Action[capacity];
        positions = new int[capacity];
        generations = new int[capacity];
        freeSlots = new int[capacity];
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
        return size + overflowSize;
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
     * @throws IllegalStateException if 2^24 (16,777,216) events are already pending
     */
    public long schedule(long atMillis, Action action) {
        Objects.requireNonNull(action, "action");
        if (atMillis < now) {
            throw new IllegalArgumentException("cannot schedule an event at " + describe(atMillis)
                    + ", before the current simulation time " + describe(now));
        }
        if (size + overflowSize == capacity) {
            growSlots();
        }
        if (nextSequence == sequenceLimit) {
            renumber();
        }
        int slot = freeCount > 0 ? freeSlots[--freeCount] : slotsAllocated++;
        actions[slot] = action;
        insert(atMillis, (nextSequence++ << SLOT_BITS) | slot);
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
        int position = positions[slot];
        if (position >= 0) {
            removeAt(position);
        } else {
            removeFromOverflow(~position);
        }
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
        return "Simulation[now=" + describe(now) + ", pending=" + pendingEvents() + ", fired=" + eventsFired + "]";
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
        int slot = (int) (orders[0] & SLOT_MASK);
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

    /** Puts a new event in its tier. */
    private void insert(long time, long order) {
        if (time > heapLimit) {
            appendToOverflow(time, order);
            return;
        }
        if (size >= spillAt) {
            spill();
            if (time > heapLimit) {
                appendToOverflow(time, order);
                return;
            }
        }
        if (size == heapCapacity) {
            growHeap();
        }
        siftUp(size++, time, order);
    }

    /**
     * Removes the heap entry at {@code position}, bottom-up (Floyd): the hole walks down to a leaf,
     * taking the smallest child at every level, and the last entry is sifted up from there. The
     * last entry nearly always belongs near the bottom, so this saves comparing it with a child
     * at every level on the way down, which a classic sift-down does. Removing the heap's last
     * event refills it from the overflow.
     */
    private void removeAt(int position) {
        int last = --size;
        long time = times[last];
        long order = orders[last];
        times[last] = EMPTY;
        orders[last] = EMPTY;
        if (position == last) {
            if (last == 0) {
                refill();
            }
            return;
        }
        int hole = position;
        for (int first = 4 * hole + 1; first < last; first = 4 * hole + 1) {
            int smallest = smallestOfFour(first);
            move(smallest, hole);
            hole = smallest;
        }
        siftUp(hole, time, order);
    }

    /**
     * The position of the earliest of the four entries from {@code first} (some may be EMPTY).
     *
     * <p>Which child is earliest is a coin toss, so branching on each comparison mispredicts about
     * once per level. Written as a tournament of conditional expressions on the times alone, the
     * JIT compiles it to conditional moves (measurements in docs/benchmarks.md, kernel section). A
     * tie for the earliest time, which is rare, takes the slow path, which also compares order
     * words.
     */
    private int smallestOfFour(int first) {
        long[] t = times;
        long t0 = t[first];
        long t1 = t[first + 1];
        long t2 = t[first + 2];
        long t3 = t[first + 3];
        int left = t1 < t0 ? first + 1 : first;
        long leftTime = t1 < t0 ? t1 : t0;
        int right = t3 < t2 ? first + 3 : first + 2;
        long rightTime = t3 < t2 ? t3 : t2;
        // Only a tie for the earliest time needs the order words: a tie within the later pair, such
        // as two EMPTY entries at the end of the heap, does not change the answer.
        if ((t0 == t1 & leftTime < rightTime) | (t2 == t3 & rightTime < leftTime) | leftTime == rightTime) {
            return smallestOfFourWithTies(first);
        }
        return rightTime < leftTime ? right : left;
    }

    private int smallestOfFourWithTies(int first) {
        int smallest = first;
        for (int child = first + 1; child < first + 4; child++) {
            if (before(times[child], orders[child], smallest)) {
                smallest = child;
            }
        }
        return smallest;
    }

    /** Whether (time, order) orders before the heap entry at {@code position}. */
    private boolean before(long time, long order, int position) {
        long other = times[position];
        return time < other || (time == other && order < orders[position]);
    }

    private void siftUp(int position, long time, long order) {
        while (position > 0) {
            int parent = (position - 1) >>> 2;
            if (!before(time, order, parent)) {
                break;
            }
            move(parent, position);
            position = parent;
        }
        times[position] = time;
        orders[position] = order;
        positions[(int) (order & SLOT_MASK)] = position;
    }

    private void move(int from, int to) {
        long order = orders[from];
        times[to] = times[from];
        orders[to] = order;
        positions[(int) (order & SLOT_MASK)] = to;
    }

    private void appendToOverflow(long time, long order) {
        int index = overflowSize++;
        if (index == overflowTimes.length) {
            int grown = (int) Math.min(Math.max(INITIAL_CAPACITY, 2L * index), maxPending);
            overflowTimes = Arrays.copyOf(overflowTimes, grown);
            overflowOrders = Arrays.copyOf(overflowOrders, grown);
        }
        overflowTimes[index] = time;
        overflowOrders[index] = order;
        positions[(int) (order & SLOT_MASK)] = ~index;
    }

    /** Removes the overflow entry at {@code index}, moving the last entry into its place. */
    private void removeFromOverflow(int index) {
        int last = --overflowSize;
        if (index != last) {
            long order = overflowOrders[last];
            overflowTimes[index] = overflowTimes[last];
            overflowOrders[index] = order;
            positions[(int) (order & SLOT_MASK)] = ~index;
        }
    }

    /**
     * Moves the earliest events of the overflow into the empty heap: about a sixteenth of them, or
     * all of them once few are left (with none left, the next events all go to the heap). Every
     * event due at or before the new limit moves, in one pass, so each refill costs O(overflow
     * size) and moves a fixed share of it: O(1) per event.
     */
    private void refill() {
        int count = overflowSize;
        long limit = count <= tierThreshold / 2
                ? Long.MAX_VALUE
                : estimateTimeOfRank(overflowTimes, count, Math.max(minimumBatch, count / BATCH_DIVISOR));
        heapLimit = limit;
        int index = 0;
        while (index < overflowSize) {
            long time = overflowTimes[index];
            if (time <= limit) {
                if (size == heapCapacity) {
                    growHeap();
                }
                siftUp(size++, time, overflowOrders[index]);
                removeFromOverflow(index);
            } else {
                index++;
            }
        }
        spillAt = Math.max(tierThreshold, 2 * size);
    }

    /**
     * Sends the heap's later events to the overflow, keeping about a sixteenth of them: the heap has
     * grown to {@link #spillAt}, because the simulation has many events pending or because many
     * fell before the limit. If they all tie, none can move; the next spill waits until the heap
     * has doubled, so spilling costs O(1) per event.
     */
    private void spill() {
        long limit = estimateTimeOfRank(times, size, Math.max(minimumBatch, size / BATCH_DIVISOR));
        int kept = 0;
        for (int position = 0; position < size; position++) {
            long time = times[position];
            long order = orders[position];
            if (time <= limit) {
                times[kept] = time;
                orders[kept++] = order;
            } else {
                appendToOverflow(time, order);
            }
        }
        Arrays.fill(times, kept, size, EMPTY);
        Arrays.fill(orders, kept, size, EMPTY);
        // The kept entries, inserted one by one into a heap that grows from the front of the array.
        for (int position = 0; position < kept; position++) {
            siftUp(position, times[position], orders[position]);
        }
        size = kept;
        heapLimit = limit;
        spillAt = Math.max(tierThreshold, 2 * kept);
    }

    /**
     * An estimate of the time of the {@code rank}-th earliest of the first {@code count} entries of
     * {@code from}, from an evenly spaced sample: one of those times, so that at least one entry is
     * due at or before it, whatever the distribution.
     */
    private long estimateTimeOfRank(long[] from, int count, int rank) {
        int taken = Math.min(count, SAMPLE_SIZE);
        for (int i = 0; i < taken; i++) {
            sample[i] = from[(int) ((long) i * count / taken)];
        }
        Arrays.sort(sample, 0, taken);
        return sample[(int) Math.min(taken - 1, (long) rank * taken / count)];
    }

    private void growSlots() {
        if (capacity == maxPending) {
            throw new IllegalStateException("cannot schedule more than " + maxPending
                    + " pending events; the model is leaking events or needs a larger kernel");
        }
        int grown = (int) Math.min(2L * capacity, maxPending);
        actions = Arrays.copyOf(actions, grown);
        positions = Arrays.copyOf(positions, grown);
        generations = Arrays.copyOf(generations, grown);
        freeSlots = Arrays.copyOf(freeSlots, grown);
        capacity = grown;
    }

    private void growHeap() {
        int grown = (int) Math.min(2L * heapCapacity, maxPending);
        times = Arrays.copyOf(times, grown + PADDING);
        orders = Arrays.copyOf(orders, grown + PADDING);
        Arrays.fill(times, heapCapacity + PADDING, grown + PADDING, EMPTY);
        Arrays.fill(orders, heapCapacity + PADDING, grown + PADDING, EMPTY);
        heapCapacity = grown;
    }

    /**
     * Gives the pending events of both tiers the sequence numbers 0 to n - 1, keeping their
     * relative order, so that numbering can go on below the sequence limit. Every comparison
     * between pending events comes out as before, so the heap stays valid where it is. Runs once
     * per 2^39 events scheduled.
     */
    private void renumber() {
        long[] sorted = new long[size + overflowSize];
        System.arraycopy(orders, 0, sorted, 0, size);
        System.arraycopy(overflowOrders, 0, sorted, size, overflowSize);
        Arrays.sort(sorted);
        renumber(orders, size, sorted);
        renumber(overflowOrders, overflowSize, sorted);
        nextSequence = sorted.length;
    }

    private static void renumber(long[] orderWords, int count, long[] sorted) {
        for (int i = 0; i < count; i++) {
            long rank = Arrays.binarySearch(sorted, orderWords[i]);
            orderWords[i] = (rank << SLOT_BITS) | (orderWords[i] & SLOT_MASK);
        }
    }

    private static String describe(long millis) {
        return Instant.ofEpochMilli(millis) + " (" + millis + " ms)";
    }
}

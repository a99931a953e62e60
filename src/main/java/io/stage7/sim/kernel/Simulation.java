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
 * far future, every event due after a limit, waits in buckets, as in a ladder queue: a stack of
 * consecutive time ranges, the earliest on top, each holding its events unsorted in a linked list
 * through the slot table. An event due after the limit goes straight into its bucket (a binary
 * search over the buckets' limits). When the heap runs empty it takes in the top bucket; a bucket
 * much larger than about a sixty-fourth of the pending events is first split into buckets of
 * about that size at times taken from a sample, and a heap that grows too large splits the same
 * way. The heap stays small, so firing reads less memory, and an event moves between buckets a
 * few times at most. Scheduling, firing and cancelling cost O(log n) in the heap's size plus
 * amortized O(1) (and a binary search) in the buckets, allocate nothing once the arrays have
 * grown to the model's peak number of pending events, and memory is proportional to that peak,
 * not to the horizon. Below {@value #TIER_THRESHOLD} pending events everything stays in the
 * heap. At most 2^24 (16,777,216) events can be pending at once. Not thread-safe: one simulation
 * is driven by one thread.
 *
 * <p>Bounds on a run: {@link #limitEvents(long)} caps the events fired ({@link EventLimitExceeded}
 * past it), and a run checks every 65,536 events whether its thread was interrupted
 * ({@link RunInterrupted}), so that a cancelled replication stops within milliseconds.
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
    /** Heap size at which the later events start going to buckets. */
    static final int TIER_THRESHOLD = 512;
    /** The heap takes in about 1/BATCH_DIVISOR of the pending events at a time. */
    private static final int BATCH_DIVISOR = 64;
    /** Times sampled to choose where to split; also the most parts of one split. */
    private static final int SAMPLE_SIZE = 64;
    private static final int INITIAL_BUCKETS = 16;
    /** Marks a position as a bucket number rather than a heap position. */
    private static final int IN_BUCKET = Integer.MIN_VALUE;

    private long now;
    private long nextSequence;
    private long eventsFired;
    /** The most events a run may fire ({@link #limitEvents}); Long.MAX_VALUE: no limit. */
    private long eventLimit = Long.MAX_VALUE;

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

    // The buckets: a stack of time ranges after heapLimit, every heap event being due at or before
    // it. Bucket b holds, in no order, the events due in (bucketLimits[b + 1], bucketLimits[b]],
    // the top bucket (b = buckets - 1) those in (heapLimit, bucketLimits[b]]; the bottom bucket's
    // limit is Long.MAX_VALUE, so heapLimit is Long.MAX_VALUE exactly when there are no buckets.
    // Which tier and bucket an event is in depends on its time alone, so events due at the same
    // instant are always together and the heap's minimum is the earliest pending event. The heap
    // is empty only if the buckets are too: removing the heap's last event refills it. A bucket is
    // a doubly linked list through the slot table, so adding and cancelling cost O(1).
    private long[] bucketLimits = new long[INITIAL_BUCKETS];
    private int[] bucketHeads = new int[INITIAL_BUCKETS];
    private int[] bucketSizes = new int[INITIAL_BUCKETS];
    private int buckets;
    /** Events in all the buckets. */
    private int bucketed;
    private long heapLimit = Long.MAX_VALUE;
    /** Heap size at which the heap sends its later events to buckets. */
    private int spillAt;
    private final long[] sample = new long[SAMPLE_SIZE];
    private final long[] splits = new long[SAMPLE_SIZE];

    // The slot table: what a pending event does and where it sits: a heap position, or
    // IN_BUCKET | bucket (negative). An event in a bucket keeps its time and order word here too,
    // with its neighbours in the bucket's list (-1 for none).
    private int capacity;
    private Action[] actions;
    private int[] positions;
    private long[] slotTimes;
    private long[] slotOrders;
    private int[] nextInBucket;
    private int[] previousInBucket;
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

    /** A simulation that starts using buckets at {@code tierThreshold} pending events. */
    Simulation(long startMillis, int maxPending, long sequenceLimit, int tierThreshold) {
        if (maxPending < 1 || maxPending > MAX_PENDING || sequenceLimit <= maxPending
                || sequenceLimit > SEQUENCE_LIMIT || tierThreshold < 2) {
            throw new IllegalArgumentException("limits out of range: " + maxPending + " pending events, "
                    + sequenceLimit + " sequence numbers, buckets from " + tierThreshold + " events");
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
        actions = new Action[capacity];
        positions = new int[capacity];
        slotTimes = new long[capacity];
        slotOrders = new long[capacity];
        nextInBucket = new int[capacity];
        previousInBucket = new int[capacity];
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
        return size + bucketed;
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
        if (size + bucketed == capacity) {
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
            removeFromBucket(slot, position & ~IN_BUCKET);
        }
        release(slot);
        return true;
    }

    /** Whether the event behind {@code handle} is still waiting to fire. */
    public boolean isPending(long handle) {
        return pendingSlot(handle) >= 0;
    }

    /**
     * Limits the events this simulation may fire over its life to {@code maxEvents}: firing one
     * more throws {@link EventLimitExceeded} instead, the event still pending. A model whose input
     * could make it fire events without end (a loop of events that each schedule the next a
     * moment later) sets it, so that no input runs past a known amount of time and memory.
     *
     * @throws IllegalArgumentException if {@code maxEvents} is not positive
     */
    public void limitEvents(long maxEvents) {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("the event limit must be positive, got " + maxEvents);
        }
        eventLimit = maxEvents;
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

    /** Checked once per this many events: whether the thread was interrupted (a cancelled replication). */
    private static final long INTERRUPT_CHECK_MASK = (1L << 16) - 1;

    private void fireNext() {
        if (eventsFired >= eventLimit) {
            throw new EventLimitExceeded(eventLimit, times[0]);
        }
        if ((eventsFired & INTERRUPT_CHECK_MASK) == INTERRUPT_CHECK_MASK && Thread.currentThread().isInterrupted()) {
            throw new RunInterrupted(eventsFired);
        }
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
            addToBucket(bucketOf(time), time, order);
            return;
        }
        if (size >= spillAt) {
            spill();
            if (time > heapLimit) {
                addToBucket(bucketOf(time), time, order);
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
     * event refills it from the buckets.
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

    /**
     * The bucket that an event due at {@code time}, after the heap limit, belongs in: the last one
     * (the earliest) whose limit is at or after it. A binary search whose halving is a conditional
     * expression, which the JIT can compile without a branch.
     */
    private int bucketOf(long time) {
        long[] limits = bucketLimits;
        int low = 0;
        for (int n = buckets; n > 1; ) {
            int half = n >>> 1;
            low = limits[low + half] >= time ? low + half : low;
            n -= half;
        }
        return low;
    }

    private void addToBucket(int bucket, long time, long order) {
        int slot = (int) (order & SLOT_MASK);
        int head = bucketHeads[bucket];
        slotTimes[slot] = time;
        slotOrders[slot] = order;
        nextInBucket[slot] = head;
        previousInBucket[slot] = -1;
        if (head >= 0) {
            previousInBucket[head] = slot;
        }
        bucketHeads[bucket] = slot;
        bucketSizes[bucket]++;
        bucketed++;
        positions[slot] = IN_BUCKET | bucket;
    }

    private void removeFromBucket(int slot, int bucket) {
        int next = nextInBucket[slot];
        int previous = previousInBucket[slot];
        if (previous >= 0) {
            nextInBucket[previous] = next;
        } else {
            bucketHeads[bucket] = next;
        }
        if (next >= 0) {
            previousInBucket[next] = previous;
        }
        bucketSizes[bucket]--;
        bucketed--;
    }

    private void pushBucket(long limit) {
        if (buckets == bucketLimits.length) {
            bucketLimits = Arrays.copyOf(bucketLimits, 2 * buckets);
            bucketHeads = Arrays.copyOf(bucketHeads, 2 * buckets);
            bucketSizes = Arrays.copyOf(bucketSizes, 2 * buckets);
        }
        bucketLimits[buckets] = limit;
        bucketHeads[buckets] = -1;
        bucketSizes[buckets] = 0;
        buckets++;
    }

    /**
     * Refills the empty heap from the top bucket (the earliest), skipping empty ones. A bucket
     * much larger than a batch is split first: only its earliest part stays in the heap. Every
     * event thus moves a few times at most, and never waits to be scanned again and again.
     */
    private void refill() {
        while (size == 0 && buckets > 0) {
            int bucket = --buckets;
            int count = bucketSizes[bucket];
            heapLimit = bucketLimits[bucket];
            bucketed -= count;
            while (heapCapacity < count) {
                growHeap();
            }
            int slot = bucketHeads[bucket];
            for (int i = 0; i < count; i++) {
                times[i] = slotTimes[slot];
                orders[i] = slotOrders[slot];
                slot = nextInBucket[slot];
            }
            size = count;
            int batch = batchSize();
            if (count > 2 * batch) {
                split(batch);
            }
            heapify();
        }
        spillAt = Math.max(tierThreshold, 2 * size);
    }

    /**
     * Sends the heap's later events to buckets, keeping about a sixty-fourth of them: the heap has
     * grown to {@link #spillAt}, because the simulation has many events pending or because many
     * fell before the limit. If they all tie, none can move; the next spill waits until the heap
     * has doubled, so spilling costs O(1) per event.
     */
    private void spill() {
        split(Math.max(minimumBatch, size / BATCH_DIVISOR));
        heapify();
        spillAt = Math.max(tierThreshold, 2 * size);
    }

    /** About how many events the heap should take in at a time. */
    private int batchSize() {
        return Math.max(minimumBatch, (size + bucketed) / BATCH_DIVISOR);
    }

    /**
     * Splits the first {@code size} entries of the heap arrays, in any order, into parts of about
     * {@code batch} events, at times taken from a sample: the earliest part stays (the arrays then
     * hold {@code size} entries, not yet in heap order), the others go to new buckets on top of the
     * stack, and the heap limit comes down to the end of the first part. Every split time is one of
     * the entries' times, so each part but the last holds at least one event.
     */
    private void split(int batch) {
        int count = size;
        int taken = Math.min(count, SAMPLE_SIZE);
        for (int i = 0; i < taken; i++) {
            sample[i] = times[(int) ((long) i * count / taken)];
        }
        Arrays.sort(sample, 0, taken);
        int parts = (int) Math.min(taken, ((long) count + batch - 1) / batch);
        int splitCount = 0;
        for (int part = 1; part < parts; part++) {
            long end = sample[part * taken / parts - 1];
            if (end < heapLimit && (splitCount == 0 || end > splits[splitCount - 1])) {
                splits[splitCount++] = end;
            }
        }
        if (splitCount == 0) {
            return;
        }
        if (buckets + SAMPLE_SIZE > bucketLimits.length) {
            compactBuckets();
        }
        pushBucket(heapLimit);
        for (int i = splitCount - 1; i > 0; i--) {
            pushBucket(splits[i]);
        }
        long limit = splits[0];
        heapLimit = limit;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            long time = times[i];
            long order = orders[i];
            if (time <= limit) {
                times[kept] = time;
                orders[kept++] = order;
            } else {
                addToBucket(bucketOf(time), time, order);
            }
        }
        Arrays.fill(times, kept, count, EMPTY);
        Arrays.fill(orders, kept, count, EMPTY);
        size = kept;
    }

    /**
     * Drops the empty buckets, each one's time range going to the next earlier bucket (or, above
     * the top one, to the heap), and makes room for twice the buckets left. Cancels can empty
     * buckets that would otherwise wait on the stack until their time comes; this keeps the
     * stack proportional to the pending events. The buckets kept are renumbered, so the positions
     * of their events are rewritten: O(pending events), once per doubling of the stack at most.
     */
    private void compactBuckets() {
        int kept = 0;
        boolean carrying = false;
        long carriedLimit = 0;
        for (int bucket = 0; bucket < buckets; bucket++) {
            if (bucketSizes[bucket] == 0) {
                if (!carrying) {
                    carrying = true;
                    carriedLimit = bucketLimits[bucket];
                }
                continue;
            }
            bucketLimits[kept] = carrying ? carriedLimit : bucketLimits[bucket];
            bucketHeads[kept] = bucketHeads[bucket];
            bucketSizes[kept] = bucketSizes[bucket];
            carrying = false;
            if (kept != bucket) {
                for (int slot = bucketHeads[kept]; slot >= 0; slot = nextInBucket[slot]) {
                    positions[slot] = IN_BUCKET | kept;
                }
            }
            kept++;
        }
        if (carrying) {
            heapLimit = carriedLimit;
        }
        buckets = kept;
        int room = Math.max(INITIAL_BUCKETS, 2 * (kept + SAMPLE_SIZE));
        if (room > bucketLimits.length) {
            bucketLimits = Arrays.copyOf(bucketLimits, room);
            bucketHeads = Arrays.copyOf(bucketHeads, room);
            bucketSizes = Arrays.copyOf(bucketSizes, room);
        }
    }

    /** Number of buckets on the stack, empty ones included: for tests. */
    int bucketCount() {
        return buckets;
    }

    /** Puts the first {@code size} entries into heap order, bottom-up, and records their positions. */
    private void heapify() {
        for (int parent = (size - 2) >> 2; parent >= 0; parent--) {
            long time = times[parent];
            long order = orders[parent];
            int hole = parent;
            for (int first = 4 * hole + 1; first < size; first = 4 * hole + 1) {
                int smallest = smallestOfFour(first);
                long childTime = times[smallest];
                if (childTime > time || (childTime == time && orders[smallest] > order)) {
                    break;
                }
                times[hole] = times[smallest];
                orders[hole] = orders[smallest];
                hole = smallest;
            }
            times[hole] = time;
            orders[hole] = order;
        }
        for (int position = 0; position < size; position++) {
            positions[(int) (orders[position] & SLOT_MASK)] = position;
        }
    }

    private void growSlots() {
        if (capacity == maxPending) {
            throw new IllegalStateException("cannot schedule more than " + maxPending
                    + " pending events; the model is leaking events or needs a larger kernel");
        }
        int grown = (int) Math.min(2L * capacity, maxPending);
        actions = Arrays.copyOf(actions, grown);
        positions = Arrays.copyOf(positions, grown);
        slotTimes = Arrays.copyOf(slotTimes, grown);
        slotOrders = Arrays.copyOf(slotOrders, grown);
        nextInBucket = Arrays.copyOf(nextInBucket, grown);
        previousInBucket = Arrays.copyOf(previousInBucket, grown);
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
        long[] sorted = new long[size + bucketed];
        System.arraycopy(orders, 0, sorted, 0, size);
        int count = size;
        for (int bucket = 0; bucket < buckets; bucket++) {
            for (int slot = bucketHeads[bucket]; slot >= 0; slot = nextInBucket[slot]) {
                sorted[count++] = slotOrders[slot];
            }
        }
        Arrays.sort(sorted);
        for (int position = 0; position < size; position++) {
            orders[position] = renumbered(orders[position], sorted);
        }
        for (int bucket = 0; bucket < buckets; bucket++) {
            for (int slot = bucketHeads[bucket]; slot >= 0; slot = nextInBucket[slot]) {
                slotOrders[slot] = renumbered(slotOrders[slot], sorted);
            }
        }
        nextSequence = sorted.length;
    }

    private static long renumbered(long order, long[] sorted) {
        long rank = Arrays.binarySearch(sorted, order);
        return (rank << SLOT_BITS) | (order & SLOT_MASK);
    }

    private static String describe(long millis) {
        return Instant.ofEpochMilli(millis) + " (" + millis + " ms)";
    }
}

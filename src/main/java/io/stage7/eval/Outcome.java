package io.stage7.eval;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules decided for one record, in a mutable form that a caller reuses from record to
 * record: which requirements fired (as bits, numbered by {@link #rules()}), which entry each
 * routing set took and what it assigned, and the rules that failed. For callers that only count
 * or test bits (a summary of a large export), filling an Outcome allocates nothing per record
 * but what the formulas themselves compute (such as a concatenated queue name); the usual
 * immutable {@link Decision} is built only when {@link #decision()} is asked for.
 *
 * <pre>{@code
 * Outcome outcome = new Outcome();               // one per thread
 * for (DataRecord record : records) {
 *     evaluator.evaluate(record, context, outcome);
 *     for (int i = outcome.nextFired(0); i >= 0; i = outcome.nextFired(i + 1)) {
 *         fired[i]++;                            // outcome.rules().requirements().get(i) names it
 *     }
 * }
 * }</pre>
 *
 * <p>Not thread-safe. Evaluators fill it with {@link #begin}, {@link #fire}, {@link #route} and
 * {@link #fail}, in that order per record; those methods are for {@link Evaluator}
 * implementations, not for readers.
 */
public final class Outcome {
    private static final long[] NO_WORDS = new long[0];
    private static final ObjectRules NOTHING = new ObjectRules("", List.of(), List.of());

    private ObjectRules rules = NOTHING;
    private String recordId = "";
    /** Bit i: requirement i fired, for the first 64; {@link #beyond} holds the rest, 64 a word. */
    private long fired;
    private long[] beyond = NO_WORDS;
    /** Per routing set: the 1-based entry that routed the record, 0 when the set failed. */
    private int[] entries = new int[0];
    private String[] queues = new String[0];
    private String[] regions = new String[0];
    private BigDecimal[] priorities = new BigDecimal[0];
    private String[] complexities = new String[0];
    private Instant[] notBefores = new Instant[0];
    private RuleFailure[] failures = new RuleFailure[4];
    private int failureCount;

    /** An empty outcome, to be filled by {@link Evaluator#evaluate(DataRecord, EvalContext, Outcome)}. */
    public Outcome() {
    }

    // ---- reading

    /** The numbering of the evaluated record's rules: what requirement i and routing set j are. */
    public ObjectRules rules() {
        return rules;
    }

    public String recordId() {
        return recordId;
    }

    /** Whether requirement {@code requirement} (numbered by {@link #rules()}) fired. */
    public boolean fired(int requirement) {
        Objects.checkIndex(requirement, rules.requirements().size());
        if (requirement < Long.SIZE) {
            return (fired & 1L << requirement) != 0;
        }
        return (beyond[requirement / Long.SIZE - 1] & 1L << requirement) != 0;
    }

    /** The first requirement at or after {@code from} that fired, or -1: iterates the violations in order. */
    public int nextFired(int from) {
        if (from < 0) {
            throw new IndexOutOfBoundsException(from);
        }
        int word = from / Long.SIZE;
        long bits = word(word) & -1L << from;
        int words = 1 + beyond.length;
        while (true) {
            if (bits != 0) {
                return word * Long.SIZE + Long.numberOfTrailingZeros(bits);
            }
            if (++word >= words) {
                return -1;
            }
            bits = word(word);
        }
    }

    private long word(int word) {
        return word == 0 ? fired : word <= beyond.length ? beyond[word - 1] : 0;
    }

    /** How many requirements fired. */
    public int violationCount() {
        int count = Long.bitCount(fired);
        for (long word : beyond) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** Whether any error-severity requirement fired (a warning does not block approval). */
    public boolean hasErrors() {
        List<Violation> requirements = rules.requirements();
        for (int i = nextFired(0); i >= 0; i = nextFired(i + 1)) {
            if (requirements.get(i).isError()) {
                return true;
            }
        }
        return false;
    }

    /** The 1-based number of the entry that routed the record in routing set {@code routing}, 0 when the set failed. */
    public int routeEntry(int routing) {
        Objects.checkIndex(routing, rules.routings().size());
        return entries[routing];
    }

    /**
     * The queue routing set {@code routing} assigned, without building its {@link Route} (what a
     * count of records per queue reads).
     *
     * @throws java.util.NoSuchElementException when the set failed ({@link #routeEntry} is 0)
     */
    public String queue(int routing) {
        if (routeEntry(routing) == 0) {
            throw new java.util.NoSuchElementException("routing set " + rules.routings().get(routing)
                    + " took no route for " + recordId);
        }
        return queues[routing];
    }

    /** The route of routing set {@code routing}, built now; empty when the set failed. */
    public Optional<Route> route(int routing) {
        return routeEntry(routing) == 0 ? Optional.empty() : Optional.of(buildRoute(routing));
    }

    public int failureCount() {
        return failureCount;
    }

    /** Failure {@code index}: requirements' first, in order, then routing sets'. */
    public RuleFailure failure(int index) {
        Objects.checkIndex(index, failureCount);
        return failures[index];
    }

    /** The immutable decision this outcome holds, built now; equal to what {@link Evaluator#evaluate} returns. */
    public Decision decision() {
        List<Violation> requirements = rules.requirements();
        Violation[] violations = new Violation[violationCount()];
        int v = 0;
        for (int i = nextFired(0); i >= 0; i = nextFired(i + 1)) {
            violations[v++] = requirements.get(i);
        }
        List<Route> routes = new ArrayList<>(entries.length);
        for (int j = 0; j < rules.routings().size(); j++) {
            if (entries[j] != 0) {
                routes.add(buildRoute(j));
            }
        }
        return new Decision(recordId, List.of(violations), routes, List.of(Arrays.copyOf(failures, failureCount)));
    }

    private Route buildRoute(int j) {
        return new Route(rules.routings().get(j), entries[j], queues[j], regions[j], Optional.ofNullable(priorities[j]),
                Optional.ofNullable(complexities[j]), Optional.ofNullable(notBefores[j]));
    }

    // ---- filling (for evaluators)

    /** Starts a record: clears what the previous one left, and numbers the rules by {@code rules}. */
    public void begin(ObjectRules rules, String recordId) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.recordId = Objects.requireNonNull(recordId, "recordId");
        fired = 0;
        int words = (rules.requirements().size() + Long.SIZE - 1) / Long.SIZE - 1;
        if (beyond.length != Math.max(0, words)) {
            beyond = words <= 0 ? NO_WORDS : new long[words];
        } else {
            Arrays.fill(beyond, 0);
        }
        int sets = rules.routings().size();
        if (entries.length < sets) {
            entries = new int[sets];
            queues = new String[sets];
            regions = new String[sets];
            priorities = new BigDecimal[sets];
            complexities = new String[sets];
            notBefores = new Instant[sets];
        } else {
            Arrays.fill(entries, 0);
        }
        Arrays.fill(failures, 0, failureCount, null);
        failureCount = 0;
    }

    /** Requirement {@code requirement} fired. */
    public void fire(int requirement) {
        Objects.checkIndex(requirement, rules.requirements().size());
        if (requirement < Long.SIZE) {
            fired |= 1L << requirement;
        } else {
            beyond[requirement / Long.SIZE - 1] |= 1L << requirement;
        }
    }

    /** Requirements {@code 64 * word + b} fired for each bit b set in {@code bits}. */
    public void fireAll(int word, long bits) {
        if (word == 0) {
            fired |= bits;
        } else {
            beyond[word - 1] |= bits;
        }
    }

    /** Routing set {@code routing} routed the record by its entry {@code entry} (1-based) with these assignments. */
    public void route(int routing, int entry, String queue, String region, BigDecimal priority, String complexity,
                      Instant notBefore) {
        Objects.checkIndex(routing, rules.routings().size());
        if (entry < 1) {
            throw new IllegalArgumentException("entries are numbered from 1: " + entry);
        }
        entries[routing] = entry;
        queues[routing] = Objects.requireNonNull(queue, "queue");
        regions[routing] = Objects.requireNonNull(region, "region");
        priorities[routing] = priority;
        complexities[routing] = complexity;
        notBefores[routing] = notBefore;
    }

    /** A rule could not be evaluated (a routing set that failed takes no route). */
    public void fail(RuleFailure failure) {
        if (failureCount == failures.length) {
            failures = Arrays.copyOf(failures, failureCount * 2);
        }
        failures[failureCount++] = Objects.requireNonNull(failure, "failure");
    }

    /**
     * Fills this outcome from a decision on a record whose rules {@code rules} numbers: how an
     * evaluator that builds decisions (the reference interpreter) offers outcomes.
     *
     * @throws IllegalArgumentException when the decision names a rule that {@code rules} does not number
     */
    public void set(Decision decision, ObjectRules rules) {
        begin(rules, decision.recordId());
        for (Violation violation : decision.violations()) {
            int i = rules.requirementNumber(violation.requirement());
            if (i < 0) {
                throw new IllegalArgumentException("requirement " + violation.requirement() + " is not one of " + rules);
            }
            fire(i);
        }
        for (Route route : decision.routes()) {
            int j = rules.routingNumber(route.routing());
            if (j < 0) {
                throw new IllegalArgumentException("routing set " + route.routing() + " is not one of " + rules);
            }
            route(j, route.entry(), route.queue(), route.region(), route.priority().orElse(null),
                    route.complexity().orElse(null), route.notBefore().orElse(null));
        }
        decision.failures().forEach(this::fail);
    }

    @Override
    public String toString() {
        return "Outcome[" + recordId + "]";
    }
}

package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The peer rule sets of issue #11: rule files written independently of the team's, each of one
 * shape, with a seeded record pool and a hand-written Java twin. The rules live in
 * {@code benchmarks/src/main/resources/peers/<directory>/}.
 */
enum PeerSet {
    /** Contracts: terms in months, days between dates, DATEVALUE of timestamps, weekdays, business hours, quarter ends. */
    DATE("date", DatePeerPool::of, HandWrittenDatePeer::new),
    /** Accounts: postal, state, phone, website and tax-id formats, naming conventions, TEXT of picklists, INCLUDES. */
    TEXT("text", TextPeerPool::of, HandWrittenTextPeer::new),
    /** Support cases: four routing sets of 38 entries, two keyed on a picklist and two scanned, with CASE and IF. */
    ROUTING("routing", RoutingPeerPool::of, HandWrittenRoutingPeer::new),
    /** Issue #11's peer: 12 requirements of date arithmetic, REGEX, INCLUDES and decimal thresholds, 4 routing entries. */
    MIXED("mixed", MixedPeerPool::of, HandWrittenMixedPeer::new);

    /** Records per pool: a benchmark operation is one record, and one invocation evaluates them all. */
    static final int SIZE = 4096;

    /** The evaluation clock: TODAY() is Thursday 28 May 2026 in GMT, three days before a month end. */
    static final EvalContext CLOCK = EvalContext.at(Instant.parse("2026-05-28T16:20:00Z"));

    private final String directory;
    private final Function<Rules, List<DataRecord>> pool;
    private final Function<Rules, PeerTwin> twin;

    PeerSet(String directory, Function<Rules, List<DataRecord>> pool, Function<Rules, PeerTwin> twin) {
        this.directory = directory;
        this.pool = pool;
        this.twin = twin;
    }

    Rules load() {
        return Stage7Files.load(Stage7Files.resolve("benchmarks/src/main/resources/peers/" + directory));
    }

    /** The set's pool of {@link #SIZE} records, the same on every call. */
    List<DataRecord> pool(Rules rules) {
        List<DataRecord> records = pool.apply(rules);
        if (records.size() != SIZE) {
            throw new IllegalStateException(this + " pool has " + records.size() + " records, not " + SIZE);
        }
        return records;
    }

    PeerTwin twin(Rules rules) {
        return twin.apply(rules);
    }
}

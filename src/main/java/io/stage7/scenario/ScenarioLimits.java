package io.stage7.scenario;

import io.stage7.diag.Limit;

/**
 * The limits a scenario is held to, so that no scenario can run for hours or fill the heap
 * before the planner learns it asked for too much. Each is documented in docs/limits.md; those
 * that a real desk could want raised read a system property ({@link Limit}).
 */
final class ScenarioLimits {
    /** Mean submissions per business day of one source: a thousand times the handbook's busiest region. */
    static final Limit MAX_RATE = Limit.of("stage7.limit.ratePerDay", 20_000);
    /** A period-end multiplier: the busiest quarter end the team has seen is about 4x. */
    static final Limit MAX_MULTIPLIER = Limit.of("stage7.limit.multiplier", 100);
    /**
     * The longest mean (or standard deviation) of a sampled duration, in hours: ten years, the
     * longest horizon, so a longer one could never end inside a run.
     */
    static final double MAX_DURATION_HOURS = 10 * 8766;
    /** The submissions a replication may expect from synthetic load (the simulator holds each until decided). */
    static final Limit MAX_SUBMISSIONS = Limit.of("stage7.limit.submissions", 2_000_000);

    /** The earliest horizon start: 1700-01-01, where the rules language's dates begin. */
    static final java.time.Instant EARLIEST = java.time.Instant.parse("1700-01-01T00:00:00Z");
    /** The latest horizon end: the end of 4000-12-31, where the rules language's dates end. */
    static final java.time.Instant LATEST = java.time.Instant.parse("4001-01-01T00:00:00Z");

    private ScenarioLimits() {
    }
}

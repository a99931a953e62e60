package io.stage7.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A planner's what-if, as read from a scenario YAML file and validated: which rules, which
 * stretch of time, how many specialists, how much load, how long the work takes. Every number
 * the simulation uses comes from here; nothing is a constant in the model. Immutable.
 *
 * @param source       the scenario file, for messages and for resolving relative paths
 * @param rulesDir     the rules the submissions are evaluated against
 * @param start        the first simulated instant
 * @param end          arrivals stop here and the run ends; work still in flight is reported as such
 * @param warmup       submissions arriving before {@code start + warmup} are simulated but not counted
 * @param seed         the seed every random stream of the run derives from
 * @param regions      the staffing plan per region (a region the rules declare), in file order
 * @param timeStep     the interval of the time series (backlog and busy specialists)
 */
public record Scenario(Path source, String name, Path rulesDir, Instant start, Instant end, Duration warmup, long seed,
                       Map<String, RegionPlan> regions, Load load, Service service, Rework rework, Billing billing,
                       Coverage coverage, Optional<Chatter> chatter, Duration timeStep) {

    public Scenario {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rulesDir, "rulesDir");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(warmup, "warmup");
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(rework, "rework");
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(chatter, "chatter");
        Objects.requireNonNull(timeStep, "timeStep");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the horizon ends before it starts: " + start + " .. " + end);
        }
    }

    /** The same scenario with another seed (the {@code --seed} option, replications). */
    public Scenario withSeed(long newSeed) {
        return new Scenario(source, name, rulesDir, start, end, warmup, newSeed, regions, load, service, rework,
                billing, coverage, chatter, timeStep);
    }

    /** The same scenario with another staffing plan (staffing search, what-if compare). */
    public Scenario withRegions(Map<String, RegionPlan> newRegions) {
        return new Scenario(source, name, rulesDir, start, end, warmup, seed, newRegions, load, service, rework,
                billing, coverage, chatter, timeStep);
    }

    /** The most submissions one replication, or one generated trace, may expect (docs/limits.md). */
    public static io.stage7.diag.Limit submissionsLimit() {
        return ScenarioLimits.MAX_SUBMISSIONS;
    }

    /** The earliest instant a horizon, or a generated window, may start: 1700-01-01 (UTC). */
    public static Instant earliest() {
        return ScenarioLimits.EARLIEST;
    }

    /** The latest instant a horizon, or a generated window, may end: the end of 4000-12-31 (UTC). */
    public static Instant latest() {
        return ScenarioLimits.LATEST;
    }

    /** The longest horizon, or generated window: ten years (3,653 days). */
    public static Duration longestHorizon() {
        return Values.LONGEST;
    }
}

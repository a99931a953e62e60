package io.stage7.sim.report;

import io.stage7.sim.model.SlaTarget;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code summary.json} says about one run: the scenario, the horizon, the SLAs
 * measured, metrics overall and per region (in scenario order), the same for work submitted inside
 * period-end windows, and the conservation of work.
 *
 * @param regions          per region, in scenario order
 * @param periodEnd        overall, for attempts submitted (and cases opened) inside a period-end
 *                         window of their region, and specialist hours inside the region's windows
 * @param periodEndRegions the same per region
 * @param traceOutsideHorizon trace records not replayed because they were submitted outside the horizon
 */
public record RunSummary(String scenario, long seed, int replication, Instant start, Instant end, Instant warmupEnd,
                         Optional<SlaTarget> decidedSla, Optional<SlaTarget> firstResponseSla, Metrics overall,
                         Map<String, Metrics> regions, Metrics periodEnd, Map<String, Metrics> periodEndRegions,
                         long resubmissions, long traceOutsideHorizon, Conservation conservation) {

    public RunSummary {
        Objects.requireNonNull(scenario, "scenario");
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        periodEndRegions = Collections.unmodifiableMap(new LinkedHashMap<>(periodEndRegions));
        Objects.requireNonNull(conservation, "conservation");
    }
}

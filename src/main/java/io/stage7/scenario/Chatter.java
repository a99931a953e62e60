package io.stage7.scenario;

import io.stage7.sim.random.Distribution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Sales-Support Chatter cases, a second kind of work: they arrive per region per business day
 * (spread over the region's support hours) and need a first response, measured against the
 * rules' first-response SLA.
 *
 * @param perBusinessDay mean cases per business day, by region
 * @param responseHours  hours of a specialist's work for a first response
 * @param priority       queue priority of a case relative to submissions (lower is sooner)
 */
public record Chatter(Map<String, Double> perBusinessDay, Distribution responseHours, int priority) {
    public Chatter {
        perBusinessDay = Collections.unmodifiableMap(new LinkedHashMap<>(perBusinessDay));
        Objects.requireNonNull(responseHours, "responseHours");
    }
}

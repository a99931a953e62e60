package io.stage7.sim.experiment;

import io.stage7.scenario.Coverage;

import java.util.List;
import java.util.Objects;

/**
 * What {@code stage7 staff} found: per region, the smallest headcount for normal weeks and for the
 * period-end windows that meets the target with the given confidence, and the curve of the
 * target's metric against headcount that the search evaluated on the way.
 *
 * @param scenario       the scenario's name
 * @param seed           the seed every plan ran with (common random numbers)
 * @param replications   replications 0..n-1 of every plan
 * @param min            the smallest headcount considered
 * @param max            the largest headcount considered
 * @param coverage       the scenario's coverage policy: {@code never} makes the regions independent
 * @param regions        per region, in scenario order
 * @param plansSimulated the distinct staffing plans simulated (each {@code replications} times)
 * @param passes         the rounds of the search (one region or level at a time, the others fixed)
 * @param settled        whether the last round changed nothing (false: it stopped at the round limit)
 */
public record StaffingResult(String scenario, long seed, StaffingTarget target, double confidence, int replications,
                             int min, int max, Coverage.Policy coverage, List<RegionStaffing> regions,
                             int plansSimulated, int passes, boolean settled) {

    public StaffingResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(coverage, "coverage");
        regions = List.copyOf(regions);
    }

    /** Whether every region met the target within the bounds, at every level it was measured. */
    public boolean allMet() {
        return regions.stream().allMatch(RegionStaffing::met);
    }

    /** The number of plans an exhaustive search would simulate: every combination of headcounts. */
    public double fullGrid() {
        return Math.pow(max - min + 1, 2.0 * regions.size());
    }
}

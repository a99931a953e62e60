package io.stage7.sim.experiment;

import io.stage7.scenario.Coverage;

import java.util.List;
import java.util.Objects;

/**
 * What {@code stage7 staff} found: one recommended plan for every region and window, the marginal
 * curve of the target's metric against each headcount around it, and the plan's verification with
 * fresh random numbers.
 *
 * @param scenario         the scenario's name
 * @param seed             the seed every plan of the search ran with (common random numbers)
 * @param replications     replications 0..n-1 of every plan, and of the verification
 * @param min              the smallest headcount considered
 * @param max              the largest headcount considered
 * @param coverage         the scenario's coverage policy: {@code never} makes the regions independent
 * @param regions          per region, in scenario order
 * @param plansSimulated   the distinct staffing plans simulated by the search and its curves (each
 *                         {@code replications} times), not counting the verification
 * @param passes           the rounds of the search
 * @param roundsSettled    whether the last round changed no headcount (false: it stopped at the round limit)
 * @param curvesBackPlan   whether every marginal curve backs the plan (the recommended headcount meets,
 *                         one fewer does not)
 * @param verificationSeed the seed of the verification run: {@link StaffingSearch#verificationSeed(long)} of {@code seed}
 */
public record StaffingResult(String scenario, long seed, StaffingTarget target, double confidence, int replications,
                             int min, int max, Coverage.Policy coverage, List<RegionStaffing> regions,
                             int plansSimulated, int passes, boolean roundsSettled, boolean curvesBackPlan,
                             long verificationSeed) {

    /** How the search ended, in order of precedence; each has its exit code in {@code stage7 staff}. */
    public enum Outcome {
        /** Every measured level met the target, the search settled and the verification met it too. */
        RECOMMENDED,
        /** Some level meets the target at no headcount within the bounds. */
        NOT_MET_WITHIN_BOUNDS,
        /** The search stopped at its round limit, or a marginal curve contradicts the plan. */
        NOT_SETTLED,
        /** The recommended plan, re-run with fresh random numbers, missed the target somewhere. */
        VERIFICATION_MISSED
    }

    public StaffingResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(coverage, "coverage");
        regions = List.copyOf(regions);
    }

    /** Whether the search settled: its last round changed nothing and every marginal curve backs the plan. */
    public boolean settled() {
        return roundsSettled && curvesBackPlan;
    }

    /** Whether every region met the target within the bounds, at every level it was measured. */
    public boolean allMet() {
        return regions.stream().allMatch(RegionStaffing::met);
    }

    /** Whether the verification run met the target at every level of every region it measured. */
    public boolean verified() {
        return regions.stream().allMatch(RegionStaffing::verified);
    }

    /** How the search ended: the first that applies of not met, not settled, verification missed. */
    public Outcome outcome() {
        if (!allMet()) {
            return Outcome.NOT_MET_WITHIN_BOUNDS;
        }
        if (!settled()) {
            return Outcome.NOT_SETTLED;
        }
        return verified() ? Outcome.RECOMMENDED : Outcome.VERIFICATION_MISSED;
    }

    /** The number of plans an exhaustive search would simulate: every combination of headcounts. */
    public double fullGrid() {
        return Math.pow(max - min + 1, (double) StaffingLevel.values().length * regions.size());
    }
}

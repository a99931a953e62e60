package io.stage7.sim.experiment;

import io.stage7.scenario.Coverage;

import java.util.Locale;

/**
 * The staffing search's result for the terminal: the plan (current → recommended, the change per
 * region and in total), its verification, how the search ended, a plain statement for every level
 * no headcount within the bounds met or nothing measured, then each marginal curve.
 */
public final class StaffingTable {

    private StaffingTable() {
    }

    /** The text, ending with a newline. */
    public static String render(StaffingResult result) {
        StringBuilder out = new StringBuilder();
        StaffingTarget target = result.target();
        out.append("Staffing search: ").append(result.scenario()).append('\n');
        out.append("Target ").append(target).append(" with ").append(percent(result.confidence()))
                .append(" confidence (the one-sided ").append(target.metric().isShare() ? "lower" : "upper")
                .append(" bound over ").append(result.replications())
                .append(" replications), headcount ").append(result.min()).append("..").append(result.max())
                .append(", seed ").append(result.seed()).append('\n');
        out.append("Coverage ").append(result.coverage().name().toLowerCase(Locale.ROOT))
                .append(result.coverage() == Coverage.Policy.NEVER
                        ? ": regions searched independently, in lockstep"
                        : ": regions searched together in the first round, then in turn with the others fixed")
                .append("; ").append(result.plansSimulated()).append(" plans simulated in ").append(result.passes())
                .append(result.passes() == 1 ? " round" : " rounds").append("\n\n");
        plan(out, result);
        out.append('\n');
        verification(out, result);
        out.append('\n').append(verdict(result)).append('\n');
        statements(out, result);
        curves(out, result);
        return out.toString();
    }

    /** One sentence on how the search ended; the report and the command print the same. */
    public static String verdict(StaffingResult result) {
        switch (result.outcome()) {
            case RECOMMENDED:
                return "Recommended: the search settled and the verification met the target everywhere it measured.";
            case NOT_MET_WITHIN_BOUNDS:
                return "NOT MET: some region or window meets the target at no headcount within " + result.min() + ".."
                        + result.max() + " (see below).";
            case NOT_SETTLED:
                return "NOT SETTLED: " + (result.roundsSettled() ? ""
                        : "the last of " + result.passes() + " rounds still changed a headcount"
                        + (result.curvesBackPlan() ? "" : ", and "))
                        + (result.curvesBackPlan() ? ""
                        : "a marginal curve does not back the plan (see below)")
                        + "; treat the plan as a starting point, not an answer.";
            default:
                return "VERIFICATION MISSED: the recommended plan, re-run with fresh random numbers, misses the target "
                        + "somewhere (marked ! above); add replications or a margin before acting on it.";
        }
    }

    private static void plan(StringBuilder out, StaffingResult result) {
        int width = "region".length();
        for (RegionStaffing region : result.regions()) {
            width = Math.max(width, region.region().length());
        }
        out.append("Plan (specialists: normal weeks / EoM / EoQ / EoY windows)\n");
        out.append(pad("region", width)).append("  ").append(pad("current", 14)).append("    ")
                .append(pad("recommended", 14)).append("  change\n");
        int[] current = new int[StaffingLevel.values().length];
        int[] recommended = new int[current.length];
        for (RegionStaffing region : result.regions()) {
            int[] now = new int[current.length];
            int[] next = new int[current.length];
            for (StaffingLevel level : StaffingLevel.values()) {
                LevelAnswer answer = region.level(level);
                now[level.ordinal()] = answer.current();
                next[level.ordinal()] = answer.recommended();
                current[level.ordinal()] += answer.current();
                recommended[level.ordinal()] += answer.recommended();
            }
            row(out, region.region(), width, now, next);
        }
        row(out, "total", width, current, recommended);
    }

    private static void row(StringBuilder out, String name, int width, int[] now, int[] next) {
        StringBuilder change = new StringBuilder();
        for (int l = 0; l < now.length; l++) {
            change.append(l > 0 ? "/" : "").append(signed(next[l] - now[l]));
        }
        out.append(pad(name, width)).append("  ").append(pad(slashed(now), 14)).append(" -> ")
                .append(pad(slashed(next), 14)).append("  ").append(change).append('\n');
    }

    private static void verification(StringBuilder out, StaffingResult result) {
        StaffingTarget target = result.target();
        out.append("Verification: the recommended plan re-run with seed ").append(result.verificationSeed())
                .append(" (").append(result.replications()).append(" replications, random numbers the search never saw): ")
                .append(result.verified() ? "meets the target everywhere it measured" : "MISSES the target (!)")
                .append('\n');
        int width = "region".length();
        for (RegionStaffing region : result.regions()) {
            width = Math.max(width, region.region().length());
        }
        out.append(pad("region", width));
        for (StaffingLevel level : StaffingLevel.values()) {
            out.append("  ").append(pad(level.label(), 22));
        }
        out.append('\n');
        for (RegionStaffing region : result.regions()) {
            out.append(pad(region.region(), width));
            for (StaffingLevel level : StaffingLevel.values()) {
                String cell = region.level(level).verification()
                        .map(p -> (p.meets() ? "  " : "! ") + (p.isCensored() ? censored(p)
                                : value(target, p.mean()) + " (bound " + value(target, p.bound()) + ")"))
                        .orElse("  not measured");
                out.append("  ").append(pad(cell, 22));
            }
            out.append('\n');
        }
    }

    private static void statements(StringBuilder out, StaffingResult result) {
        StaffingTarget target = result.target();
        for (RegionStaffing region : result.regions()) {
            for (StaffingLevel level : StaffingLevel.values()) {
                LevelAnswer answer = region.level(level);
                if (!answer.curveAgrees(result.min())) {
                    out.append('\n').append(region.region()).append(' ').append(level.label())
                            .append(": the marginal curve does not back the recommended ").append(answer.recommended())
                            .append(answer.status() == LevelAnswer.Status.MET
                                    ? " (it should meet the target there and miss it one below)"
                                    : " (it should miss the target there)")
                            .append('\n');
                }
                if (answer.status() == LevelAnswer.Status.NOT_MET_WITHIN_BOUNDS) {
                    out.append('\n').append(region.region()).append(' ').append(level.label())
                            .append(": no headcount within ").append(result.min()).append("..").append(result.max())
                            .append(" meets ").append(target);
                    answer.point(answer.recommended()).ifPresent(last -> out.append(" (at ").append(last.headcount())
                            .append(": ").append(last.isCensored() ? censored(last) + ", a miss"
                                    : value(target, last.mean()) + ", bound " + value(target, last.bound()))
                            .append(')'));
                    out.append('\n');
                } else if (answer.status() == LevelAnswer.Status.NOT_MEASURED) {
                    out.append('\n').append(region.region()).append(' ').append(level.label())
                            .append(": not measured (no ").append(target.metric() == StaffingTarget.Metric.CHATTER
                                    ? "Chatter cases" : "decisions")
                            .append(level == StaffingLevel.NORMAL ? " outside period-end windows"
                                    : " submitted in " + level.label())
                            .append(" in any replication); the plan keeps ").append(answer.recommended()).append('\n');
                }
            }
        }
    }

    private static void curves(StringBuilder out, StaffingResult result) {
        StaffingTarget target = result.target();
        out.append("\nMarginal curves: ").append(target.metric().keyword()).append(" mean, ")
                .append(percent(result.confidence()))
                .append(" interval and bound at each headcount, every other headcount at the recommended plan"
                        + " (same random numbers; * meets the target, > recommended)\n");
        if (!target.metric().isShare() && censoredAnywhere(result)) {
            out.append(censoringNote(target)).append('\n');
        }
        for (RegionStaffing region : result.regions()) {
            for (StaffingLevel level : StaffingLevel.values()) {
                LevelAnswer answer = region.level(level);
                if (answer.curve().isEmpty()) {
                    continue;
                }
                out.append('\n').append(region.region()).append(", ").append(level.label()).append('\n');
                out.append("    headcount  ").append(pad("mean", 9)).append(pad("interval", 22)).append("bound\n");
                for (StaffingPoint point : answer.curve()) {
                    out.append(point.headcount() == answer.recommended() ? "  > " : "    ")
                            .append(pad(Integer.toString(point.headcount()), 9))
                            .append(point.meets() ? "* " : "  ");
                    if (point.isCensored()) {
                        out.append(censored(point)).append(": not estimable, a miss\n");
                        continue;
                    }
                    out.append(pad(value(target, point.mean()), 9))
                            .append(pad("[" + value(target, point.low()) + ", " + value(target, point.high()) + "]", 22))
                            .append(value(target, point.bound())).append('\n');
                }
            }
        }
    }

    /** {@code censored 3/10}: the replications in which the percentile could not be estimated. */
    static String censored(StaffingPoint point) {
        return "censored " + point.censored() + "/" + point.replications();
    }

    /** What a censored point means, printed under the curves' heading when one is. */
    static String censoringNote(StaffingTarget target) {
        return "(censored k/N: in k of N replications more than "
                + StaffingJson.decimal(100 * (1 - target.metric().quantile())).toPlainString()
                + "% of the window's work was still open at the end of the horizon, past every decision,\n so its "
                + target.metric().keyword() + " cannot be estimated: it is longer than anything measured;"
                + " such a point misses the target, and the others are not averaged without it)";
    }

    private static boolean censoredAnywhere(StaffingResult result) {
        return result.regions().stream().flatMap(r -> r.levels().values().stream())
                .anyMatch(a -> a.curve().stream().anyMatch(StaffingPoint::isCensored)
                        || a.verification().map(StaffingPoint::isCensored).orElse(false));
    }

    private static String slashed(int[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            text.append(i > 0 ? "/" : "").append(values[i]);
        }
        return text.toString();
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }

    static String value(StaffingTarget target, double value) {
        return target.metric().isShare() ? String.format(Locale.ROOT, "%.1f%%", value * 100)
                : String.format(Locale.ROOT, "%.2fh", value);
    }

    private static String percent(double fraction) {
        return StaffingJson.decimal(fraction * 100).toPlainString() + "%";
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.append(padded.length() > width ? " " : "").toString();
    }
}

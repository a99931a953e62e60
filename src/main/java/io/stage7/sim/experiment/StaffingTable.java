package io.stage7.sim.experiment;

import java.util.Locale;

/**
 * The staffing search's result for the terminal: the answer per region and level, a plain
 * statement for every level no headcount within the bounds met, then each curve evaluated.
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
                .append(result.coverage() == io.stage7.scenario.Coverage.Policy.NEVER
                        ? ": regions searched independently, in lockstep"
                        : ": regions searched together in the first round, then in turn with the others fixed")
                .append("; ").append(result.plansSimulated()).append(" plans simulated in ").append(result.passes())
                .append(result.passes() == 1 ? " round" : " rounds")
                .append(result.settled() ? "" : " (NOT SETTLED: the last round still changed a headcount)")
                .append("\n\n");

        int width = "region".length();
        for (RegionStaffing region : result.regions()) {
            width = Math.max(width, region.region().length());
        }
        out.append(pad("region", width)).append("  ").append(pad("normal weeks", 14)).append("  period ends\n");
        for (RegionStaffing region : result.regions()) {
            out.append(pad(region.region(), width)).append("  ").append(pad(cell(region.normal()), 14)).append("  ")
                    .append(cell(region.periodEnd())).append('\n');
        }
        for (RegionStaffing region : result.regions()) {
            for (StaffingLevel level : StaffingLevel.values()) {
                LevelAnswer answer = region.level(level);
                if (answer.status() == LevelAnswer.Status.NOT_MET_WITHIN_BOUNDS) {
                    out.append('\n').append(region.region()).append(' ').append(label(level))
                            .append(": no headcount within ").append(result.min()).append("..").append(result.max())
                            .append(" meets ").append(target);
                    if (!answer.curve().isEmpty()) {
                        StaffingPoint last = answer.curve().get(answer.curve().size() - 1);
                        out.append(" (at ").append(last.headcount()).append(": ").append(value(target, last.mean()))
                                .append(", bound ").append(value(target, last.bound())).append(')');
                    }
                    out.append('\n');
                } else if (answer.status() == LevelAnswer.Status.NOT_MEASURED) {
                    out.append('\n').append(region.region()).append(' ').append(label(level))
                            .append(": not measured (no ").append(target.metric() == StaffingTarget.Metric.CHATTER
                                    ? "Chatter cases" : "decisions")
                            .append(level == StaffingLevel.PERIOD_END ? " inside period-end windows" : " outside period-end windows")
                            .append(" in any replication)\n");
                }
            }
        }

        out.append("\nCurves: ").append(target.metric().keyword()).append(" mean, ").append(percent(result.confidence()))
                .append(" interval and bound at each headcount evaluated (* meets the target)\n");
        for (RegionStaffing region : result.regions()) {
            for (StaffingLevel level : StaffingLevel.values()) {
                LevelAnswer answer = region.level(level);
                if (answer.curve().isEmpty()) {
                    continue;
                }
                out.append('\n').append(region.region()).append(", ").append(label(level)).append('\n');
                out.append("  headcount  ").append(pad("mean", 9)).append(pad("interval", 22)).append("bound\n");
                for (StaffingPoint point : answer.curve()) {
                    out.append("  ").append(pad(Integer.toString(point.headcount()), 9))
                            .append(point.meets() ? "* " : "  ")
                            .append(pad(value(target, point.mean()), 9))
                            .append(pad("[" + value(target, point.low()) + ", " + value(target, point.high()) + "]", 22))
                            .append(value(target, point.bound())).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String cell(LevelAnswer answer) {
        switch (answer.status()) {
            case MET:
                return Integer.toString(answer.headcount().getAsInt());
            case NOT_MET_WITHIN_BOUNDS:
                return "not met";
            default:
                return "not measured";
        }
    }

    private static String label(StaffingLevel level) {
        return level == StaffingLevel.NORMAL ? "normal weeks" : "period ends";
    }

    private static String value(StaffingTarget target, double value) {
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

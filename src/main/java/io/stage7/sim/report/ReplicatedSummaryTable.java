package io.stage7.sim.report;

import java.util.List;
import java.util.Locale;

/**
 * The terminal summary of a replicated run: per region and overall (and inside period-end
 * windows), the mean of each column over the replications with its 95% confidence half-width,
 * {@code 95.8% ± 1.2} (percentage points) or {@code 7.41 ± 0.38} (hours). Counts show their mean
 * only. With one replication there is no interval: the values are shown alone.
 */
public final class ReplicatedSummaryTable {

    private static final String HEADER = String.format(Locale.ROOT, "%-10s %10s %10s %15s %14s %14s %14s %15s %9s %15s%n",
            "region", "submitted", "decided", "SLA met", "p50 bh", "p90 bh", "p90 wall", "util", "rework", "accuracy");

    private ReplicatedSummaryTable() {
    }

    public static String render(ReplicatedSummary summary) {
        RunSummary first = summary.first();
        StringBuilder out = new StringBuilder();
        out.append("Scenario ").append(first.scenario()).append(", seed ").append(first.seed()).append(", ")
                .append(summary.count()).append(summary.count() == 1 ? " replication" : " replications");
        out.append(summary.count() > 1 ? ": means with 95% confidence intervals (Student t)\n" : "\n");
        out.append("Horizon ").append(first.start()).append(" .. ").append(first.end())
                .append(", counted from ").append(first.warmupEnd()).append('\n');
        first.decidedSla().ifPresent(sla -> out.append("Decided SLA ").append(sla.name()).append(": within ")
                .append(Format.decimal(sla.hours())).append(sla.businessHours() ? " business" : "").append(" hours\n"));
        out.append('\n');
        table(out, summary, "regions.", "overall", List.copyOf(first.regions().keySet()));
        out.append('\n').append("Submitted inside period-end windows:\n");
        table(out, summary, "periodEnd.regions.", "periodEnd.overall", List.copyOf(first.regions().keySet()));
        out.append('\n').append(OPEN_WORK);
        out.append('\n');
        out.append("Unroutable ").append(count(summary, "overall.unroutable"))
                .append(", resubmissions ").append(count(summary, "resubmissions"))
                .append(", still waiting ").append(count(summary, "overall.waiting"))
                .append(", in review ").append(count(summary, "overall.inReview"))
                .append(", open past the SLA ").append(count(summary, "overall.sla.breachedOpen"))
                .append(summary.count() > 1 ? " (means)" : "").append('\n');
        if (summary.estimate("overall.chatter.opened").mean().orElse(0) > 0) {
            out.append("Chatter cases ").append(count(summary, "overall.chatter.opened"))
                    .append(", responded ").append(count(summary, "overall.chatter.responded"))
                    .append(", first-response SLA met ").append(percent(summary.estimate("overall.chatter.slaAttainment")))
                    .append('\n');
        }
        List<Integer> violated = summary.conservationViolations();
        out.append('\n').append(violated.isEmpty()
                ? summary.count() == 1 ? "Conservation holds\n" : "Conservation holds in every replication\n"
                : "CONSERVATION VIOLATED in replications " + violated + "\n");
        return out.toString();
    }

    /** What the tables do with the work still open at the end: printed under them. */
    static final String OPEN_WORK = "Open work (waiting or in review at the end) counts: past its SLA deadline it is a"
            + " miss in 'SLA met'; the\npercentiles are Kaplan-Meier estimates with open work right-censored at its time"
            + " so far ('n/a in k/N': in k\nreplications more than 1-p was still open, so no estimate).\n";

    private static void table(StringBuilder out, ReplicatedSummary summary, String regionPrefix, String overall,
                              List<String> regions) {
        out.append(HEADER);
        for (String region : regions) {
            row(out, summary, region, regionPrefix + region);
        }
        row(out, summary, "overall", overall);
    }

    private static void row(StringBuilder out, ReplicatedSummary s, String name, String prefix) {
        out.append(String.format(Locale.ROOT, "%-10s %10s %10s %15s %14s %14s %14s %15s %9s %15s%n", name,
                count(s, prefix + ".submitted"), count(s, prefix + ".decided"),
                percent(s.estimate(prefix + ".sla.attainment")),
                percentile(s, prefix + ".timeToDecision.businessHours.p50"),
                percentile(s, prefix + ".timeToDecision.businessHours.p90"),
                percentile(s, prefix + ".timeToDecision.wallHours.p90"),
                percent(s.estimate(prefix + ".utilization")), count(s, prefix + ".rework"),
                percent(s.estimate(prefix + ".approvalAccuracy"))));
    }

    /** A count's mean: a whole number for one replication, one decimal for more. */
    static String count(ReplicatedSummary summary, String path) {
        Estimate estimate = summary.estimate(path);
        if (estimate.mean().isEmpty()) {
            return "-";
        }
        return summary.count() == 1 ? String.format(Locale.ROOT, "%.0f", estimate.mean().getAsDouble())
                : String.format(Locale.ROOT, "%.1f", estimate.mean().getAsDouble());
    }

    /** {@code 95.8% ± 1.2}: a fraction as a percentage, its half-width in percentage points. */
    static String percent(Estimate estimate) {
        if (estimate.mean().isEmpty()) {
            return "-";
        }
        String mean = String.format(Locale.ROOT, "%.1f%%", 100 * estimate.mean().getAsDouble());
        return estimate.interval().map(ci -> mean + String.format(Locale.ROOT, " ± %.1f", 100 * ci.halfWidth()))
                .orElse(mean);
    }

    /**
     * A percentile of times over the replications, or {@code n/a in k/N} when k replications left
     * too much work open to estimate it: averaging the others would flatter a backlog.
     */
    static String percentile(ReplicatedSummary summary, String path) {
        Estimate estimate = summary.estimate(path);
        boolean decisions = summary.estimate(path.substring(0, path.lastIndexOf('.')) + ".count").mean().orElse(0) > 0;
        if (decisions && estimate.n() < summary.count()) {
            return "n/a in " + (summary.count() - estimate.n()) + "/" + summary.count();
        }
        return hours(estimate);
    }

    /** {@code 7.41 ± 0.38}: hours. */
    static String hours(Estimate estimate) {
        if (estimate.mean().isEmpty()) {
            return "-";
        }
        String mean = String.format(Locale.ROOT, "%.2f", estimate.mean().getAsDouble());
        return estimate.interval().map(ci -> mean + String.format(Locale.ROOT, " ± %.2f", ci.halfWidth())).orElse(mean);
    }
}

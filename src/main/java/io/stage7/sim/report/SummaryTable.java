package io.stage7.sim.report;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** The summary printed on the terminal: one table for the run, one for the period-end windows, the conservation of work. */
public final class SummaryTable {

    private static final String HEADER = String.format(Locale.ROOT,
            "%-10s %9s %8s %6s %8s %8s %8s %8s %9s %7s %7s %8s %9s %9s%n", "region", "submitted", "decided",
            "open", "SLA met", "p50 bh", "p90 bh", "p95 bh", "p90 wall", "util", "rework", "billing", "accuracy",
            "esc a/r");

    /** What the tables do with the work still open at the end: printed under them. */
    static final String OPEN_WORK = "Open work (waiting or in review at the end) counts: past its SLA deadline it is a"
            + " miss in 'SLA met'; the\npercentiles are Kaplan-Meier estimates with open work right-censored at its time"
            + " so far ('>x': more\nthan 1-p is still open, the estimate is over x, the longest decision).\n";

    private SummaryTable() {
    }

    public static String render(RunSummary summary) {
        StringBuilder out = new StringBuilder();
        out.append("Scenario ").append(summary.scenario()).append(", seed ").append(summary.seed())
                .append(", replication ").append(summary.replication()).append('\n');
        out.append("Horizon ").append(summary.start()).append(" .. ").append(summary.end())
                .append(", counted from ").append(summary.warmupEnd()).append('\n');
        summary.decidedSla().ifPresent(sla -> out.append("Decided SLA ").append(sla.name()).append(": within ")
                .append(Format.decimal(sla.hours())).append(sla.businessHours() ? " business" : "").append(" hours\n"));
        out.append('\n');
        table(out, summary.regions(), summary.overall());
        out.append('\n').append("Submitted inside period-end windows:\n");
        table(out, summary.periodEndRegions(), summary.periodEnd());
        out.append('\n').append(OPEN_WORK);
        Metrics overall = summary.overall();
        out.append('\n');
        out.append("Unroutable ").append(overall.unroutable()).append(", resubmissions ").append(summary.resubmissions())
                .append(", still waiting ").append(overall.waiting()).append(", in review ").append(overall.inReview())
                .append(", open past the SLA ").append(overall.slaBreachedOpen()).append('\n');
        if (summary.traceOutsideHorizon() > 0) {
            out.append("Trace records outside the horizon (not replayed): ").append(summary.traceOutsideHorizon()).append('\n');
        }
        ChatterMetrics chatter = overall.chatter();
        if (chatter.opened() > 0) {
            out.append("Chatter cases ").append(chatter.opened()).append(", responded ").append(chatter.responded())
                    .append(", first-response SLA met ").append(percent(chatter.slaAttainment())).append('\n');
        }
        out.append('\n').append("Conservation:\n");
        for (String line : summary.conservation().describe().split("\n")) {
            out.append("  ").append(line).append('\n');
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Map<String, Metrics> regions, Metrics overall) {
        out.append(HEADER);
        regions.forEach((name, metrics) -> row(out, name, metrics));
        row(out, "overall", overall);
    }

    private static void row(StringBuilder out, String name, Metrics m) {
        out.append(String.format(Locale.ROOT, "%-10s %9d %8d %6d %8s %8s %8s %8s %9s %7s %7d %8d %9s %9s%n", name,
                m.submitted(), m.decided(), m.waiting() + m.inReview(), percent(m.slaAttainment()),
                TimeToDecision.show(m.businessHours().p50(), m.businessHours()),
                TimeToDecision.show(m.businessHours().p90(), m.businessHours()),
                TimeToDecision.show(m.businessHours().p95(), m.businessHours()),
                TimeToDecision.show(m.wallHours().p90(), m.wallHours()),
                percent(m.utilization()), m.rework(), m.billingRejections(), percent(m.approvalAccuracy()),
                m.escalationsAccepted() + "/" + m.escalationsRefused()));
    }

    private static String percent(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * value.getAsDouble()) : "-";
    }

}

package io.stage7.sim.report.html;

import io.stage7.sim.model.DeskModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The report of {@code stage7 staff}: the plan the search recommends (current → recommended per
 * region and window, its verdict and its verification), the marginal SLA-versus-headcount curve of
 * each region and window with its confidence intervals and the target line, and arrivals against
 * capacity; the recommended headcounts are the headline numbers. {@code io.stage7.StaffingPages}
 * maps a search's result onto it.
 *
 * <p>A search that only has region -> list of (headcount, mean, lo, hi) can use {@link #chart}.
 */
public final class StaffingReport {

    private StaffingReport() {
    }

    /**
     * A chart of one curve per region (window "all work", no recommendation marked), for a search
     * that reports region -> list of (headcount, mean, lo, hi).
     *
     * @param share  true if the metric is a share (fractions in [0, 1]), false for hours
     * @param target the target in the points' unit (0.95, or 8 hours)
     */
    public static ReportPage.StaffingChart chart(String metric, boolean share, double target, double confidence,
                                                 Map<String, List<StaffingCurve.Point>> curves) {
        List<StaffingCurve> list = new ArrayList<>();
        curves.forEach((region, points) -> list.add(new StaffingCurve(region, "all work", points, OptionalInt.empty())));
        return new ReportPage.StaffingChart(metric, share, target, confidence, list);
    }

    /** Writes {@code report.html} with the staffing curves into {@code folder}; returns the file. */
    public static Path write(Path folder, DeskModel model, int replications, ReportPage.StaffingChart chart)
            throws IOException {
        return HtmlReport.write(folder, page(model, replications, chart));
    }

    /** Writes {@code report.html} with the plan, the staffing curves and arrivals against capacity; returns the file. */
    public static Path write(Path folder, DeskModel model, int replications, ReportPage.StaffingChart chart, PlanView plan)
            throws IOException {
        ReportPage page = page(model, replications, chart);
        return HtmlReport.write(folder, new ReportPage(page.title(), page.scenario(), page.seed(), page.start(), page.end(),
                page.warmupEnd(), page.replications(), page.sla(), page.keyNumbers(), page.charts(), page.periodEnds(),
                page.utilization(), page.staffing(), Optional.of(plan), Optional.empty()));
    }

    /** The page of a staffing search over {@code model}. */
    public static ReportPage page(DeskModel model, int replications, ReportPage.StaffingChart chart) {
        List<ReportPage.KeyNumber> numbers = new ArrayList<>();
        for (StaffingCurve curve : chart.curves()) {
            if (curve.points().isEmpty()) {
                continue; // not measured: the plan table says so, a headline would only repeat it
            }
            String value;
            String note;
            ReportPage.Verdict verdict = curve.chosen().isEmpty() && !curve.points().isEmpty()
                    ? ReportPage.Verdict.MISSED : ReportPage.Verdict.NONE;
            if (curve.chosen().isPresent()) {
                int n = curve.chosen().getAsInt();
                value = Integer.toString(n);
                note = (n == 1 ? "specialist" : "specialists") + ", the fewest with " + chart.metric()
                        + (chart.share() ? " ≥ " : " ≤ ") + chart.targetText() + " at "
                        + SimulationReport.plain(100 * chart.confidence()) + "% confidence";
            } else {
                value = "–";
                note = curve.points().isEmpty() ? "not measured in this window" : "no headcount tried meets the target";
            }
            numbers.add(new ReportPage.KeyNumber(curve.region() + ", " + curve.window(), value, note, verdict));
        }
        return new ReportPage("Staffing report", model.scenario().name(), model.scenario().seed(),
                model.scenario().start(), model.scenario().end(),
                model.scenario().start().plus(model.scenario().warmup()), replications,
                SimulationReport.slaLine(model.decidedSla()), numbers, Optional.empty(),
                SimulationReport.periodEnds(model), List.of(), Optional.of(chart));
    }
}

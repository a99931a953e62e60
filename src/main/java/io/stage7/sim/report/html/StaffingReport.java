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
 * The report of {@code stage7 staff}: the SLA-versus-headcount curve of each region with its
 * confidence intervals and the target line, and the recommended headcounts as headline numbers.
 * A search's result maps onto it as (the {@code sim.experiment} types of {@code stage7 staff}):
 *
 * <pre>{@code
 * List<StaffingCurve> curves = new ArrayList<>();
 * for (RegionStaffing region : result.regions()) {
 *     for (StaffingLevel level : StaffingLevel.values()) {
 *         LevelAnswer answer = region.level(level);
 *         curves.add(new StaffingCurve(region.region(), level == StaffingLevel.NORMAL ? "normal weeks" : "period-end windows",
 *                 answer.curve().stream().map(p -> new StaffingCurve.Point(p.headcount(), p.mean(), p.low(), p.high())).toList(),
 *                 answer.headcount()));
 *     }
 * }
 * StaffingTarget target = result.target();
 * StaffingReport.write(folder, model, result.replications(), new ReportPage.StaffingChart(
 *         target.metric().keyword() + (target.metric().isShare() ? " SLA attainment" : " business hours to decision"),
 *         target.metric().isShare(), target.threshold(), result.confidence(), curves));
 * }</pre>
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

    /** The page of a staffing search over {@code model}. */
    public static ReportPage page(DeskModel model, int replications, ReportPage.StaffingChart chart) {
        List<ReportPage.KeyNumber> numbers = new ArrayList<>();
        for (StaffingCurve curve : chart.curves()) {
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

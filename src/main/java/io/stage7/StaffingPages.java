package io.stage7;

import io.stage7.scenario.RegionPlan;
import io.stage7.scenario.Scenario;
import io.stage7.sim.experiment.LevelAnswer;
import io.stage7.sim.experiment.RegionStaffing;
import io.stage7.sim.experiment.StaffingLevel;
import io.stage7.sim.experiment.StaffingPoint;
import io.stage7.sim.experiment.StaffingResult;
import io.stage7.sim.experiment.StaffingTable;
import io.stage7.sim.experiment.StaffingTarget;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.report.Format;
import io.stage7.sim.report.html.CapacityCollector;
import io.stage7.sim.report.html.PlanView;
import io.stage7.sim.report.html.ReportPage;
import io.stage7.sim.report.html.StaffingCurve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A staffing search's result as {@code report.html} shows it: the marginal curves, the plan with its
 * verdict and verification, and arrivals against capacity under the scenario's plan and the
 * recommended one (replication 0 of each, the search's seed).
 */
final class StaffingPages {

    private StaffingPages() {
    }

    /** The recommended plan as a scenario's staffing (absence as the scenario has it). */
    static Map<String, RegionPlan> recommendedPlan(Scenario scenario, StaffingResult result) {
        Map<String, RegionPlan> plan = new LinkedHashMap<>();
        for (RegionStaffing region : result.regions()) {
            RegionPlan own = scenario.regions().get(region.region());
            plan.put(region.region(), new RegionPlan(region.level(StaffingLevel.NORMAL).recommended(),
                    region.level(StaffingLevel.EOM).recommended(), region.level(StaffingLevel.EOQ).recommended(),
                    region.level(StaffingLevel.EOY).recommended(), own.absence()));
        }
        return plan;
    }

    /** The search's marginal curves: per region, one for normal weeks and one per kind of window. */
    static ReportPage.StaffingChart chart(StaffingResult result) {
        StaffingTarget target = result.target();
        List<StaffingCurve> curves = new ArrayList<>();
        for (RegionStaffing region : result.regions()) {
            for (StaffingLevel level : StaffingLevel.values()) {
                LevelAnswer answer = region.level(level);
                curves.add(new StaffingCurve(region.region(), level.label(),
                        answer.curve().stream().map(StaffingPages::point).toList(),
                        answer.headcount()));
            }
        }
        String metric = target.metric().isShare() ? target.metric().keyword() + " SLA attainment"
                : target.metric().keyword() + " business hours to decision";
        return new ReportPage.StaffingChart(metric, target.metric().isShare(), target.threshold(), result.confidence(), curves);
    }

    /** The plan, its verdict and verification, and arrivals against capacity now and in the plan. */
    static PlanView plan(StaffingResult result, DeskModel current, DeskModel recommended) {
        CapacityCollector now = new CapacityCollector(current);
        current.run(0, now);
        CapacityCollector next = new CapacityCollector(recommended);
        recommended.run(0, next);
        List<String> windows = Arrays.stream(StaffingLevel.values()).map(StaffingLevel::label).toList();
        List<PlanView.Row> rows = new ArrayList<>();
        int levels = StaffingLevel.values().length;
        Integer[] totalNow = new Integer[levels];
        Integer[] totalNext = new Integer[levels];
        Arrays.fill(totalNow, 0);
        Arrays.fill(totalNext, 0);
        for (RegionStaffing region : result.regions()) {
            List<Integer> currentHeadcounts = new ArrayList<>();
            List<Integer> recommendedHeadcounts = new ArrayList<>();
            List<String> verification = new ArrayList<>();
            List<Boolean> verified = new ArrayList<>();
            for (StaffingLevel level : StaffingLevel.values()) {
                LevelAnswer answer = region.level(level);
                currentHeadcounts.add(answer.current());
                recommendedHeadcounts.add(answer.recommended());
                totalNow[level.ordinal()] += answer.current();
                totalNext[level.ordinal()] += answer.recommended();
                verification.add(answer.verification().map(p -> text(result.target(), p)).orElse("not measured"));
                verified.add(answer.verification().map(StaffingPoint::meets).orElse(true));
            }
            rows.add(new PlanView.Row(region.region(), currentHeadcounts, recommendedHeadcounts, verification, verified));
        }
        List<String> blank = windows.stream().map(w -> "").toList();
        List<Boolean> yes = windows.stream().map(w -> true).toList();
        PlanView.Row total = new PlanView.Row("total", List.of(totalNow), List.of(totalNext), blank, yes);
        String verificationText = "Verification: the recommended plan re-run with seed " + result.verificationSeed() + " ("
                + result.replications() + " replications, random numbers the search never saw) "
                + (result.verified() ? "meets " : "MISSES ") + result.target() + " at "
                + percent(result.confidence()) + " confidence"
                + (result.verified() ? " everywhere it measured." : " where marked below.");
        return new PlanView(windows, rows, total, StaffingTable.verdict(result),
                result.outcome() == StaffingResult.Outcome.RECOMMENDED, verificationText, capacity(now, next, current));
    }

    private static List<PlanView.RegionCapacity> capacity(CapacityCollector now, CapacityCollector next, DeskModel model) {
        List<PlanView.RegionCapacity> regions = new ArrayList<>();
        String[] kinds = {"normal days", "EoM days", "EoQ days", "EoY days"};
        for (int r = 0; r < now.regions().size(); r++) {
            List<PlanView.DayKind> days = new ArrayList<>();
            for (int k = 0; k < CapacityCollector.DAY_KINDS; k++) {
                if (now.days(r, k) > 0) {
                    days.add(new PlanView.DayKind(kinds[k], now.days(r, k), now.offeredPerDay(r, k),
                            now.workingPerDay(r, k), next.workingPerDay(r, k)));
                }
            }
            regions.add(new PlanView.RegionCapacity(now.regions().get(r), model.periodEnds(r).calendar().zone().getId(),
                    list(now.offeredByHour(r)), list(now.workingByHour(r)), list(next.workingByHour(r)), days));
        }
        return regions;
    }

    private static List<Double> list(double[] values) {
        return Arrays.stream(values).boxed().collect(Collectors.toList());
    }

    private static StaffingCurve.Point point(StaffingPoint p) {
        return p.isCensored() ? StaffingCurve.Point.censored(p.headcount(), p.censored(), p.replications())
                : new StaffingCurve.Point(p.headcount(), p.mean(), p.low(), p.high());
    }

    private static String text(StaffingTarget target, StaffingPoint point) {
        if (point.isCensored()) {
            return "censored in " + point.censored() + "/" + point.replications() + " replications (more than "
                    + Format.rounded(100 * (1 - target.metric().quantile())).toPlainString()
                    + "% still open at the end): a miss";
        }
        return target.metric().isShare()
                ? String.format(Locale.ROOT, "%.1f%% (bound %.1f%%)", 100 * point.mean(), 100 * point.bound())
                : String.format(Locale.ROOT, "%.2f h (bound %.2f h)", point.mean(), point.bound());
    }

    private static String percent(double fraction) {
        return Format.rounded(fraction * 100).toPlainString() + "%";
    }
}

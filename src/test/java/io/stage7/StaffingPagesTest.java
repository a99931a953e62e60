package io.stage7;

import io.stage7.scenario.RegionPlan;
import io.stage7.scenario.Scenario;
import io.stage7.scenario.ScenarioReader;
import io.stage7.sim.experiment.StaffingResult;
import io.stage7.sim.experiment.StaffingSearch;
import io.stage7.sim.experiment.StaffingTarget;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.report.html.HtmlReport;
import io.stage7.sim.report.html.PlanView;
import io.stage7.sim.report.html.ReportPage;
import io.stage7.sim.report.html.StaffingReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staffing report states the verdict and the verification, met or missed, in its HTML. */
class StaffingPagesTest {

    private static final Path MMC_SLA = Path.of("src/test/resources/scenarios/mmc-sla/mmc-sla.yaml");

    /**
     * A search whose verification runs on a desk that lost a specialist after the search (the models
     * seen under the verification seed have one fewer), so the plan misses it.
     */
    @Test
    void aPlanThatMissedItsVerificationSaysSoOnThePage() {
        Scenario scenario = ScenarioReader.read(MMC_SLA).scenario().orElseThrow();
        Rules rules = Rules.load(scenario.rulesDir()).rules().orElseThrow();
        long verificationSeed = StaffingSearch.verificationSeed(scenario.seed());
        Function<Scenario, DeskModel> models = plan -> {
            Scenario run = plan;
            if (plan.seed() == verificationSeed) {
                Map<String, RegionPlan> fewer = new LinkedHashMap<>();
                plan.regions().forEach((region, p) -> fewer.put(region, new RegionPlan(p.specialists() - 1, 1, 0)));
                run = plan.withRegions(fewer);
            }
            return DeskModel.prepare(run, rules.checked(), rules.evaluator(), List.of()).model().orElseThrow();
        };
        StaffingResult result = StaffingSearch.run(scenario, models, new StaffingSearch.Settings(
                StaffingTarget.parse("approval >= 60%"), 0.9, 3, 1, 30, 2), StaffingSearch.Progress.NONE);
        assertEquals(StaffingResult.Outcome.VERIFICATION_MISSED, result.outcome());

        DeskModel model = models.apply(scenario);
        DeskModel recommended = models.apply(scenario.withRegions(StaffingPages.recommendedPlan(scenario, result)));
        PlanView plan = StaffingPages.plan(result, model, recommended);
        assertFalse(plan.recommended());
        ReportPage page = StaffingReport.page(model, result.replications(), StaffingPages.chart(result));
        String html = HtmlReport.render(new ReportPage(page.title(), page.scenario(), page.seed(), page.start(), page.end(),
                page.warmupEnd(), page.replications(), page.sla(), page.keyNumbers(), page.charts(), page.periodEnds(),
                page.utilization(), page.staffing(), Optional.of(plan), Optional.empty()));

        assertTrue(html.contains("<p class=\"verdict missed\" data-verdict=\"not-recommended\">VERIFICATION MISSED:"), html);
        assertTrue(html.contains("data-verification=\"missed\">Verification: the recommended plan re-run with seed "
                + verificationSeed), html);
        assertTrue(html.contains("<td class=\"missed\">misses: "), "the window that missed is marked");
        assertTrue(html.contains("10 → 11 <span class=\"change\">(+1)</span>"), "the plan: current → recommended (change)");
    }

    /** A p90 that no replication could estimate reads as censored, a miss, in the plan and the curves' data. */
    @Test
    void aCensoredPercentileIsShownAsSuchOnThePage() {
        Scenario scenario = ScenarioReader.read(MMC_SLA).scenario().orElseThrow();
        Rules rules = Rules.load(scenario.rulesDir()).rules().orElseThrow();
        Function<Scenario, DeskModel> models = plan ->
                DeskModel.prepare(plan, rules.checked(), rules.evaluator(), List.of()).model().orElseThrow();
        StaffingResult result = StaffingSearch.run(scenario, models, new StaffingSearch.Settings(
                StaffingTarget.parse("p90 <= 1000h"), 0.9, 3, 1, 2, 2), StaffingSearch.Progress.NONE);
        assertEquals(StaffingResult.Outcome.NOT_MET_WITHIN_BOUNDS, result.outcome());

        DeskModel model = models.apply(scenario);
        DeskModel recommended = models.apply(scenario.withRegions(StaffingPages.recommendedPlan(scenario, result)));
        PlanView plan = StaffingPages.plan(result, model, recommended);
        assertEquals("censored in 3/3 replications (more than 10% still open at the end): a miss",
                plan.rows().get(0).verification().get(0));
        ReportPage page = StaffingReport.page(model, result.replications(), StaffingPages.chart(result));
        String html = HtmlReport.render(new ReportPage(page.title(), page.scenario(), page.seed(), page.start(), page.end(),
                page.warmupEnd(), page.replications(), page.sla(), page.keyNumbers(), page.charts(), page.periodEnds(),
                page.utilization(), page.staffing(), Optional.of(plan), Optional.empty()));
        assertTrue(html.contains("\"headcount\":2,\"mean\":null,\"lo\":null,\"hi\":null,\"censored\":3,\"replications\":3"),
                "the curve's point is censored in the embedded data");
        assertTrue(html.contains("censored in 3/3 replications"), "the plan says so");
    }
}

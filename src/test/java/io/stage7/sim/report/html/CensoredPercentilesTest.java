package io.stage7.sim.report.html;

import io.stage7.Rules;
import io.stage7.scenario.RegionPlan;
import io.stage7.scenario.Scenario;
import io.stage7.scenario.ScenarioReader;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.report.SimulationOutputs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's header states how many replications could not estimate a percentile, instead of
 * averaging the others: a desk of one specialist under nine arrivals an hour leaves most of its
 * work open past every decision, so no replication has a p90 (and averaging the ones that have
 * it would flatter the backlog).
 */
class CensoredPercentilesTest {

    private static final Path MMC_SLA = Path.of("src/test/resources/scenarios/mmc-sla/mmc-sla.yaml");

    @Test
    void theTimeToDecisionHeaderCountsCensoredReplications() {
        Scenario scenario = ScenarioReader.read(MMC_SLA).scenario().orElseThrow();
        scenario = scenario.withRegions(Map.of("R", new RegionPlan(1, 1, 0)));
        Rules rules = Rules.load(scenario.rulesDir()).rules().orElseThrow();
        DeskModel model = DeskModel.prepare(scenario, rules.checked(), rules.evaluator(), List.of()).model().orElseThrow();
        List<RunSummary> runs = List.of(SimulationOutputs.summarize(model, 0), SimulationOutputs.summarize(model, 1));
        assertTrue(runs.stream().allMatch(run -> run.overall().businessHours().p90().isEmpty()), "the p90 is censored");

        ReportPage.KeyNumber times = SimulationReport.keyNumbers(runs, Optional.empty()).stream()
                .filter(n -> n.label().equals("Time to decision")).findFirst().orElseThrow();
        assertTrue(times.value().endsWith(" / censored 2/2 h"), times.value());
        assertTrue(times.note().contains("censored k/N: in k of N replications too much work was still open"), times.note());
    }

    @Test
    void estimablePercentilesAreAveragedAsBefore() {
        Scenario scenario = ScenarioReader.read(MMC_SLA).scenario().orElseThrow();
        Rules rules = Rules.load(scenario.rulesDir()).rules().orElseThrow();
        DeskModel model = DeskModel.prepare(scenario, rules.checked(), rules.evaluator(), List.of()).model().orElseThrow();
        List<RunSummary> runs = List.of(SimulationOutputs.summarize(model, 0), SimulationOutputs.summarize(model, 1));
        ReportPage.KeyNumber times = SimulationReport.keyNumbers(runs, Optional.empty()).stream()
                .filter(n -> n.label().equals("Time to decision")).findFirst().orElseThrow();
        double p90 = (runs.get(0).overall().businessHours().p90().getAsDouble()
                + runs.get(1).overall().businessHours().p90().getAsDouble()) / 2;
        assertTrue(times.value().endsWith(" / " + SimulationReport.round(p90, 1) + " h"), times.value());
        assertEquals(-1, times.note().indexOf("censored"), times.note());
    }
}

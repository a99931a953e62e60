package io.stage7.sim.experiment;

import io.stage7.testing.Fixtures;
import io.stage7.Rules;
import io.stage7.scenario.Coverage;
import io.stage7.scenario.RegionPlan;
import io.stage7.scenario.Scenario;
import io.stage7.scenario.ScenarioReader;
import io.stage7.scenario.ScenarioResult;
import io.stage7.sim.model.DeskModel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scenario files and desk models for the experiment tests. */
final class Scenarios {

    static final Path MMC = Path.of("src/test/resources/scenarios/mmc/mmc.yaml");
    static final Path DEFAULT = Fixtures.DEFAULT_SCENARIO;

    private Scenarios() {
    }

    static Scenario read(Path file) {
        ScenarioResult result = ScenarioReader.read(file);
        return result.scenario().orElseThrow(() -> new AssertionError(result.render()));
    }

    static DeskModel model(Scenario scenario) {
        Rules.Loaded loaded = Rules.load(scenario.rulesDir());
        Rules rules = loaded.rules().orElseThrow(() -> new AssertionError(loaded.render()));
        DeskModel.Preparation prepared = DeskModel.prepare(scenario, rules.checked(), rules.evaluator(), List.of());
        return prepared.model().orElseThrow(() -> new AssertionError(prepared.problems()));
    }

    /** The scenario with one region's headcount (outside and inside period-end windows) changed. */
    static Scenario staffed(Scenario scenario, String region, int specialists, int periodEndSpecialists) {
        Map<String, RegionPlan> regions = new LinkedHashMap<>(scenario.regions());
        RegionPlan plan = regions.get(region);
        regions.put(region, new RegionPlan(specialists, periodEndSpecialists, plan.absence()));
        return scenario.withRegions(regions);
    }

    /** The scenario cut to its first {@code days} days, and with another coverage policy. */
    static Scenario shortened(Scenario s, int days, Coverage coverage) {
        return new Scenario(s.source(), s.name(), s.rulesDir(), s.start(), s.start().plus(Duration.ofDays(days)),
                s.warmup(), s.seed(), s.regions(), s.load(), s.service(), s.rework(), s.billing(), coverage, s.chatter(),
                s.timeStep());
    }
}

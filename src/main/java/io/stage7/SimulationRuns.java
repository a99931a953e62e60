package io.stage7;

import io.stage7.output.OutputFolder;
import io.stage7.sim.experiment.ReplicatedRun;
import io.stage7.sim.experiment.StaffingJson;
import io.stage7.sim.experiment.StaffingResult;
import io.stage7.sim.experiment.StaffingSearch;
import io.stage7.sim.experiment.StaffingTable;
import io.stage7.sim.experiment.StaffingTarget;
import io.stage7.sim.experiment.WhatIf;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.report.Comparison;
import io.stage7.sim.report.ComparisonJson;
import io.stage7.sim.report.ComparisonTable;
import io.stage7.sim.report.ReplicatedSummary;
import io.stage7.sim.report.ReplicatedSummaryTable;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.report.SimulationOutputs;
import io.stage7.sim.report.SummaryTable;
import io.stage7.sim.report.html.ComparisonReport;
import io.stage7.sim.report.html.PlanView;
import io.stage7.sim.report.html.SimulationReport;
import io.stage7.sim.report.html.StaffingReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The runs behind {@link Simulator}: one replication, n replications, a what-if comparison and
 * the staffing search, each written into an {@link OutputFolder} that is committed only when
 * every file is complete.
 */
final class SimulationRuns {

    private SimulationRuns() {
    }

    static Simulator.Run single(Simulator simulator, Path output) throws IOException {
        DeskModel model = simulator.model();
        try (OutputFolder folder = OutputFolder.open(output)) {
            SimulationReport report = SimulationReport.of(model);
            RunSummary summary = SimulationOutputs.write(model, 0, folder.staging(), report.observe(0));
            report.write(folder.staging(), List.of(summary));
            Map<String, Object> marker = simulator.marker("simulate");
            marker.put("replications", 1);
            folder.commit(marker);
            boolean holds = summary.conservation().holds();
            String json = Files.readString(folder.target().resolve(SimulationOutputs.SUMMARY), StandardCharsets.UTF_8);
            return new Simulator.Run(SummaryTable.render(summary), json, output, holds, holds ? List.of() : List.of(0));
        }
    }

    static Simulator.Run replicated(Simulator simulator, int count, int threads, Path output, Simulator.Progress progress)
            throws IOException {
        DeskModel model = simulator.model();
        try (OutputFolder folder = OutputFolder.open(output)) {
            SimulationReport report = SimulationReport.of(model);
            ReplicatedSummary summary = ReplicatedRun.write(model, count, threads, folder.staging(),
                    progress::completed, report::observe);
            report.write(folder.staging(), summary.runs());
            Map<String, Object> marker = simulator.marker("simulate");
            marker.put("replications", count);
            folder.commit(marker);
            String json = Files.readString(folder.target().resolve(SimulationOutputs.SUMMARY), StandardCharsets.UTF_8);
            return new Simulator.Run(ReplicatedSummaryTable.render(summary), json, output, summary.conservationHolds(),
                    summary.conservationViolations());
        }
    }

    static Simulator.Compared compare(Simulator a, Simulator b, String labelA, String labelB, int replications,
                                      int threads, Path output, Simulator.Progress progress) throws IOException {
        try (OutputFolder folder = OutputFolder.open(output)) {
            Comparison comparison = WhatIf.compare(a.model(), b.model(), replications, threads, progress::completed);
            String json = ComparisonJson.render(comparison, labelA, labelB);
            Files.writeString(folder.staging().resolve(Simulator.COMPARE_FILE), json, StandardCharsets.UTF_8);
            ComparisonReport.write(folder.staging(), a.model(), comparison, labelA, labelB);
            Map<String, Object> marker = a.marker("compare");
            marker.put("what-if", b.scenario().source().toString().replace('\\', '/'));
            marker.put("replications", replications);
            folder.commit(marker);
            return new Simulator.Compared(ComparisonTable.render(comparison, labelA, labelB), json, output,
                    comparison.a().conservationHolds() && comparison.b().conservationHolds());
        }
    }

    static List<String> incompatibilities(Simulator a, Simulator b) {
        return WhatIf.incompatibilities(a.scenario(), b.scenario());
    }

    static Simulator.Staffed staff(Simulator simulator, Simulator.StaffingGoal goal, Path output,
                                   Simulator.StaffingProgress progress) throws IOException {
        StaffingSearch.Settings settings = new StaffingSearch.Settings(StaffingTarget.parse(goal.target()), goal.confidence(),
                goal.replications(), goal.min(), goal.max(), goal.threads());
        StaffingResult result = StaffingSearch.run(simulator.scenario(), simulator::modelFor, settings, progress::replication);
        DeskModel recommended = simulator.modelFor(simulator.scenario().withRegions(
                StaffingPages.recommendedPlan(simulator.scenario(), result)));
        PlanView plan = StaffingPages.plan(result, simulator.model(), recommended);
        try (OutputFolder folder = OutputFolder.open(output)) {
            Files.writeString(folder.staging().resolve(StaffingJson.FILE), StaffingJson.render(result), StandardCharsets.UTF_8);
            StaffingReport.write(folder.staging(), simulator.model(), result.replications(), StaffingPages.chart(result), plan);
            Map<String, Object> marker = simulator.marker("staff");
            marker.put("target", goal.target());
            marker.put("confidence", goal.confidence());
            marker.put("replications", goal.replications());
            folder.commit(marker);
        }
        return new Simulator.Staffed(StaffingTable.render(result), output, result.allMet(), result.settled(),
                result.verified());
    }
}

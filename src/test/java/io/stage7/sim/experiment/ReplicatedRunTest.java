package io.stage7.sim.experiment;

import io.stage7.scenario.Scenario;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.report.Estimate;
import io.stage7.sim.report.ReplicatedSummary;
import io.stage7.sim.report.ReplicationsCsv;
import io.stage7.sim.report.SimulationOutputs;
import io.stage7.sim.stats.ConfidenceInterval;
import io.stage7.sim.stats.MMcQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replicated runs: the same files whatever the thread count, and intervals that cover the truth. */
class ReplicatedRunTest {

    @Test
    void theOutputFolderIsByteIdenticalOnOneAndTwoThreads(@TempDir Path temp) throws IOException {
        DeskModel model = Scenarios.model(Scenarios.shortened(Scenarios.read(Scenarios.DEFAULT), 35,
                Scenarios.read(Scenarios.DEFAULT).coverage()));
        ReplicatedRun.write(model, 5, 1, temp.resolve("one"), Replications.Progress.NONE);
        ReplicatedRun.write(model, 5, 2, temp.resolve("two"), Replications.Progress.NONE);
        for (String file : List.of(SimulationOutputs.SUMMARY, ReplicationsCsv.FILE, SimulationOutputs.TIMESERIES,
                SimulationOutputs.SUBMISSIONS)) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("one").resolve(file)),
                    Files.readAllBytes(temp.resolve("two").resolve(file)), file);
        }
    }

    @Test
    void theTimeSeriesAndSubmissionsAreReplicationZerosAsInASingleRun(@TempDir Path temp) throws IOException {
        DeskModel model = Scenarios.model(Scenarios.shortened(Scenarios.read(Scenarios.DEFAULT), 21,
                Scenarios.read(Scenarios.DEFAULT).coverage()));
        SimulationOutputs.write(model, 0, temp.resolve("single"));
        ReplicatedRun.write(model, 3, 2, temp.resolve("replicated"), Replications.Progress.NONE);
        for (String file : List.of(SimulationOutputs.TIMESERIES, SimulationOutputs.SUBMISSIONS)) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("single").resolve(file)),
                    Files.readAllBytes(temp.resolve("replicated").resolve(file)), file);
        }
    }

    /**
     * The M/M/10 scenario (λ = 9/h, μ = 1/h): the 95% intervals of the mean time to decision (the
     * time in system, W = Wq + 1/μ) and of the utilization (λ/cμ) over 10 replications cover the
     * Erlang C values, and are narrow enough for that to mean something.
     */
    @Test
    void theIntervalsOfAnMMcQueueCoverTheErlangCValues() {
        Scenario scenario = Scenarios.read(Scenarios.MMC);
        MMcQueue theory = new MMcQueue(9, 1, 10);
        ReplicatedSummary summary = ReplicatedRun.summarize(Scenarios.model(scenario), 10, 2, Replications.Progress.NONE);

        Estimate timeInSystem = summary.estimate("overall.timeToDecision.wallHours.mean");
        Estimate businessHours = summary.estimate("overall.timeToDecision.businessHours.mean");
        Estimate utilization = summary.estimate("overall.utilization");
        ConfidenceInterval w = timeInSystem.interval().orElseThrow();
        ConfidenceInterval rho = utilization.interval().orElseThrow();
        System.out.printf("M/M/10 scenario file, 10 replications: W %s (Erlang C %.4f), utilization %s (%.4f)%n",
                w, theory.meanTimeInSystem(), rho, theory.utilization());
        assertEquals(10, timeInSystem.n());
        assertTrue(w.contains(theory.meanTimeInSystem()), w + " vs " + theory.meanTimeInSystem());
        assertTrue(w.halfWidth() < 0.1 * theory.meanTimeInSystem(), "too wide to mean anything: " + w);
        assertTrue(rho.contains(theory.utilization()), rho + " vs " + theory.utilization());
        assertTrue(rho.halfWidth() < 0.02, "too wide to mean anything: " + rho);
        // A calendar open around the clock counts business hours as wall-clock hours.
        assertEquals(timeInSystem, businessHours);
    }

    @Test
    void oneReplicationGivesTheValueWithoutAnInterval() {
        Scenario scenario = Scenarios.shortened(Scenarios.read(Scenarios.MMC), 10, Scenarios.read(Scenarios.MMC).coverage());
        DeskModel model = Scenarios.model(scenario);
        ReplicatedSummary summary = ReplicatedRun.summarize(model, 1, 1, Replications.Progress.NONE);
        Estimate attainment = summary.estimate("overall.sla.attainment");
        assertEquals(1, attainment.n());
        assertTrue(attainment.interval().isEmpty());
        assertEquals(SimulationOutputs.summarize(model, 0).overall().slaAttainment().getAsDouble(),
                attainment.mean().getAsDouble());
    }
}

package io.stage7;

import io.stage7.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The README's Simulator example, and what the entry point promises about its inputs and outputs. */
class SimulatorApiTest {

    @Test
    void theReadmeExampleRunsAndWritesACompleteFolder(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("default");
        Simulator.Prepared prepared = Simulator.prepare(Fixtures.DEFAULT_SCENARIO, Optional.empty());
        assertFalse(prepared.hasErrors(), prepared.messages());
        try (Simulator simulator = prepared.simulator().orElseThrow()) {
            Simulator.Run run = simulator.runReplications(2, 2, output, Simulator.Progress.NONE);
            assertTrue(run.table().contains("EMEA"), run.table());
            assertTrue(run.conservationHolds());
        }
        for (String file : new String[]{"summary.json", "replications.csv", "timeseries.csv", "submissions.csv",
                "report.html", "stage7-output.json"}) {
            assertTrue(Files.isRegularFile(output.resolve(file)), file);
        }
    }

    @Test
    void aScenarioWithErrorsPreparesNothingAndSaysWhere(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, "name: bad\nrules: ../no-such-rules\n");
        Simulator.Prepared prepared = Simulator.prepare(file, Optional.empty());
        assertTrue(prepared.hasErrors());
        assertTrue(prepared.messages().contains(file + ":"), prepared.messages());
    }

    @Test
    void theSeedOverridesTheScenarios() {
        Simulator.Prepared prepared = Simulator.prepare(Fixtures.DEFAULT_SCENARIO, Optional.of(99L));
        try (Simulator simulator = prepared.simulator().orElseThrow()) {
            assertEquals(99L, simulator.scenario().seed());
        }
    }
}

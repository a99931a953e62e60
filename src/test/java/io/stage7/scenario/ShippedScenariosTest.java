package io.stage7.scenario;

import org.junit.jupiter.api.Tag;
import io.stage7.testing.TeamProject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every scenario the project ships, and every valid test scenario, reads without a problem, warnings included. */
@Tag(TeamProject.TAG)
class ShippedScenariosTest {

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioReadsCleanly() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.list(TeamProject.scenarios())) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "scenarios/ ships at least the default and the EoQ surge");
        files = new java.util.ArrayList<>(files);
        files.add(Path.of("src/test/resources/scenarios/problems/_good.yaml"));
        files.add(Path.of("src/test/resources/scenarios/mmc/mmc.yaml"));
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            ScenarioResult result = ScenarioReader.read(file);
            assertEquals("", result.render(), "problems in " + file);
            assertTrue(result.scenario().isPresent());
        }));
    }
}

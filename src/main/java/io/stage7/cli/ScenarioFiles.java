package io.stage7.cli;

import io.stage7.scenario.Scenario;
import io.stage7.scenario.ScenarioReader;
import io.stage7.scenario.ScenarioResult;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a scenario file for the commands, printing its problems (warnings too) with their locations. */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** The scenario in {@code file}, or empty after printing every problem and a summary line. */
    static Optional<Scenario> read(Path file, PrintWriter err) {
        ScenarioResult result = ScenarioReader.read(file);
        if (!result.problems().isEmpty() || !result.ruleDiagnostics().isEmpty()) {
            err.print(result.render());
            err.println(result.summaryLine(file.toString()));
        }
        return result.scenario();
    }
}

package io.stage7.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Scenario file" section of docs/simulation.md documents every key of the format, and its
 * example is a valid scenario.
 */
class ScenarioReferenceTest {
    private static final Path REFERENCE = Path.of("docs/simulation.md");

    private static String section() throws IOException {
        String docs = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        int start = docs.indexOf("## Scenario file");
        assertTrue(start >= 0, "docs/simulation.md has a Scenario file section");
        int end = docs.indexOf("\n## ", start + 1);
        return end < 0 ? docs.substring(start) : docs.substring(start, end);
    }

    @Test
    void everyKeyOfTheFormatIsDocumented() throws IOException {
        String section = section();
        List<String> keys = new ArrayList<>(List.of("name", "rules", "seed", "horizon", "start", "end", "warmup",
                "time_step", "regions", "specialists", "period_end_specialists", "absence", "load", "object", "trace",
                "sources", "calendar", "per_business_day", "weekend_factor", "intraday", "period_end_multiplier",
                "fields", "service", "review_hours", "catch_probability", "escalated_priority", "rework",
                "delay_hours", "fix_probability", "billing", "return_hours", "coverage", "policy",
                "backlog_threshold", "chatter", "response_hours", "priority", "mean", "rate", "sd", "median",
                "sigma", "min", "mode", "max", "shape", "k", "never", "period_end", "backlog"));
        keys.addAll(DistributionReader.KINDS);
        keys.addAll(FieldSpecReader.SPEC_KINDS);
        keys.addAll(FieldSpecReader.MODIFIERS);
        List<String> missing = keys.stream().filter(k -> !section.contains("`" + k + "`")
                && !section.contains("`" + k + ".") && !section.contains("." + k + "`")
                && !section.contains("`" + k + ":") && !section.contains("{ " + k + ":")).toList();
        assertEquals(List.of(), missing, "keys missing from the Scenario file section of " + REFERENCE);
    }

    @Test
    void theExampleIsAValidScenario() throws IOException {
        String section = section();
        int start = section.indexOf("```yaml\n") + "```yaml\n".length();
        String example = section.substring(start, section.indexOf("```", start));
        ScenarioResult result = ScenarioReader.read(Path.of("scenarios/docs-example.yaml"),
                example.getBytes(StandardCharsets.UTF_8));
        assertEquals("", result.render());
    }
}

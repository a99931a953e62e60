package io.stage7.scenario;

import io.stage7.testing.Fixtures;
import io.stage7.calendar.PeriodKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the reader builds from valid files, and how it refuses files that are not scenarios at all. */
class ScenarioReaderTest {

    private static Scenario read(String path) {
        ScenarioResult result = ScenarioReader.read(Path.of(path));
        assertEquals("", result.render());
        return result.scenario().orElseThrow();
    }

    @Test
    void theDefaultScenarioBindsEverySection() {
        Scenario scenario = read(Fixtures.DEFAULT_SCENARIO.toString());
        assertEquals(Fixtures.RULES, scenario.rulesDir());
        assertEquals(Instant.parse("2026-01-18T00:00:00Z"), scenario.start());
        assertEquals(Duration.ofDays(14), scenario.warmup());
        assertEquals(List.of("AMER", "EMEA", "APAC"), List.copyOf(scenario.regions().keySet()));
        assertEquals(new RegionPlan(3, 3, 0.05), scenario.regions().get("APAC"), "period-end staff default to staff");
        Load.Synthetic load = assertInstanceOf(Load.Synthetic.class, scenario.load());
        assertEquals(List.of("AMER", "LATAM", "EMEA", "APAC"), load.sources().stream().map(Load.Source::name).toList());
        assertEquals(Map.of(PeriodKind.EOM, 1.5, PeriodKind.EOQ, 2.5, PeriodKind.EOY, 3.5), load.periodEndMultiplier());
        assertInstanceOf(FieldSpec.SubmissionTime.class, load.fields().get("SubmittedAt"));
        assertInstanceOf(FieldSpec.Flag.class, load.fields().get("Account.Credit_Hold__c"));
        FieldSpec.Numeric discount = assertInstanceOf(FieldSpec.Numeric.class, load.fields().get("Discount"));
        assertEquals(4, discount.scale(), "a Percent(5, 2) holds a fraction: two more decimals");
        assertEquals(List.of("standard", "complex"), List.copyOf(scenario.service().reviewHours().keySet()));
        assertEquals(0.6, scenario.service().reviewHours("standard").mean(), 1e-9);
        assertEquals(Coverage.Policy.PERIOD_END, scenario.coverage().policy());
        assertTrue(scenario.chatter().isPresent());
    }

    @Test
    void periodEndHeadcountsMayBeGivenPerWindowAnOmittedOneTakingTheNextLessSignificant() {
        Scenario scenario = read("src/test/resources/scenarios/problems/_windows.yaml");
        assertEquals(new RegionPlan(4, 6, 8, 8, 0.05), scenario.regions().get("AMER"), "EoY takes EoQ's");
        assertEquals(new RegionPlan(3, 3, 5, 5, 0), scenario.regions().get("EMEA"), "EoM takes specialists, EoY EoQ's");
        assertEquals(new RegionPlan(4, 5, 5, 5, 0.05), read("src/test/resources/scenarios/problems/_good.yaml")
                .regions().get("AMER"), "one number applies to all three windows");
    }

    @Test
    void theMmcScenarioIsAnMmcQueue() {
        Scenario scenario = read("src/test/resources/scenarios/mmc/mmc.yaml");
        Load.Synthetic load = assertInstanceOf(Load.Synthetic.class, scenario.load());
        assertEquals(216, load.sources().get(0).perBusinessDay());
        assertEquals(1.0, load.sources().get(0).weekendFactor());
        assertEquals(1.0, scenario.service().reviewHours("standard").mean(), 1e-12);
        assertEquals(new RegionPlan(10, 10, 0), scenario.regions().get("R"));
        assertEquals(Optional.empty(), scenario.chatter());
    }

    @Test
    void defaultsApplyWhenOptionalKeysAreLeftOut() {
        Scenario scenario = read("src/test/resources/scenarios/problems/_good.yaml");
        Load.Synthetic load = assertInstanceOf(Load.Synthetic.class, scenario.load());
        assertArrayEquals(LoadReader.DEFAULT_INTRADAY, load.intraday());
        assertEquals(0, scenario.service().escalatedPriority(), "from the rules' escalation policy");
        assertEquals(0.0, load.sources().get(1).weekendFactor());
    }

    @Test
    void durationsAcceptUnitsInDecreasingOrderAndIso() {
        assertEquals(Optional.of(Duration.ofDays(7)), Values.parseDuration("7d"));
        assertEquals(Optional.of(Duration.ofHours(36)), Values.parseDuration("1d12h"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), Values.parseDuration("1.5h"));
        assertEquals(Optional.of(Duration.ofHours(12)), Values.parseDuration("PT12H"));
        for (String bad : List.of("", "12", "h", "12h1d", "1h1h", "-1h", "1 h", "PT-1H", "1w")) {
            assertEquals(Optional.empty(), Values.parseDuration(bad), bad);
        }
        assertEquals("1d12h", Values.format(Duration.ofHours(36)));
    }

    @Test
    void aMissingFileOrADirectoryIsOneLocatedProblem() {
        assertEquals("nowhere.yaml:1:1: error: cannot read 'nowhere.yaml': no such file",
                ScenarioReader.read(Path.of("nowhere.yaml")).problems().get(0).toString());
        Path dir = Fixtures.ROOT.resolve("scenarios");
        assertEquals(dir + ":1:1: error: '" + dir + "' is a directory; name a scenario file (.yaml)",
                ScenarioReader.read(dir).problems().get(0).toString());
    }

    @Test
    void aHugeOrUtf16OrBinaryFileIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.yaml");
        Files.write(huge, new byte[YamlTreeReader.MAX_BYTES + 1]);
        assertTrue(ScenarioReader.read(huge).problems().get(0).message().contains("at most 4,194,304 bytes"));
        Path utf16 = dir.resolve("utf16.yaml");
        Files.write(utf16, "rules: x".getBytes(StandardCharsets.UTF_16));
        assertEquals("not-utf8", ScenarioReader.read(utf16).problems().get(0).code());
        Path binary = dir.resolve("binary.yaml");
        Files.write(binary, new byte[] {'a', ':', ' ', 0, 1, 2});
        ScenarioProblem problem = ScenarioReader.read(binary).problems().get(0);
        assertEquals("binary-file", problem.code());
        assertEquals(4, problem.column());
    }

    @Test
    void problemsCarryTheirYamlPathSeparately() {
        ScenarioResult result = ScenarioReader.read(Path.of("src/test/resources/scenarios/problems/wrong-types.yaml"));
        ScenarioProblem problem = result.problems().stream().filter(p -> p.yamlPath().equals("regions.EMEA.specialists"))
                .findFirst().orElseThrow();
        assertEquals("must be a whole number, got \"four\"", problem.message());
        assertEquals(9, problem.line());
        assertEquals(24, problem.column());
    }
}

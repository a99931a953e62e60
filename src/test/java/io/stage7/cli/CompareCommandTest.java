package io.stage7.cli;

import io.stage7.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code stage7 compare A B}: the what-if on the command line. */
class CompareCommandTest {

    /** The default scenario, as a file elsewhere (its rules path made absolute), edited. */
    private static Path defaultScenario(Path temp, String name, String from, String to) throws IOException {
        String yaml = Files.readString(Fixtures.DEFAULT_SCENARIO)
                .replaceFirst("(?m)^rules: .*$", "rules: " + Fixtures.RULES.toAbsolutePath())
                .replace("end: 2026-05-01T07:00:00Z", "end: 2026-03-08T00:00:00Z");
        assertTrue(yaml.contains(from), from);
        Path file = temp.resolve(name);
        Files.writeString(file, yaml.replace(from, to));
        return file;
    }

    private static final String EMEA = "EMEA: { specialists: 4, period_end_specialists: 5";

    @Test
    void aScenarioComparedWithItselfShowsNoSignificantDifference(@TempDir Path temp) throws IOException {
        Path a = defaultScenario(temp, "a.yaml", EMEA, EMEA);
        Cli cli = Cli.run("compare", a.toString(), a.toString(), "--replications", "3", "--out", temp.resolve("out").toString());
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("3 replications of each, seed 20260201, common random numbers"), cli.out());
        assertTrue(cli.out().contains("\n0 of "), cli.out());
        assertTrue(!cli.out().contains("*\n"), cli.out());
        String json = Files.readString(temp.resolve("out/compare.json"));
        assertTrue(json.contains("\"significant\": [ ],"), json);
        assertTrue(json.matches("(?s).*\"attainment\": \\{\\n +\"a\": 0\\.\\d+,\\n +\"b\": 0\\.\\d+,\\n +\"difference\": 0,"
                + "\\n +\"ci95\": \\[0, 0],\\n +\"halfWidth\": 0,\\n +\"n\": 3,\\n +\"significant\": false\\n.*"), json);
    }

    @Test
    void aClearlyBetterStaffingIsFlaggedAsASignificantGainInSlaAttainment(@TempDir Path temp) throws IOException {
        Path a = defaultScenario(temp, "a.yaml", EMEA, "EMEA: { specialists: 3, period_end_specialists: 3");
        Path b = defaultScenario(temp, "b.yaml", EMEA, "EMEA: { specialists: 6, period_end_specialists: 6");
        Cli cli = Cli.run("compare", a.toString(), b.toString(), "--replications", "4", "--threads", "2", "--out",
                temp.resolve("out").toString());
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        String emea = cli.out().substring(cli.out().indexOf("\nEMEA "));
        String slaLine = emea.lines().filter(l -> l.startsWith("  SLA met")).findFirst().orElseThrow();
        assertTrue(slaLine.matches("  SLA met +\\d+\\.\\d% +\\d+\\.\\d% +\\+\\d+\\.\\d pts +\\[\\+\\d+\\.\\d, \\+\\d+\\.\\d] +\\*"),
                slaLine);
        String json = Files.readString(temp.resolve("out/compare.json"));
        assertTrue(json.contains("\"regions.EMEA.sla.attainment\""), "listed as significant: " + json);
        assertTrue(json.contains("\"file\": \"" + b + "\""), json);
        // The report page: the same paired differences, readable without its script.
        String report = Files.readString(temp.resolve("out/report.html"));
        String emeaTable = report.substring(report.indexOf("<caption>EMEA</caption>"));
        assertTrue(emeaTable.substring(0, emeaTable.indexOf("</table>"))
                .matches("(?s).*<tr class=\"significant\"><th scope=\"row\">SLA met</th>.*\\*</td><td>\\[\\+.*"), emeaTable);
        assertTrue(report.contains("\"comparison\":{\"a\":\"" + a + "\""), "the data the chart draws");
    }

    @Test
    void scenariosWithDifferentSeedsAreRefusedUnlessSeedGivesThemOne(@TempDir Path temp) throws IOException {
        Path a = defaultScenario(temp, "a.yaml", EMEA, EMEA);
        Path b = defaultScenario(temp, "b.yaml", "seed: 20260201", "seed: 7");
        Cli refused = Cli.run("compare", a.toString(), b.toString(), "--replications", "2", "--out", temp.toString());
        assertEquals(Main.INPUT_ERRORS, refused.exitCode());
        assertTrue(refused.err().contains("cannot compare " + a + " and " + b + ": the seeds differ: A 20260201, B 7; "
                + "common random numbers need one seed (give --seed N to run both with N)"), refused.err());
        assertTrue(refused.out().isEmpty(), refused.out());
        Cli seeded = Cli.run("compare", a.toString(), b.toString(), "--replications", "2", "--seed", "11", "--out",
                temp.resolve("out").toString());
        assertEquals(Main.OK, seeded.exitCode(), seeded.err());
        assertTrue(seeded.out().contains("seed 11"), seeded.out());
    }

    @Test
    void scenariosOverDifferentHorizonsAreRefused(@TempDir Path temp) throws IOException {
        Path a = defaultScenario(temp, "a.yaml", EMEA, EMEA);
        Path b = defaultScenario(temp, "b.yaml", "end: 2026-03-08T00:00:00Z", "end: 2026-03-15T00:00:00Z");
        Cli cli = Cli.run("compare", a.toString(), b.toString(), "--out", temp.toString());
        assertEquals(Main.INPUT_ERRORS, cli.exitCode());
        assertTrue(cli.err().contains("the horizons differ"), cli.err());
    }

    @Test
    void aScenarioWithMistakesIsAnInputErrorWithItsLocation(@TempDir Path temp) throws IOException {
        Path a = defaultScenario(temp, "a.yaml", EMEA, EMEA);
        Cli cli = Cli.run("compare", a.toString(), "src/test/resources/sim/model/bad-scenario.yaml");
        assertEquals(Main.INPUT_ERRORS, cli.exitCode());
        assertTrue(cli.err().contains("bad-scenario.yaml:7:"), cli.err());
        assertTrue(cli.out().isEmpty(), cli.out());
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path temp) throws IOException {
        Path a = defaultScenario(temp, "a.yaml", EMEA, EMEA);
        assertEquals(Main.USAGE, Cli.run("compare", a.toString()).exitCode());
        Cli missing = Cli.run("compare", a.toString(), "no/such.yaml");
        assertEquals(Main.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("no such scenario file: no/such.yaml"), missing.err());
        Cli one = Cli.run("compare", a.toString(), a.toString(), "--replications", "1");
        assertEquals(Main.USAGE, one.exitCode());
        assertTrue(one.err().contains("--replications must be at least 2 for a paired confidence interval, got 1"), one.err());
        assertEquals(Main.USAGE, Cli.run("compare", a.toString(), a.toString(), "--threads", "0").exitCode());
        assertEquals(Main.USAGE, Cli.run("compare", a.toString(), a.toString(), "--seed", "x").exitCode());
    }

    @Test
    void theDefaultOutputFolderIsNamedAfterBothFiles() {
        assertEquals(Path.of("out", "default-vs-more-emea"),
                CompareCommand.defaultOutput(Fixtures.DEFAULT_SCENARIO, Path.of("/tmp/more emea.yaml")).resolveSibling(
                        CompareCommand.defaultOutput(Fixtures.DEFAULT_SCENARIO, Path.of("/tmp/more-emea.yaml")).getFileName()));
        assertEquals(Path.of("out", "a-vs-b-c"), CompareCommand.defaultOutput(Path.of("a.yaml"), Path.of("x/b c.yml")));
    }
}

package io.stage7.cli;

import io.stage7.testing.Fixtures;
import io.stage7.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code stage7 test}: its formats (pinned in {@code ruletest/failing.*.expected}; rewrite them
 * with {@code -Dstage7.golden.update=true}), {@code --filter}, and its exit codes.
 */
class TestCommandTest {
    private static final String DEALS = "src/test/resources/eval-cli/rules";
    private static final String FAILING = "src/test/resources/ruletest/failing.rules";
    private static final Path EXPECTED = Path.of("src/test/resources/ruletest");

    @Test
    void jsonListsEveryTestWithEachFailedExpectationsLines() throws IOException {
        Cli result = Cli.run("test", DEALS, FAILING, "--format", "json");
        Golden.assertMatches(EXPECTED.resolve("failing.json.expected"), result.out(), "stage7 test --format json");
        assertEquals(1, result.exitCode());
    }

    @Test
    void junitIsAReportCiServersRead() throws Exception {
        Cli result = Cli.run("test", DEALS, FAILING, "--format", "junit");
        Golden.assertMatches(EXPECTED.resolve("failing.junit.expected"), result.out(), "stage7 test --format junit");
        assertEquals(1, result.exitCode());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.out().getBytes(StandardCharsets.UTF_8)));
        Element root = xml.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("9", root.getAttribute("tests"));
        assertEquals("5", root.getAttribute("failures"));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(9, cases.getLength());
        Element first = (Element) cases.item(0);
        assertEquals("A signed deal with a PO passes", first.getAttribute("name"), "the deals.rules test comes first");
        assertEquals(FAILING, ((Element) cases.item(1)).getAttribute("file"));
        assertEquals("4", ((Element) cases.item(1)).getAttribute("line"));
        assertEquals(5, xml.getElementsByTagName("failure").getLength());
    }

    @Test
    void junitEscapesWhatXmlCannotHoldAsIs(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("odd.rules"), """
                test "Quotes \\" <tags> & ampersands" {
                  given Opportunity { Region: "EMEA", Amount: 10 }
                  expect violations Signed
                }
                """);
        Cli result = Cli.run("test", DEALS, dir.resolve("odd.rules").toString(), "--format", "junit");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.out().getBytes(StandardCharsets.UTF_8)));
        Element last = (Element) xml.getElementsByTagName("testcase").item(1);
        assertEquals("Quotes \" <tags> & ampersands", last.getAttribute("name"));
        assertEquals(0, result.exitCode(), result.out());
    }

    @Test
    void filterRunsTheTestsWhoseTitleContainsThePatternOrMatchesTheGlob() {
        Cli substring = Cli.run("test", DEALS, FAILING, "--filter", "PASSES:");
        assertEquals("3 passed, 0 failed\n", substring.out());
        assertEquals(0, substring.exitCode());

        Cli glob = Cli.run("test", DEALS, FAILING, "--filter", "expects*fires");
        assertTrue(glob.out().endsWith("0 passed, 2 failed\n"), glob.out());
        assertEquals(1, glob.exitCode());

        Cli either = Cli.run("test", DEALS, FAILING, "--filter", "base of a base", "--filter", "*complex");
        assertEquals("2 passed, 0 failed\n", either.out());
    }

    @Test
    void aFilterThatMatchesNoTestIsAUsageError() {
        Cli none = Cli.run("test", DEALS, FAILING, "--filter", "no such test");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("no test matches --filter 'no such test'"), none.err());
        assertEquals(2, Cli.run("test", DEALS, "--format", "xml").exitCode(), "unknown format");
    }

    @Test
    void aTeamTestFileRunsAloneAndWithoutItsIncludesGetsOneErrorNamingThem(@TempDir Path temp) throws IOException {
        Path rules = temp.resolve("team");
        try (java.util.stream.Stream<Path> walk = Files.walk(Fixtures.RULES)) {
            for (Path source : walk.sorted().toList()) {
                Path target = rules.resolve(Fixtures.RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path routing = rules.resolve("tests").resolve("routing_test.rules");
        Cli alone = Cli.run("test", routing.toString());
        assertEquals(0, alone.exitCode(), alone.err());
        assertTrue(alone.out().matches("\\d+ passed, 0 failed\n"), alone.out());

        Files.writeString(routing, Files.readString(routing).replaceAll("(?m)^include .*$", ""));
        Cli forgot = Cli.run("test", routing.toString());
        assertEquals(1, forgot.exitCode());
        assertEquals(1, forgot.err().lines().filter(l -> l.contains(": error: ")).count(), forgot.err());
        assertTrue(forgot.err().contains("add include \"../opportunity.rules\", include \"../policy.rules\" and "
                + "include \"../routing.rules\" at its top"), forgot.err());
        assertTrue(forgot.err().endsWith("checked 1 file: 1 error, 0 warnings\n"), forgot.err());
    }

    @Test
    void aTestFileCheckedAloneSaysWhichIncludeItForgot() {
        Cli alone = Cli.run("test", "src/test/resources/diagnostics/check/missing-include/tests/alone.rules");
        assertEquals(1, alone.exitCode());
        assertTrue(alone.err().contains("add include \"../_deal.rules\" at its top"), alone.err());
        assertTrue(alone.err().endsWith("2 errors, 0 warnings\n"), alone.err());
    }
}

package io.stage7.testing;

import io.stage7.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst's change to the team's rules can break {@code stage7 test}, never the toolkit's
 * own build. The toolkit's tests read their own copy of a team project ({@link Fixtures}); the
 * few that read the shipped one ({@link TeamProject}, tagged {@value TeamProject#TAG}) are run
 * here on a copy of it with a new requirement, a new field and their tests, as an analyst would
 * add them, and must still pass. A scan of the test sources keeps every other test off the
 * shipped files.
 */
class AnalystChangeTest {

    private static final String NEW_REQUIREMENT = """

            // Added by an analyst: a reseller deal names its reseller, so Billing invoices the right party.
            requirement Reseller_Named on Opportunity {
              description "Billing invoices the reseller, not the end customer."
              error when Reseller_Deal__c && ISBLANK(Reseller_Name__c)
              message "Name the reseller this deal is sold through."
              field Reseller_Name__c
            }
            """;

    private static final String NEW_TESTS = """
            include "../opportunity.rules"
            include "../policy.rules"
            include "../requirements.rules"
            include "requirements_test.rules"

            test "Reseller_Named fires on a reseller deal without the reseller" {
              given Opportunity from Complete_Submission { Reseller_Deal__c: true }
              at "2026-03-10T10:00:00Z"
              expect violations Reseller_Named
            }

            test "Reseller_Named is quiet once the reseller is named" {
              given Opportunity from Complete_Submission { Reseller_Deal__c: true, Reseller_Name__c: "Northwind" }
              at "2026-03-10T10:00:00Z"
              expect no violation Reseller_Named
            }
            """;

    @Test
    void aNewRequirementWithItsTestsBreaksNoToolkitTest(@TempDir Path temp) throws IOException {
        Path project = temp.resolve("team");
        for (String dir : List.of("rules", "scenarios", "data")) {
            copy(TeamProject.root().resolve(dir), project.resolve(dir));
        }
        Path rules = project.resolve("rules");
        String before = Cli.run("test", rules.toString()).out();
        addFields(rules.resolve("opportunity.rules"));
        Files.writeString(rules.resolve("requirements.rules"), NEW_REQUIREMENT, StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("tests/reseller_test.rules"), NEW_TESTS);

        Cli check = Cli.run("check", rules.toString());
        assertEquals(0, check.exitCode(), check.out() + check.err());
        Cli test = Cli.run("test", rules.toString());
        assertEquals(0, test.exitCode(), test.out() + test.err());
        assertEquals(passed(before) + 2, passed(test.out()), test.out());

        TestExecutionSummary summary = runTeamProjectTests(project);
        StringWriter failures = new StringWriter();
        summary.printFailuresTo(new PrintWriter(failures), 20);
        assertTrue(summary.getTestsFoundCount() > 0, "the tagged tests were found");
        assertEquals(0, summary.getTotalFailureCount(), failures.toString());
    }

    @Test
    void onlyTheTestsTaggedTeamProjectReadTheShippedFiles() throws IOException {
        // A literal naming a shipped file or directory: "rules", "scenarios/default.yaml", "data/...".
        Pattern shipped = Pattern.compile("(?<!resolve\\()\"(rules|scenarios|data)(/[\\w./-]*)?\"");
        // Literals that look like shipped paths but are not read: a YAML key, a display name.
        // A literal resolved against another directory (resolve("rules")) is not the shipped one.
        Map<String, Set<String>> allowed = Map.of(
                "ScenarioReferenceTest.java", Set.of("\"rules\"", "\"scenarios/docs-example.yaml\""));
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("src/test/java"))) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (Set.of("TeamProject.java", "Fixtures.java", "AnalystChangeTest.java").contains(name)) {
                    continue;
                }
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher literal = shipped.matcher(source);
                while (literal.find()) {
                    if (!allowed.getOrDefault(name, Set.of()).contains(literal.group())) {
                        found.add(file + ": " + literal.group());
                    }
                }
                if (source.contains("TeamProject.rules()") || source.contains("TeamProject.scenarios()")
                        || source.contains("TeamProject.data()")) {
                    assertTrue(source.contains("@Tag(TeamProject.TAG)"), file + " reads the shipped project untagged");
                }
            }
        }
        assertEquals(List.of(), found, "read io.stage7.testing.Fixtures, or TeamProject in a tagged test");
    }

    /** Runs the tests tagged {@value TeamProject#TAG} with the team project at {@code project}. */
    private static TestExecutionSummary runTeamProjectTests(Path project) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("io.stage7"))
                .filters(TagFilter.includeTags(TeamProject.TAG))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        String previous = System.getProperty(TeamProject.PROPERTY);
        System.setProperty(TeamProject.PROPERTY, project.toString());
        try {
            launcher.execute(request, listener);
        } finally {
            if (previous == null) {
                System.clearProperty(TeamProject.PROPERTY);
            } else {
                System.setProperty(TeamProject.PROPERTY, previous);
            }
        }
        return listener.getSummary();
    }

    private static void addFields(Path objects) throws IOException {
        String text = Files.readString(objects, StandardCharsets.UTF_8);
        int open = text.indexOf("object Opportunity {");
        int close = text.indexOf("\n}", open) + 1;
        assertTrue(open >= 0 && close > open, "opportunity.rules declares the Opportunity object");
        Files.writeString(objects, text.substring(0, close)
                + "  Reseller_Deal__c        Checkbox\n  Reseller_Name__c        Text(80)\n" + text.substring(close));
    }

    private static int passed(String summary) {
        Matcher m = Pattern.compile("(\\d+) passed, 0 failed\\s*$").matcher(summary);
        assertTrue(m.find(), summary);
        return Integer.parseInt(m.group(1));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}

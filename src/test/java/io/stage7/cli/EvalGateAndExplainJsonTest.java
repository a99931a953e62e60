package io.stage7.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code eval --fail-on} gates a pipeline; {@code explain --format json} gives the explanation as data. */
class EvalGateAndExplainJsonTest {

    private static final String RULES = GoldenEvalTest.RULES;
    private static final String AT = GoldenEvalTest.AT;
    private static final String VALID = GoldenEvalTest.CORPUS.resolve("valid.jsonl").toString();

    @Test
    void withoutFailOnViolationsDoNotChangeTheExitCode() {
        Cli cli = Cli.run("eval", "--rules", RULES, "--at", AT, VALID);
        assertEquals(Main.OK, cli.exitCode(), cli.err());
    }

    @Test
    void failOnErrorExitsFourAndStillPrintsEveryDecision() {
        Cli plain = Cli.run("eval", "--rules", RULES, "--at", AT, VALID);
        Cli gated = Cli.run("eval", "--rules", RULES, "--at", AT, "--fail-on", "error", VALID);
        assertEquals(Main.TARGET_NOT_MET, gated.exitCode(), gated.err());
        assertEquals(plain.out(), gated.out());
        assertTrue(gated.err().matches("(?s).*stage7 eval: \\d+ records? violates? error-level requirements \\(--fail-on error\\).*"),
                gated.err());
    }

    @Test
    void failOnWarningCountsEveryViolatingRecord(@TempDir Path temp) throws IOException {
        Path warningsOnly = temp.resolve("discount.jsonl");
        Files.writeString(warningsOnly,
                "{\"Id\": \"W-1\", \"Region\": \"EMEA\", \"Amount\": 5000, \"Signed__c\": true, \"Discount\": 40}\n");
        assertEquals(Main.OK, Cli.run("eval", "--rules", RULES, "--at", AT, "--fail-on", "error",
                warningsOnly.toString()).exitCode(), "a warning does not fail --fail-on error");
        Cli warning = Cli.run("eval", "--rules", RULES, "--at", AT, "--fail-on", "warning", warningsOnly.toString());
        assertEquals(Main.TARGET_NOT_MET, warning.exitCode(), warning.out() + warning.err());
        assertTrue(warning.err().contains("1 record violates requirements (--fail-on warning)"), warning.err());
    }

    @Test
    void explainAsJsonHoldsTheDecisionAndEveryFormulaTree() throws IOException {
        Cli cli = Cli.run("explain", "--rules", RULES, "--at", AT, "--id", "D-2", "--format", "json", VALID);
        assertEquals(Main.OK, cli.exitCode(), cli.err());
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertEquals("D-2", root.get("id").asText());
        assertEquals("D-2", root.get("decision").get("id").asText(), cli.out());
        JsonNode first = root.get("requirements").get(0);
        assertTrue(first.has("outcome") && first.get("condition").has("children"), cli.out());
        assertTrue(root.get("routings").isArray(), cli.out());
    }
}

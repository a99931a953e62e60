package io.stage7.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code eval --prior} and {@code explain --prior} on {@code src/test/resources/eval-cli/prior}:
 * prior versions matched by Id (a record without one is new), in JSON Lines and CSV, and every
 * problem of a prior file located, stopping the run even with {@code --skip-invalid}. Each case
 * compares stdout, stderr and the exit code with its golden file ({@code -Dstage7.golden.update=true}
 * rewrites them).
 */
class GoldenPriorTest {
    private static final Path DIR = GoldenEvalTest.CORPUS.resolve("prior");
    private static final String RULES = DIR.resolve("deals.rules").toString();
    private static final String DEALS = DIR.resolve("deals.jsonl").toString();
    private static final String AT = GoldenEvalTest.AT;

    private static void check(String expected, String... args) throws IOException {
        GoldenEvalTest.check(DIR.resolve(expected), args);
    }

    @Test
    void recordsAreEvaluatedAgainstTheirPriorVersionsByIdAndTheRestAreNew() throws IOException {
        check("prior.jsonl.expected", "eval", "--rules", RULES, "--at", AT, DEALS, "--prior",
                DIR.resolve("prior.jsonl").toString());
    }

    @Test
    void priorVersionsMayComeAsCsv() throws IOException {
        check("prior.csv.expected", "eval", "--rules", RULES, "--at", AT, DEALS, "--prior",
                DIR.resolve("prior.csv").toString());
    }

    @Test
    void withoutPriorEveryRecordIsNew() throws IOException {
        check("no-prior.expected", "eval", "--rules", RULES, "--at", AT, DEALS);
    }

    @Test
    void explainShowsThePriorValues() throws IOException {
        check("explain-D-1.expected", "explain", "--rules", RULES, "--at", AT, DEALS, "--id", "D-1", "--prior",
                DIR.resolve("prior.jsonl").toString());
    }

    @Test
    void everyProblemOfAPriorFileIsLocatedAndNothingIsEvaluated() throws IOException {
        check("bad-prior.jsonl.expected", "eval", "--rules", RULES, "--at", AT, DEALS, "--prior",
                DIR.resolve("bad-prior.jsonl").toString());
        check("bad-prior.jsonl.expected", "eval", "--rules", RULES, "--at", AT, "--skip-invalid", DEALS,
                "--prior", DIR.resolve("bad-prior.jsonl").toString());
    }

    @Test
    void aMissingPriorFileIsAUsageError() throws IOException {
        check("missing.expected", "eval", "--rules", RULES, "--at", AT, DEALS, "--prior",
                DIR.resolve("missing.jsonl").toString());
    }
}

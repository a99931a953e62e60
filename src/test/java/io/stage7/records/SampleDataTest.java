package io.stage7.records;

import io.stage7.testing.Fixtures;
import io.stage7.Rules;
import io.stage7.check.Requirement;
import io.stage7.check.RouteEntry;
import io.stage7.check.RoutingSet;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Route;
import io.stage7.eval.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample file, evaluated at the instant the README uses, exercises the team's rules: every
 * active requirement fires for some record and not for others, every routing entry is the one
 * that matches for some record, and nothing fails. Both are the toolkit's frozen copies
 * ({@link Fixtures}) of {@code data/opportunities.jsonl} and {@code rules/}: a requirement an
 * analyst adds to {@code rules/} is judged by its own tests, not by this sample.
 */
class SampleDataTest {
    /** The README's {@code --at}: late on Tuesday 31 March 2026 GMT, the last day of the fiscal month. */
    static final EvalContext AT = EvalContext.at(Instant.parse("2026-03-31T22:00:00Z"));

    private static Rules rules;
    private static LoadedRecords sample;
    private static List<Decision> decisions;

    @BeforeAll
    static void evaluate() {
        rules = Rules.load(Fixtures.RULES).rules().orElseThrow();
        sample = rules.readRecords(Fixtures.SAMPLE);
        decisions = sample.records().stream().map(r -> rules.evaluate(r, AT)).toList();
    }

    @Test
    void theSampleReadsWithoutProblems() {
        assertEquals(List.of(), sample.problems());
        assertTrue(sample.records().size() >= 30, "30 to 50 records");
        assertTrue(sample.records().stream().anyMatch(r -> r.type().object().name().equals("Case")), "a few Cases");
    }

    @Test
    void everyActiveRequirementFiresForSomeRecordsAndNotForOthers() {
        Map<String, Integer> fired = new HashMap<>();
        for (Decision decision : decisions) {
            assertEquals(List.of(), decision.failures(), decision.recordId());
            for (Violation violation : decision.violations()) {
                fired.merge(violation.requirement(), 1, Integer::sum);
            }
        }
        long opportunities = sample.records().stream().filter(r -> r.type().object().name().equals("Opportunity")).count();
        for (Requirement requirement : rules.checked().requirements()) {
            int count = fired.getOrDefault(requirement.name(), 0);
            if (requirement.active()) {
                assertTrue(count > 0, requirement.name() + " never fires on the sample");
                assertTrue(count < opportunities, requirement.name() + " fires on every record");
            } else {
                assertEquals(0, count, requirement.name() + " is inactive");
            }
        }
    }

    @Test
    void everyRoutingEntryMatchesSomeRecord() {
        Map<String, List<Integer>> matched = new HashMap<>();
        for (Decision decision : decisions) {
            for (Route route : decision.routes()) {
                matched.computeIfAbsent(route.routing(), k -> new ArrayList<>()).add(route.entry());
            }
        }
        for (RoutingSet routing : rules.checked().routingSets()) {
            for (RouteEntry entry : routing.entries()) {
                assertTrue(matched.getOrDefault(routing.name(), List.of()).contains(entry.number()),
                        routing.name() + " entry " + entry.number() + " never matches on the sample");
            }
        }
    }

    @Test
    void oneRuleSetEvaluatedByTwoThreadsGivesTheSameDecisions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Decision>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                runs.add(pool.submit(() -> {
                    List<Decision> out = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        out.clear();
                        for (DataRecord record : sample.records()) {
                            out.add(rules.evaluate(record, AT));
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<Decision>> run : runs) {
                assertEquals(decisions, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}

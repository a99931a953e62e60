package io.stage7.eval.compiled;

import io.stage7.check.CheckedRules;
import io.stage7.check.RuleTest;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One RuleSet shared by several threads decides every record as one thread does. */
class ThreadSafetyTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 200;

    @Test
    void oneRuleSetEvaluatedByManyThreadsGivesTheSingleThreadedDecisions() throws Exception {
        CheckedRules rules = Rules.load(Rules.SHIPPED);
        RuleSet ruleSet = RuleSet.compile(rules);
        List<DataRecord> pool = new ArrayList<>();
        List<EvalContext> clocks = new ArrayList<>();
        for (RuleTest test : rules.tests()) {
            pool.add(Rules.record(rules, ruleSet.recordType(test.object().name()), test));
            clocks.add(Rules.context(test));
        }
        assertTrue(pool.size() > 20, "a varied pool");
        List<Decision> expected = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            expected.add(ruleSet.evaluate(pool.get(i), clocks.get(i)));
        }
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Decision>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * 7;
                results.add(executor.submit(() -> {
                    start.await();
                    List<Decision> decisions = new ArrayList<>(pool.size());
                    for (int i = 0; i < pool.size(); i++) {
                        decisions.add(null);
                    }
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int k = 0; k < pool.size(); k++) {
                            int i = (k + offset + round) % pool.size(); // threads interleave differently
                            Decision decision = ruleSet.evaluate(pool.get(i), clocks.get(i));
                            if (decisions.get(i) == null) {
                                decisions.set(i, decision);
                            } else if (!decisions.get(i).equals(decision)) {
                                throw new AssertionError("record " + i + " decided two ways: " + decision);
                            }
                        }
                    }
                    return decisions;
                }));
            }
            start.countDown();
            for (Future<List<Decision>> result : results) {
                assertEquals(expected, result.get(2, TimeUnit.MINUTES));
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void evaluationReadsTheCallersClockNotTheSystemClock() {
        CheckedRules rules = Rules.load(Rules.SHIPPED);
        RuleSet ruleSet = RuleSet.compile(rules);
        DataRecord record = DataRecord.builder(ruleSet.recordType("Opportunity")).id("o").set("StageName", "7 - Closing")
                .set("CloseDate", java.time.LocalDate.parse("2026-03-01")).build();
        Decision before = ruleSet.evaluate(record, EvalContext.at(Instant.parse("2026-02-15T00:00:00Z")));
        Decision after = ruleSet.evaluate(record, EvalContext.at(Instant.parse("2026-03-15T00:00:00Z")));
        assertTrue(after.violations().stream().anyMatch(v -> v.requirement().equals("Close_Date_Not_In_Past")));
        assertTrue(before.violations().stream().noneMatch(v -> v.requirement().equals("Close_Date_Not_In_Past")));
    }
}

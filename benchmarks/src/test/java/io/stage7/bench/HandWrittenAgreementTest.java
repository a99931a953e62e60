package io.stage7.bench;

import io.stage7.eval.Decision;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Route;
import io.stage7.eval.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The baseline is honest: it decides the benchmark pool exactly as the compiled rules do, and the pool exercises every rule. */
class HandWrittenAgreementTest {
    private static final TeamRules TEAM = new TeamRules();

    @BeforeAll
    static void setUp() {
        TEAM.setUp(); // throws when any evaluator disagrees
    }

    @Test
    void handWrittenAndInterpreterDecideThePoolAsTheCompiledRulesDo() {
        assertEquals(OpportunityPool.SIZE, TEAM.pool.length);
        assertEquals(java.util.List.of(), TeamRules.disagreements(TEAM));
    }

    @Test
    void thePoolFiresEveryActiveRequirementAndTakesEveryRoutingEntry() {
        Set<String> fired = new TreeSet<>();
        Set<Integer> entries = new TreeSet<>();
        for (DataRecord record : TEAM.pool) {
            Decision decision = TEAM.compiled.evaluate(record, OpportunityPool.CLOCK);
            decision.violations().stream().map(Violation::requirement).forEach(fired::add);
            decision.route("Approval_Queue").map(Route::entry).ifPresent(entries::add);
        }
        Set<String> active = new TreeSet<>();
        TEAM.rules.checked().requirements().stream().filter(r -> r.active()).forEach(r -> active.add(r.name()));
        assertEquals(active, fired);
        assertEquals(Set.of(1, 2, 3, 4), entries);
    }

    @Test
    void handWrittenRoutesChatterCasesAsTheCompiledRulesDo() {
        for (String region : new String[] {"APAC", "EMEA", "AMER", "LATAM", null}) {
            DataRecord chatter = TEAM.rules.newRecord("Case").id("CASE-" + region).set("Region", region).build();
            assertEquals(TEAM.compiled.evaluate(chatter, OpportunityPool.CLOCK),
                    TEAM.handWritten.evaluate(chatter, OpportunityPool.CLOCK), String.valueOf(region));
        }
        assertTrue(TEAM.pool.length > 0);
    }
}

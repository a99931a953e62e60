package io.stage7.bench;

import io.stage7.check.Requirement;
import io.stage7.check.RouteEntry;
import io.stage7.check.RoutingSet;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Decision;
import io.stage7.eval.Route;
import io.stage7.eval.Violation;
import io.stage7.ruletest.TestReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each peer set's hand-written twin is honest: it decides the whole pool exactly as the compiled
 * rules do (and so do the closures and the interpreter), and the pool gives the twin every chance
 * to be wrong: every active requirement both fires and stays quiet on some record, every routing
 * entry is taken, and no record fails.
 */
class PeerAgreementTest {
    private static final Map<PeerSet, PeerRules> LOADED = new HashMap<>();

    private static synchronized PeerRules peer(PeerSet set) {
        return LOADED.computeIfAbsent(set, s -> {
            PeerRules peer = new PeerRules();
            peer.set = s.name();
            peer.setUp(); // throws when any evaluator disagrees
            return peer;
        });
    }

    @ParameterizedTest
    @EnumSource(PeerSet.class)
    void everyEvaluatorDecidesThePoolAsTheCompiledRulesDo(PeerSet set) {
        PeerRules peer = peer(set);
        assertEquals(PeerSet.SIZE, peer.pool.length);
        assertEquals(List.of(), peer.disagreements());
    }

    @ParameterizedTest
    @EnumSource(PeerSet.class)
    void thePoolIsTheSameOnEveryLoad(PeerSet set) {
        PeerRules peer = peer(set);
        List<DataRecord> again = set.pool(peer.rules);
        for (int i = 0; i < PeerSet.SIZE; i += 97) {
            assertEquals(peer.pool[i].toString(), again.get(i).toString());
        }
    }

    @ParameterizedTest
    @EnumSource(PeerSet.class)
    void everyRequirementFiresAndStaysQuietAndEveryRoutingEntryIsTaken(PeerSet set) {
        PeerRules peer = peer(set);
        Map<String, Integer> firedOn = new TreeMap<>();
        Set<String> entriesTaken = new TreeSet<>();
        for (DataRecord record : peer.pool) {
            Decision decision = peer.compiled.evaluate(record, PeerSet.CLOCK);
            assertEquals(List.of(), decision.failures(), record.id());
            for (Violation violation : decision.violations()) {
                firedOn.merge(violation.requirement(), 1, Integer::sum);
            }
            for (Route route : decision.routes()) {
                entriesTaken.add(route.routing() + "#" + route.entry());
            }
        }
        Set<String> active = new TreeSet<>();
        for (Requirement requirement : peer.rules.checked().requirements()) {
            if (requirement.active()) {
                active.add(requirement.name());
                int fired = firedOn.getOrDefault(requirement.name(), 0);
                assertTrue(fired > 0 && fired < PeerSet.SIZE,
                        requirement.name() + " fires on " + fired + " of " + PeerSet.SIZE + " records");
            }
        }
        assertEquals(active, firedOn.keySet());
        Set<String> entries = new TreeSet<>();
        for (RoutingSet routing : peer.rules.checked().routingSets()) {
            for (RouteEntry entry : routing.entries()) {
                entries.add(routing.name() + "#" + entry.number());
            }
        }
        assertEquals(entries, entriesTaken);
    }

    /** The comparison can fail: a twin that forgets any one requirement disagrees on some record. */
    @ParameterizedTest
    @EnumSource(PeerSet.class)
    void aTwinThatForgetsARequirementIsCaught(PeerSet set) {
        PeerRules peer = peer(set);
        Decision[] expected = new Decision[peer.pool.length];
        Decision[] twins = new Decision[peer.pool.length];
        for (int i = 0; i < peer.pool.length; i++) {
            expected[i] = peer.compiled.evaluate(peer.pool[i], PeerSet.CLOCK);
            twins[i] = peer.handWritten.evaluate(peer.pool[i], PeerSet.CLOCK);
        }
        for (Requirement requirement : peer.rules.checked().requirements()) {
            boolean caught = false;
            for (int i = 0; i < twins.length && !caught; i++) {
                Decision forgetful = new Decision(twins[i].recordId(), twins[i].violations().stream()
                        .filter(v -> !v.requirement().equals(requirement.name())).toList(),
                        twins[i].routes(), twins[i].failures());
                caught = !forgetful.equals(expected[i]);
            }
            assertTrue(caught || !requirement.active(), requirement.name());
        }
    }

    @ParameterizedTest
    @EnumSource(PeerSet.class)
    void theRulesFilesOwnTestsPass(PeerSet set) {
        PeerRules peer = peer(set);
        TestReport report = peer.rules.runTests();
        assertTrue(report.passed() > 0 && report.failed() == 0, report::render);
    }
}

package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Decision;
import io.stage7.eval.Evaluator;
import io.stage7.eval.compiled.RuleSet;
import io.stage7.eval.interp.Interpreter;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;

/**
 * One peer rule set, its evaluators (compiled with the default backend, the same plan walked as
 * closures, the reference interpreter, the hand-written twin) and its record pool, shared by every
 * thread of a benchmark. Set-up refuses to run the benchmark unless the four agree on every record.
 */
@State(Scope.Benchmark)
public class PeerRules {
    @Param({"DATE", "TEXT", "ROUTING", "MIXED"})
    public String set;

    Rules rules;
    Evaluator compiled;
    Evaluator closures;
    Interpreter interpreter;
    PeerTwin handWritten;
    DataRecord[] pool;

    @Setup(Level.Trial)
    public void setUp() {
        PeerSet peer = PeerSet.valueOf(set);
        rules = peer.load();
        compiled = rules.evaluator();
        closures = RuleSet.compile(rules.checked(), RuleSet.Backend.CLOSURES);
        interpreter = rules.interpreter();
        handWritten = peer.twin(rules);
        pool = peer.pool(rules).toArray(new DataRecord[0]);
        List<String> disagreements = disagreements();
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException(set + ": " + disagreements.size() + " records decided differently, first: "
                    + disagreements.get(0));
        }
    }

    /** Every record of the pool on which the closures, the interpreter or the twin disagree with the compiled rules. */
    List<String> disagreements() {
        List<String> out = new ArrayList<>();
        for (DataRecord record : pool) {
            Decision expected = compiled.evaluate(record, PeerSet.CLOCK);
            compare(out, record, expected, "closures", closures.evaluate(record, PeerSet.CLOCK));
            compare(out, record, expected, "interpreter", interpreter.evaluate(record, PeerSet.CLOCK));
            compare(out, record, expected, "hand-written", handWritten.evaluate(record, PeerSet.CLOCK));
        }
        return out;
    }

    private static void compare(List<String> out, DataRecord record, Decision expected, String name, Decision actual) {
        if (!expected.equals(actual)) {
            out.add(record + ":\n  compiled " + expected + "\n  but " + name + " " + actual);
        }
    }
}

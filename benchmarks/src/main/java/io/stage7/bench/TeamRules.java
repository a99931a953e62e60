package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.Decision;
import io.stage7.eval.Evaluator;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Outcome;
import io.stage7.eval.interp.Interpreter;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;

/**
 * The shipped team rules, their evaluators (compiled to bytecode, the same plan walked as closures,
 * reference interpreter, hand-written baseline) and the opportunity pool, shared by every thread of a benchmark. Set-up refuses to
 * run the benchmark unless the three agree on every record of the pool.
 */
@State(Scope.Benchmark)
public class TeamRules {
    Rules rules;
    Evaluator compiled;
    Evaluator closures;
    Interpreter interpreter;
    HandWrittenTeamRules handWritten;
    DataRecord[] pool;
    DecisionParts[] decisions;
    /** Reused by {@code compiledOutcome}; a benchmark-scoped state, so run that benchmark with one thread. */
    Outcome outcome = new Outcome();

    @Setup(Level.Trial)
    public void setUp() {
        rules = Stage7Files.teamRules();
        compiled = rules.evaluator();
        closures = io.stage7.eval.compiled.RuleSet.compile(rules.checked(), io.stage7.eval.compiled.RuleSet.Backend.CLOSURES);
        interpreter = rules.interpreter();
        handWritten = new HandWrittenTeamRules(rules);
        pool = OpportunityPool.of(rules).toArray(new DataRecord[0]);
        decisions = new DecisionParts[pool.length];
        for (int i = 0; i < pool.length; i++) {
            decisions[i] = new DecisionParts(compiled.evaluate(pool[i], OpportunityPool.CLOCK));
            if (!decisions[i].rebuild().equals(compiled.evaluate(pool[i], OpportunityPool.CLOCK))) {
                throw new IllegalStateException("a rebuilt decision differs from the evaluator's: " + pool[i].id());
            }
        }
        List<String> disagreements = disagreements(this);
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException(disagreements.size() + " records decided differently, first: "
                    + disagreements.get(0));
        }
    }

    /** Every record of the pool on which the interpreter or the hand-written rules disagree with the compiled ones. */
    static List<String> disagreements(TeamRules team) {
        List<String> out = new ArrayList<>();
        for (DataRecord record : team.pool) {
            Decision expected = team.compiled.evaluate(record, OpportunityPool.CLOCK);
            Decision reference = team.interpreter.evaluate(record, OpportunityPool.CLOCK);
            Decision baseline = team.handWritten.evaluate(record, OpportunityPool.CLOCK);
            Decision walked = team.closures.evaluate(record, OpportunityPool.CLOCK);
            if (!expected.equals(walked)) {
                out.add(record.id() + ": compiled " + expected + " but closures " + walked);
            }
            if (!expected.equals(reference)) {
                out.add(record.id() + ": compiled " + expected + " but interpreter " + reference);
            }
            team.compiled.evaluate(record, OpportunityPool.CLOCK, team.outcome);
            if (!expected.equals(team.outcome.decision())) {
                out.add(record.id() + ": compiled " + expected + " but its outcome " + team.outcome.decision());
            }
            if (!expected.equals(baseline)) {
                out.add(record.id() + ": compiled " + expected + " but hand-written " + baseline);
            }
        }
        return out;
    }
}

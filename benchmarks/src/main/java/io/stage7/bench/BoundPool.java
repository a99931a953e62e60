package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Decision;
import io.stage7.eval.Evaluator;
import io.stage7.eval.RecordBinding;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;

/**
 * The opportunity pool's opportunities twice over: as prepared records, and as the application's own objects
 * ({@link BenchDeal}) with the binding that reads them. Set-up refuses to run unless both give
 * equal decisions on every record.
 */
@State(Scope.Benchmark)
public class BoundPool {
    Rules rules;
    Evaluator compiled;
    RecordBinding<BenchDeal> binding;
    DataRecord[] records;
    BenchDeal[] deals;

    @Setup(Level.Trial)
    public void setUp() {
        rules = Stage7Files.teamRules();
        compiled = rules.evaluator();
        binding = rules.bind(BenchDeal.class, "Opportunity");
        // The pool's opportunities (its Case records have no Java twin here), repeated from the
        // start to the pool's size, so that an operation is one record as in TeamRulesBenchmark.
        List<DataRecord> opportunities = OpportunityPool.of(rules).stream()
                .filter(r -> r.type().object().name().equals("Opportunity")).toList();
        records = new DataRecord[OpportunityPool.SIZE];
        deals = new BenchDeal[records.length];
        for (int i = 0; i < records.length; i++) {
            records[i] = opportunities.get(i % opportunities.size());
            deals[i] = BenchDeal.of(records[i]);
        }
        List<String> disagreements = disagreements();
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException(disagreements.size() + " objects decided differently, first: "
                    + disagreements.get(0));
        }
    }

    /** Every record whose bound object is decided differently from the record itself. */
    List<String> disagreements() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < records.length; i++) {
            Decision expected = compiled.evaluate(records[i], OpportunityPool.CLOCK);
            Decision bound = binding.evaluate(deals[i], OpportunityPool.CLOCK);
            if (!expected.equals(bound)) {
                out.add(records[i].id() + ": the record " + expected + " but the bound object " + bound);
            }
        }
        return out;
    }
}

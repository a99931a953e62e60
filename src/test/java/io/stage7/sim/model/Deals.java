package io.stage7.sim.model;

import io.stage7.check.CheckedRules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;
import io.stage7.eval.interp.Interpreter;
import io.stage7.scenario.Scenario;
import io.stage7.sim.report.MetricsCollector;
import io.stage7.sim.report.RunSummary;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opportunities of the test desk ({@link TestDesks#DESK}, or rules like it), replayed as a trace at exact instants. */
final class Deals {

    private final CheckedRules rules;
    private final Interpreter interpreter;
    private final List<DataRecord> records = new ArrayList<>();

    /** Deals of the test desk. */
    Deals() {
        this(TestDesks.DESK);
    }

    /** Deals of the Opportunity object of the rules in {@code rulesDir}, which has the test desk's fields. */
    Deals(Path rulesDir) {
        rules = TestDesks.rules(rulesDir);
        interpreter = Interpreter.of(rules);
    }

    /** A complete deal (nothing missing), standard unless {@link Deal#complex()} says otherwise. */
    Deal add(String id, String region, String submittedAt) {
        return new Deal(id, region, Instant.parse(submittedAt));
    }

    final class Deal {
        private final RecordBuilder builder;
        private final int index;

        Deal(String id, String region, Instant at) {
            builder = DataRecord.builder(interpreter.recordType("Opportunity")).id(id)
                    .set("Region", region).set("SubmittedAt", at).set("Amount", new BigDecimal("1000"))
                    .set("PO_Number__c", "PO-1");
            records.add(builder.build());
            index = records.size() - 1;
        }

        Deal complex() {
            return update("Complex__c", true);
        }

        Deal escalated() {
            return update("Escalated__c", true);
        }

        Deal amount(String value) {
            return update("Amount", new BigDecimal(value));
        }

        Deal missingPo() {
            return update("PO_Number__c", null);
        }

        private Deal update(String field, Object value) {
            records.set(index, builder.set(field, value).build());
            return this;
        }
    }

    /** The model of a trace scenario replaying these deals. */
    DeskModel model(TestDesks.Builder scenario) {
        Scenario built = scenario.trace(Path.of("deals.csv")).build();
        DeskModel.Preparation prepared = DeskModel.prepare(built, rules, interpreter, records);
        assertTrue(prepared.problems().isEmpty(), () -> "problems: " + prepared.problems());
        return prepared.model().orElseThrow();
    }

    /** Runs replication 0, checks conservation, and returns what was reported. */
    static Recorder run(DeskModel model) {
        Recorder recorder = new Recorder();
        MetricsCollector metrics = new MetricsCollector(model, 0);
        RunTotals totals = model.run(0, new Both(recorder, metrics));
        RunSummary summary = metrics.summary();
        assertTrue(totals.balanced(), () -> "conservation: " + totals);
        assertTrue(summary.conservation().holds(), () -> summary.conservation().describe());
        return recorder;
    }

    /** Two observers. */
    private record Both(Recorder recorder, MetricsCollector metrics) implements DeskObserver {
        @Override
        public void attempt(AttemptRow row) {
            recorder.attempt(row);
            metrics.attempt(row);
        }

        @Override
        public void billingReturned(String region, long time, boolean inPeriodEnd) {
            recorder.billingReturned(region, time, inPeriodEnd);
            metrics.billingReturned(region, time, inPeriodEnd);
        }

        @Override
        public void resubmitted(String opportunity, long time) {
            metrics.resubmitted(opportunity, time);
        }

        @Override
        public void chatterCase(CaseRow row) {
            recorder.chatterCase(row);
            metrics.chatterCase(row);
        }

        @Override
        public void staffing(int region, long time, int working, int busy) {
            metrics.staffing(region, time, working, busy);
        }

        @Override
        public void periodEnd(int region, long time, boolean inside) {
            metrics.periodEnd(region, time, inside);
        }

        @Override
        public void snapshot(long time, List<RegionSnapshot> regions) {
            recorder.snapshot(time, regions);
        }

        @Override
        public void finished(long time, RunTotals totals) {
            recorder.finished(time, totals);
            metrics.finished(time, totals);
        }
    }
}

package io.stage7.sim.report.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stage7.check.CheckedRules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.interp.Interpreter;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.TestDesks;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Eighteen standard deals replayed on the test desk's EMEA region (Dublin, 08:00-17:00, UTC+1 in
 * April 2026) with one specialist and one-hour reviews, from Monday 13 to Saturday 25 April 2026,
 * so that every time to decision is known by hand:
 *
 * <ul>
 *   <li>Tuesday 14: 08:30 (decided 09:30, 1 h), 08:40 (waits until 09:30, decided 10:30, 1.83 h),
 *       16:45 (worked at once, decided 17:45 after closing: 0.25 business hours);
 *   <li>Wednesday 15, 08:30: fourteen at once. The k-th is decided at 08:30 + k hours for k = 1..8
 *       (k hours); the 9th at 17:30 (8.5 business hours, the review overruns closing); the 10th to
 *       14th on Thursday at 09:00 to 13:00 (9.5 to 13.5 business hours: the last two miss the
 *       12-hour SLA);
 *   <li>Monday 20, 09:00: one more (1 h).
 * </ul>
 */
final class SmallDesk {

    static final String START = "2026-04-13T00:00:00Z";
    static final String END = "2026-04-25T00:00:00Z";

    private SmallDesk() {
    }

    static CheckedRules rules() {
        return TestDesks.rules(TestDesks.DESK);
    }

    static DeskModel model() {
        CheckedRules rules = rules();
        Interpreter interpreter = Interpreter.of(rules);
        List<DataRecord> deals = new ArrayList<>();
        deal(deals, interpreter, "tue-1", "2026-04-14T07:30:00Z");
        deal(deals, interpreter, "tue-2", "2026-04-14T07:40:00Z");
        deal(deals, interpreter, "tue-3", "2026-04-14T15:45:00Z");
        for (int i = 1; i <= 14; i++) {
            deal(deals, interpreter, "wed-" + i, "2026-04-15T07:30:00Z");
        }
        deal(deals, interpreter, "mon", "2026-04-20T08:00:00Z");
        DeskModel.Preparation prepared = DeskModel.prepare(
                TestDesks.scenario(TestDesks.DESK).name("small desk").seed(3).horizon(START, END).region("EMEA", 1)
                        .trace(Path.of("deals.csv")).build(), rules, interpreter, deals);
        assertTrue(prepared.problems().isEmpty(), () -> "problems: " + prepared.problems());
        return prepared.model().orElseThrow();
    }

    private static void deal(List<DataRecord> deals, Interpreter interpreter, String id, String submitted) {
        deals.add(DataRecord.builder(interpreter.recordType("Opportunity")).id(id).set("Region", "EMEA")
                .set("SubmittedAt", Instant.parse(submitted)).set("Amount", new BigDecimal("1000"))
                .set("PO_Number__c", "PO-1").build());
    }
}

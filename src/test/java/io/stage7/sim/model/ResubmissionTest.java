package io.stage7.sim.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resubmission after rework is evaluated with its previous attempt as the record's prior
 * version, and a first submission as a new record, so rules written with ISNEW, ISCHANGED and
 * PRIORVALUE work in a simulation ({@code src/test/resources/sim/model/resubmission}: the test
 * desk with a requirement that the amount may not rise after approval was requested, and a
 * routing entry that sends a resubmission whose amount did not rise to the front).
 */
class ResubmissionTest {
    private static final Path RULES = Path.of("src/test/resources/sim/model/resubmission");

    private static TestDesks.Builder desk() {
        return TestDesks.scenario(RULES).horizon("2026-04-13T00:00:00Z", "2026-04-25T00:00:00Z").region("EMEA", 1)
                .catchProbability(1).rework(TestDesks.fixed(24), 1);
    }

    @Test
    void aResubmissionIsRoutedAsAnUpdateOfItsPreviousAttempt() {
        Deals deals = new Deals(RULES);
        deals.add("defective", "EMEA", "2026-04-14T09:00:00Z").missingPo();
        deals.add("clean", "EMEA", "2026-04-14T09:30:00Z");
        Recorder run = Deals.run(deals.model(desk()));

        List<AttemptRow> attempts = run.of("defective");
        assertEquals(2, attempts.size(), "rejected, reworked, resubmitted");
        assertEquals("EMEA Standard", attempts.get(0).queue(), "the first submission is a new record");
        assertEquals(3, attempts.get(0).priority());
        assertEquals(Outcome.REJECTED, attempts.get(0).outcome());
        assertEquals("EMEA Resubmitted", attempts.get(1).queue(),
                "the resubmission: not new, SubmittedAt changed, the amount did not rise");
        assertEquals(1, attempts.get(1).priority());
        assertEquals(Outcome.APPROVED, attempts.get(1).outcome());
        assertEquals(List.of("EMEA Standard"), run.of("clean").stream().map(AttemptRow::queue).toList());
    }

    @Test
    void anAmountRaisedSinceThePreviousAttemptViolatesTheRequirement() {
        Deals deals = new Deals(RULES);
        deals.add("deal", "EMEA", "2026-04-14T09:00:00Z");
        DeskModel model = deals.model(desk());
        io.stage7.eval.RecordType type = model.recordType();
        long first = Instant.parse("2026-04-14T09:00:00Z").toEpochMilli();
        long second = Instant.parse("2026-04-16T09:00:00Z").toEpochMilli();
        io.stage7.eval.DataRecord before = deal(type, "1000", first);
        io.stage7.eval.DataRecord raised = deal(type, "1500", second);
        io.stage7.eval.DataRecord same = deal(type, "1000", second);

        Triage.Routed asNew = (Triage.Routed) model.triage().triage(raised, Optional.empty(), second, ZoneOffset.UTC);
        assertTrue(!asNew.defective(), "a new record: the requirement does not apply");
        Triage.Routed rose = (Triage.Routed) model.triage().triage(raised, Optional.of(before), second, ZoneOffset.UTC);
        assertTrue(rose.defective(), "the amount rose after approval was requested");
        assertEquals("EMEA Standard", rose.queue(), "and it loses its place at the front");
        Triage.Routed kept = (Triage.Routed) model.triage().triage(same, Optional.of(before), second, ZoneOffset.UTC);
        assertTrue(!kept.defective());
        assertEquals("EMEA Resubmitted", kept.queue());
        assertEquals(1, kept.priority());
    }

    private static io.stage7.eval.DataRecord deal(io.stage7.eval.RecordType type, String amount, long submitted) {
        return io.stage7.eval.DataRecord.builder(type).id("deal").set("Region", "EMEA")
                .set("Amount", new BigDecimal(amount)).set("PO_Number__c", "PO-1")
                .set("SubmittedAt", Instant.ofEpochMilli(submitted)).build();
    }
}

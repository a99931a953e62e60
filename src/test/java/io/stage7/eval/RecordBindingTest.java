package io.stage7.eval;

import io.stage7.Rules;
import io.stage7.records.LoadedRecords;
import io.stage7.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bound Java record decides as the same data read from the team's data file does. */
class RecordBindingTest {
    private static final EvalContext CLOCK = EvalContext.at(Instant.parse("2026-03-12T15:00:00Z"));
    private static Rules rules;
    private static List<DataRecord> sample;

    @BeforeAll
    static void load() {
        rules = Rules.load(Fixtures.RULES).rules().orElseThrow();
        LoadedRecords loaded = rules.readRecords(Fixtures.SAMPLE);
        assertTrue(loaded.isClean(), () -> loaded.problems().toString());
        sample = loaded.records().stream().filter(r -> r.type().object().name().equals("Opportunity")).toList();
    }

    @Test
    void boundRecordsDecideAsTheDataFileDoes() {
        RecordBinding<TeamDeal> binding = rules.bind(TeamDeal.class, "Opportunity");
        assertTrue(sample.size() > 10);
        for (DataRecord read : sample) {
            TeamDeal deal = TeamDeal.of(read);
            DataRecord bound = binding.toRecord(deal);
            assertEquals(read.id(), bound.id());
            for (int slot = 0; slot < read.type().size(); slot++) {
                assertEquals(read.value(slot), bound.value(slot), read.id() + " " + read.type().path(slot));
            }
            assertEquals(rules.evaluate(read, CLOCK), binding.evaluate(deal, CLOCK), read.id());
        }
    }

    @Test
    void theReadmeBindingExample() {
        TeamDeal deal = TeamDeal.of(sample.get(0));
        // --- README: "Evaluate your own Java objects" ---
        RecordBinding<TeamDeal> deals = rules.bind(TeamDeal.class, "Opportunity");   // checked now
        Decision decided = deals.evaluate(deal, Instant.parse("2026-03-10T10:00:00Z"));
        // --- end of the README example ---
        assertEquals(rules.evaluate(sample.get(0), Instant.parse("2026-03-10T10:00:00Z")), decided);
        assertEquals(sample.get(0).toString(), deals.toRecord(deal).toString());
    }

    @Test
    void theBindingSaysWhatEachFieldIsReadFrom() {
        RecordBinding<TeamDeal> binding = rules.bind(TeamDeal.class, "opportunity");
        assertEquals("TeamDeal.id()", binding.properties().get("Id"));
        assertEquals("TeamDeal.accountId()", binding.properties().get("Account"));
        assertEquals("TeamDeal.creditHold()", binding.properties().get("Account.Credit_Hold__c"));
        assertEquals("TeamDeal.orderFormSigned()", binding.properties().get("Order_Form_Signed__c"));
        assertEquals(TeamDeal.class, binding.javaType());
        assertEquals("Opportunity", binding.recordType().object().name());
    }

    @Test
    void anUpdateComparesWithItsPriorVersion() {
        RecordBinding<TeamDeal> binding = rules.bind(TeamDeal.class, "Opportunity");
        TeamDeal deal = TeamDeal.of(sample.get(0));
        Instant now = CLOCK.now();
        assertEquals(rules.evaluate(sample.get(0), sample.get(0), now), binding.evaluate(deal, deal, now));
    }

    @Test
    void anObjectWithoutAnIdIsRefused() {
        RecordBinding<TeamDeal> binding = rules.bind(TeamDeal.class, "Opportunity");
        TeamDeal deal = TeamDeal.of(sample.get(0));
        TeamDeal noId = new TeamDeal(" ", deal.name(), deal.accountId(), deal.accountName(), deal.industry(),
                deal.accountRequiresPo(), deal.creditHold(), deal.type(), deal.region(), deal.stageName(),
                deal.amount(), deal.discount(), deal.closeDate(), deal.submittedAt(), deal.products(),
                deal.termMonths(), deal.paymentTerms(), deal.orderFormSigned(), deal.orderFormSignedDate(),
                deal.poRequired(), deal.poNumber(), deal.billToContactName(), deal.billToContactEmail(),
                deal.nonStandardTerms(), deal.legalApproved(), deal.rampDeal(), deal.rampSchedule(),
                deal.servicesSowSigned(), deal.discountApproved(), deal.escalated(), deal.escalationReason(),
                deal.billingCountry());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> binding.evaluate(noId, CLOCK));
        assertEquals("this TeamDeal has no Id (TeamDeal.id() is blank); every record needs one", refused.getMessage());
        assertFalse(binding.toString().isEmpty());
    }
}

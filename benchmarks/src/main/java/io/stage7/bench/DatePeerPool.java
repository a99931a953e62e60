package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Contracts for the date-heavy peer set ({@code peers/date}): starts across eighteen months (on
 * weekends, on the 1st and 15th, in quarter months), end dates that match their term or miss it by
 * days, signatures whose GMT timestamp is a day or more off the typed date, some at quarter ends,
 * activations in the future, submissions at night and at weekends, and blanks everywhere.
 */
final class DatePeerPool {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 28);
    private static final Instant NOW = Instant.parse("2026-05-28T16:20:00Z");
    private static final String[] STATUSES = {"Draft", "In Approval", "Activated", "Expired", "Terminated"};
    private static final LocalDate[] QUARTER_ENDS = {LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31),
        LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30)};

    private DatePeerPool() {
    }

    static List<DataRecord> of(Rules rules) {
        PoolRandom random = new PoolRandom(22_2026L);
        List<DataRecord> pool = new ArrayList<>(PeerSet.SIZE);
        for (int n = 0; n < PeerSet.SIZE; n++) {
            pool.add(generate(rules.newRecord("Contract").id(String.format("CTR-%04d", n)), n, random));
        }
        return List.copyOf(pool);
    }

    private static DataRecord generate(RecordBuilder b, int n, PoolRandom random) {
        b.set("ContractNumber", String.format("%08d", n));
        b.set("Status", random.maybe(0.03, random.pick(STATUSES)));
        b.set("Region__c", random.maybe(0.05, random.pick("AMER", "EMEA", "APAC")));
        LocalDate start = start(random);
        b.set("StartDate", start);
        BigDecimal term = random.maybe(0.15, BigDecimal.valueOf(random.pick(1, 3, 6, 12, 12, 24, 36)));
        b.set("ContractTerm", term);
        b.set("EndDate", end(random, start, term));
        b.set("Billing_Frequency__c", random.maybe(0.1, random.pick("Monthly", "Quarterly", "Annual")));
        LocalDate around = start == null ? TODAY : start;
        LocalDate signedOn = random.maybe(0.15, random.day(around, -60, 10));
        b.set("Customer_Signed_Date__c", signedOn);
        LocalDate stamped = random.chance(0.1) ? random.pick(QUARTER_ENDS).minusDays(random.between(0, 6))
                : (signedOn == null ? around : signedOn).plusDays(random.pick(-2, -1, 0, 0, 0, 0, 1, 3));
        b.set("Customer_Signed_At__c", random.maybe(0.25, random.minute(midnight(stamped), 1)));
        b.set("Submitted_At__c", random.maybe(0.2, random.minute(NOW.minusSeconds(14 * 86_400L), 14)));
        b.set("Activated_At__c", random.maybe(0.15, random.chance(0.05) ? random.minute(NOW, 3)
                : random.minute(midnight(around.plusDays(random.between(-5, 60))), 1)));
        b.set("First_Invoice_Date__c", random.maybe(0.3, random.day(around, -5, 40)));
        b.set("Auto_Renew__c", random.chance(0.5));
        b.set("Renewal_Notice_Days__c", random.maybe(0.4, BigDecimal.valueOf(random.pick(30, 60, 90))));
        b.set("Last_Price_Review__c", random.maybe(0.2, random.day(TODAY, -500, 1)));
        b.set("Go_Live_Date__c", random.maybe(0.4, random.day(around, -10, 400)));
        return b.build();
    }

    /** From seventeen months ago to eight months ahead; a third on the 1st or 15th, a tenth in a quarter's first month. */
    private static LocalDate start(PoolRandom random) {
        if (random.chance(0.04)) {
            return null;
        }
        LocalDate day = random.day(TODAY, -500, 260);
        if (random.chance(0.3)) {
            return day.withDayOfMonth(random.pick(1, 15));
        }
        if (random.chance(0.1)) {
            return day.withMonth(random.pick(1, 4, 7, 10)).withDayOfMonth(1);
        }
        return day;
    }

    /** Mostly the start plus the term less a day (month ends kept, as ADDMONTHS does); otherwise off by days, or blank. */
    private static LocalDate end(PoolRandom random, LocalDate start, BigDecimal term) {
        if (random.chance(0.05)) {
            return null;
        }
        if (start == null) {
            return random.day(TODAY, -100, 700);
        }
        if (term != null && random.chance(0.7)) {
            LocalDate shifted = start.plusMonths(term.intValue());
            if (start.getDayOfMonth() == start.lengthOfMonth()) {
                shifted = shifted.withDayOfMonth(shifted.lengthOfMonth());
            }
            return shifted.minusDays(random.pick(1, 1, 1, 1, 0, 2));
        }
        return random.day(start, -10, 1100);
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}

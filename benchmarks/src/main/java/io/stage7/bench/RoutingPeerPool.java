package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Support cases for the routing-heavy peer set ({@code peers/routing}): every product, language,
 * priority, channel and tier (each sometimes blank), cases without an account, accounts exactly on
 * the strategic ARR threshold, expired entitlements, and countries typed as free text in the
 * spellings and cases people use, including ones no rule names.
 */
final class RoutingPeerPool {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 28);
    private static final String[] PRODUCTS = {"Platform", "Analytics", "Storage", "Database", "Networking", "Identity",
        "Mobile SDK", "Billing Portal", "Marketplace", "Edge", "Backup", "Observability"};
    private static final String[] LANGUAGES = {"English", "English", "English", "German", "French", "Spanish",
        "Portuguese", "Japanese", "Korean", "Chinese"};
    private static final String[] COUNTRIES = {"US", "usa", "United States", "Canada", "United Kingdom",
        "United Kingdom of Great Britain", "UK", "Ireland", "Germany", "Austria", "Switzerland", "France", "Belgium",
        "Spain", "Italy", "Netherlands", "Japan", "Korea", "Korea, Republic of", "India", "Singapore", "Australia",
        "Brazil", "Argentina", "Mexico", "Chile", "South Africa", "New Zealand"};
    private static final String[] SUBJECTS = {"Cannot log in", "Query times out", "Invoice missing", "Feature idea",
        "Outage in eu-west", "SDK crash on start"};

    private RoutingPeerPool() {
    }

    static List<DataRecord> of(Rules rules) {
        PoolRandom random = new PoolRandom(44_2026L);
        List<DataRecord> pool = new ArrayList<>(PeerSet.SIZE);
        for (int n = 0; n < PeerSet.SIZE; n++) {
            pool.add(generate(rules.newRecord("Case").id(String.format("CASE-%04d", n)), random));
        }
        return List.copyOf(pool);
    }

    private static DataRecord generate(RecordBuilder b, PoolRandom random) {
        b.set("Subject", random.chance(0.03) ? null : random.chance(0.02) ? "   " : random.pick(SUBJECTS));
        if (random.chance(0.85)) {
            int account = random.between(0, 150);
            b.set("Account", String.format("001CS%05d", account));
            b.set("Account.Name", random.maybe(0.05, "Customer " + account));
            b.set("Account.Tier__c", random.maybe(0.15, random.pick("Platinum", "Gold", "Silver", "Bronze")));
            b.set("Account.ARR__c", random.chance(0.2) ? null
                    : random.chance(0.1) ? new BigDecimal("1000000") : random.amount(50_000, 3_000_000));
            b.set("Account.Strategic__c", random.chance(0.15));
        }
        b.set("Origin", random.maybe(0.03, random.pick("Email", "Web", "Phone", "Chat", "Partner Portal")));
        b.set("Priority", random.maybe(0.05, random.pick("Low", "Medium", "High", "Critical")));
        b.set("Status", random.maybe(0.03, random.pick("New", "Working", "Escalated", "Closed")));
        b.set("Type", random.maybe(0.05, random.pick("Question", "Problem", "Incident", "Feature Request", "Billing")));
        b.set("Product__c", random.maybe(0.12, random.pick(PRODUCTS)));
        b.set("Language__c", random.maybe(0.08, random.pick(LANGUAGES)));
        b.set("Country__c", random.maybe(0.08, random.pick(COUNTRIES)));
        b.set("Security_Issue__c", random.chance(0.1));
        b.set("Outage__c", random.chance(0.06));
        b.set("Entitlement_End__c", random.maybe(0.2, random.day(TODAY, -60, 400)));
        b.set("Contact_Email__c", random.maybe(0.15, "someone@customer.example"));
        return b.build();
    }
}

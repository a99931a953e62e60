package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * Accounts for the text-heavy peer set ({@code peers/text}): addresses as users type them (country
 * names in several spellings and cases, padded with spaces; postal codes and state codes right,
 * nearly right and wrong), phone numbers with and without the country code, websites with and
 * without a protocol, identifiers one character off their pattern, names in capitals or marked as
 * tests, industries the picklist does not declare, descriptions padded with tabs and line breaks.
 */
final class TextPeerPool {
    private static final String[] NAMES = {"Acme Logistics", "GLOBEX CORPORATION", "Initech", "IBM", "Test Account",
        "ZZ Old Umbrella Corp", "Stark Industries", "Wayne Enterprises", "3M COMPANY", "Contest Winners Ltd",
        "Société Générale", "ÅNGSTRÖM AB"};
    private static final String[] COUNTRIES = {"US", "USA", "United States", "united states", "Canada", " canada ",
        "Germany", "United Kingdom", "UK", "France", "Republic of France", "Japan", "JAPAN", "Australia", "DE"};
    private static final String[] STATES = {"CA", "NY", "TX", "WA", "DC", "Ca", "California", "XX", "C", "PR"};
    private static final String[] POSTAL_CODES = {"94105", "94105-1420", "9410", "941051420", "K1A 0B1", "k1a0b1",
        "K1A-0B1", "10115", "SW1A 1AA", "2000"};
    private static final String[] STREETS = {"12 Main St", "PO Box 77", "P.O. Box 12", "po box 5", "Postfach 1",
        "500 Boylston Street, Suite 1200"};
    private static final String[] PHONES = {"+1 415-555-0100", "+44 20 7946 0958", "415-555-0100", "+1.415.555.0100",
        "+0 123 4567", "(415) 555-0100", "+81 3-1234-5678", "+49 30 1234567890123456"};
    private static final String[] WEBSITES = {"https://www.acme.example", "http://initech.com/about", "www.acme.com",
        "HTTPS://GLOBEX.CO.UK", "https://bad_domain", "ftp://files.example.com", "https://stark.example/"
        + "careers?team=r%26d", "  https://wayne.example  "};
    private static final String[] EMAILS = {"ap@acme.example", "billing@globex.co.uk", "no-at-sign.example",
        "finance@other.example", "AP@ACME.COM", "someone@"};
    private static final String[] DESCRIPTIONS = {"Freight software for the west coast warehouses.", "  short  ",
        "\tTwenty characters!!\t", "\n  Renewal due  \n", "Key logo; buys Platform and Analytics for 3 divisions."};

    private TextPeerPool() {
    }

    static List<DataRecord> of(Rules rules) {
        PoolRandom random = new PoolRandom(33_2026L);
        List<DataRecord> pool = new ArrayList<>(PeerSet.SIZE);
        for (int n = 0; n < PeerSet.SIZE; n++) {
            pool.add(generate(rules.newRecord("Account").id(String.format("ACC-%04d", n)), n, random));
        }
        return List.copyOf(pool);
    }

    private static DataRecord generate(RecordBuilder b, int n, PoolRandom random) {
        b.set("Name", random.maybe(0.02, random.pick(NAMES)));
        b.set("AccountNumber", random.maybe(0.3, random.chance(0.7) ? String.format("AC%08d", n)
                : random.pick("AC1234567", "ac00001234", "AC0000123X", "XX00001234", "AC-0001234")));
        b.set("Type", random.maybe(0.05, random.pick("Prospect", "Customer - Direct", "Customer - Channel", "Partner",
                "Other")));
        b.set("Industry", random.chance(0.1) ? null : random.chance(0.1) ? random.pick("Aerospace", "Mining")
                : random.pick("Technology", "Finance", "Healthcare", "Government", "Retail", "Education"));
        b.set("Rating", random.maybe(0.3, random.pick("Hot", "Warm", "Cold")));
        b.set("BillingStreet", random.maybe(0.1, random.pick(STREETS)));
        b.set("BillingCity", random.maybe(0.1, random.pick("San Francisco", "Ottawa", "Berlin", "London", "Tokyo")));
        b.set("BillingState", random.maybe(0.15, random.pick(STATES)));
        b.set("BillingPostalCode", random.maybe(0.1, random.pick(POSTAL_CODES)));
        b.set("BillingCountry", random.maybe(0.08, random.pick(COUNTRIES)));
        b.set("Phone", random.maybe(0.15, random.pick(PHONES)));
        b.set("Website", random.maybe(0.2, random.pick(WEBSITES)));
        b.set("Tax_Id__c", random.maybe(0.4, random.pick("12-3456789", "123456789", "DE123456789", "GB123456789",
                "GB123456789012", "FR12345678901")));
        b.set("DUNS_Number__c", random.maybe(0.5, random.pick("123456789", "12-345-6789", "1234567", "12345678A")));
        b.set("Primary_Contact_Email__c", random.maybe(0.2, random.pick(EMAILS)));
        b.set("Description", random.maybe(0.3, random.pick(DESCRIPTIONS)));
        b.set("Languages__c", random.subset(0.35, "English", "French", "German", "Spanish", "Japanese"));
        b.set("Support_Channels__c", random.subset(0.35, "Email", "Phone", "Chat", "Portal"));
        return b.build();
    }
}

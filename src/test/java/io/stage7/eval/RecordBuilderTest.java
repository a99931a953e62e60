package io.stage7.eval;

import io.stage7.Rules;
import io.stage7.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.TreeSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The builder refuses what the data file readers refuse: undeclared picklist values, and no Id. */
class RecordBuilderTest {
    private static Rules rules;

    @BeforeAll
    static void load() {
        rules = Rules.load(Fixtures.RULES).rules().orElseThrow();
    }

    @Test
    void anUndeclaredPicklistValueIsRefusedInTheReadersWords() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> rules.newRecord("Opportunity").set("Region", "EMAE"));
        assertEquals("Region: 'EMAE' is not a value of the picklist; did you mean 'EMEA'?", refused.getMessage());
        IllegalArgumentException far = assertThrows(IllegalArgumentException.class,
                () -> rules.newRecord("Opportunity").set("Account.Industry", "Mining"));
        assertEquals("Account.Industry: 'Mining' is not a value of the picklist; its values are 'Technology',"
                + " 'Financial Services', 'Healthcare', 'Public Sector', 'Education', 'Retail', 'Other'",
                far.getMessage());
    }

    @Test
    void anUndeclaredSelectionIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> rules.newRecord("Opportunity").set("Products", new TreeSet<>(List.of("SaaS", "Suport"))));
        assertEquals("Products: 'Suport' is not a value of the multi-select picklist; did you mean 'Support'?",
                refused.getMessage());
    }

    @Test
    void declaredValuesAndBlanksAreTaken() {
        DataRecord record = rules.newRecord("Opportunity").id("OPP-1").set("Region", "EMEA").set("Type", "")
                .set("Products", new TreeSet<>(List.of("SaaS"))).build();
        assertEquals("EMEA", record.value("Region"));
        assertEquals(null, record.value("Type"));
    }

    @Test
    void aPicklistValueIsHeldAsTheFieldDeclaresIt() {
        DataRecord record = rules.newRecord("Opportunity").id("OPP-2").set("Region", new String("EMEA".toCharArray()))
                .build();
        List<String> declared = record.type().field(record.type().slotOf("Region").orElseThrow()).values();
        assertSame(declared.get(declared.indexOf("EMEA")), record.value("Region"), "routing finds it by identity");
    }

    @Test
    void aRecordWithoutAnIdIsRefused() {
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> rules.newRecord("Opportunity").set("Region", "EMEA").build());
        assertEquals("this Opportunity record has no Id; every record needs one: call id(...) before build()",
                none.getMessage());
        assertThrows(IllegalStateException.class, () -> rules.newRecord("Opportunity").id("  ").build());
    }
}

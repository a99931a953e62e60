package io.stage7.sfdx;

import io.stage7.Rules;
import io.stage7.check.CheckedRules;
import io.stage7.check.FieldKind;
import io.stage7.check.FieldType;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Decision;
import io.stage7.eval.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.stage7.sfdx.TreeAssertions.assertSameFiles;
import static io.stage7.sfdx.TreeAssertions.assertWrittenBack;
import static io.stage7.sfdx.TreeAssertions.canonical;
import static io.stage7.sfdx.TreeAssertions.checked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped SFDX sample (examples/sfdx) through the whole path: import, check, evaluate, export, and back. */
class SampleRoundTripTest {

    static final Path SAMPLE = Path.of("examples/sfdx");

    @TempDir
    static Path work;

    static SfdxImport.Result imported;
    static Path rules;

    @BeforeAll
    static void importTheSample() throws IOException {
        rules = work.resolve("rules");
        imported = SfdxImport.run(SAMPLE, rules);
    }

    @Test
    void everyFieldAndRuleOfTheSampleIsImported() {
        assertEquals(List.of(), imported.problems());
        assertEquals(3, imported.objects());
        assertEquals(27, imported.fields());
        assertEquals(14, imported.rules());
        assertEquals(1, imported.inactive());
    }

    @Test
    void fieldsKeepTheirTypesAndMetadata() {
        CheckedRules checked = checked(rules);
        FieldType ramp = checked.object("Opportunity").orElseThrow().field("Ramp_Schedule__c").orElseThrow();
        assertEquals(FieldKind.TEXT, ramp.kind());
        assertEquals(32768, ramp.length().getAsInt());
        assertEquals("LongTextArea", ramp.details().salesforceType().orElseThrow());
        assertEquals(3, ramp.details().visibleLines().getAsInt());
        FieldType region = checked.object("Opportunity").orElseThrow().field("Region__c").orElseThrow();
        assertEquals(List.of("APAC", "EMEA", "AMER", "LATAM"), region.values());
        assertTrue(region.details().restricted());
        assertEquals("Region", region.details().valueSet().orElseThrow());
        FieldType stage = checked.object("Opportunity").orElseThrow().field("StageName").orElseThrow();
        assertTrue(stage.hasValue("7 - Closing"), "values from standardValueSets/OpportunityStage");
        FieldType contact = checked.object("Opportunity").orElseThrow().field("Billing_Contact__c").orElseThrow();
        assertEquals("Contact", contact.lookupTarget().orElseThrow());
        assertEquals("Billed_Opportunities", contact.details().relationship().orElseThrow());
        FieldType discount = checked.object("Opportunity").orElseThrow().field("Discount__c").orElseThrow();
        assertEquals(FieldKind.PERCENT, discount.kind());
        assertEquals(5, discount.precision().getAsInt());
        assertEquals(2, discount.scale().getAsInt());
        assertTrue(checked.requirement("Ramp_Deal_Multi_Year").map(r -> !r.active()).orElseThrow());
        assertEquals("Retired in FY26: single-year ramps are allowed again. Kept for reference.",
                checked.requirement("Ramp_Deal_Multi_Year").orElseThrow().description().orElseThrow());
    }

    @Test
    void importedRulesFireAsTheOrgsValidationRulesWould() {
        Rules compiled = Rules.load(rules).rules().orElseThrow();
        DataRecord clean = closing(compiled).build();
        Instant now = Instant.parse("2026-03-10T10:00:00Z");
        assertEquals(List.of(), names(compiled.evaluate(clean, now)));

        DataRecord poMissing = closing(compiled).set("AccountId.Requires_PO__c", true).build();
        assertEquals(List.of("PO_Number_Required"), names(compiled.evaluate(poMissing, now)));

        DataRecord noEmail = closing(compiled).set("Billing_Contact__c.Email", null).build();
        assertEquals(List.of("Billing_Contact_Email"), names(compiled.evaluate(noEmail, now)));

        // Ramp_Deal_Multi_Year is inactive: a one-year ramp with a schedule breaks no active rule.
        DataRecord ramp = closing(compiled).set("Ramp_Deal__c", true).set("Ramp_Schedule__c", "Y1 100")
                .set("Term_Months__c", new BigDecimal("12")).build();
        assertEquals(List.of(), names(compiled.evaluate(ramp, now)));
    }

    private static io.stage7.eval.RecordBuilder closing(Rules rules) {
        return rules.newRecord("Opportunity").id("OPP-1")
                .set("StageName", "7 - Closing")
                .set("Region__c", "EMEA")
                .set("Amount", new BigDecimal("120000"))
                .set("CloseDate", LocalDate.of(2026, 3, 31))
                .set("Order_Form_Signed__c", true)
                .set("Order_Form_Signed_Date__c", LocalDate.of(2026, 3, 9))
                .set("Billing_Contact__c", "003A")
                .set("Billing_Contact__c.Email", "ap@example.com")
                .set("Payment_Terms__c", "Net 30");
    }

    private static List<String> names(Decision decision) {
        return decision.violations().stream().map(Violation::requirement).toList();
    }

    @Test
    void importExportImportGivesTheSameCheckedRules() throws IOException {
        Path exported = work.resolve("exported-1");
        assertFalse(SfdxExport.run(List.of(rules), exported).hasErrors());
        Path again = work.resolve("rules-2");
        assertEquals(List.of(), SfdxImport.run(exported, again).problems());
        assertEquals(canonical(checked(rules)), canonical(checked(again)));
        assertSameFiles(rules, again);
    }

    @Test
    void exportImportExportGivesTheSameFilesByteForByte() throws IOException {
        Path first = work.resolve("exported-a");
        SfdxExport.run(List.of(rules), first);
        Path reimported = work.resolve("rules-b");
        SfdxImport.run(first, reimported);
        Path second = work.resolve("exported-b");
        SfdxExport.run(List.of(reimported), second);
        assertSameFiles(first, second);
    }

    @Test
    void exportWritesBackEveryFileOfTheSample() throws IOException {
        Path exported = work.resolve("exported-all");
        SfdxExport.run(List.of(rules), exported);
        assertWrittenBack(SAMPLE, exported);
    }

    @Test
    void picklistLabelsStagePropertiesAndBlankHandlingAreKept() {
        CheckedRules checked = checked(rules);
        FieldType terms = checked.object("Opportunity").orElseThrow().field("Payment_Terms__c").orElseThrow();
        assertEquals("Net 120 (retired)", terms.details().valueDetails("Net_120").label().orElseThrow());
        assertFalse(terms.details().valueDetails("Net_120").active());
        assertTrue(terms.details().valueDetails("Net 30").isEmpty());
        FieldType stage = checked.object("Opportunity").orElseThrow().field("StageName").orElseThrow();
        assertEquals("90", stage.details().valueDetails("7 - Closing").get("probability").orElseThrow());
        assertEquals("true", stage.details().valueDetails("Closed Won").get("won").orElseThrow());
        FieldType discount = checked.object("Opportunity").orElseThrow().field("Discount_Amount__c").orElseThrow();
        assertEquals("BlankAsZero", discount.details().treatBlanksAs().orElseThrow());
        assertEquals("true", checked.object("Account").orElseThrow().details().get("enableHistory").orElseThrow());
    }

    @Test
    void exportedValidationRulesAreTheSamplesOwnFiles() throws IOException {
        Path exported = work.resolve("exported-rules");
        SfdxExport.run(List.of(rules), exported);
        Path dir = Path.of("force-app/main/default/objects/Opportunity/validationRules");
        try (var listing = Files.list(SAMPLE.resolve(dir))) {
            for (Path original : listing.toList()) {
                assertEquals(Files.readString(original), Files.readString(exported.resolve(dir)
                        .resolve(original.getFileName().toString())), original.toString());
            }
        }
    }
}

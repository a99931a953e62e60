package io.stage7.sfdx;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.stage7.sfdx.TreeAssertions.assertSameFiles;
import static io.stage7.sfdx.TreeAssertions.canonical;
import static io.stage7.sfdx.TreeAssertions.checked;
import static io.stage7.sfdx.TreeAssertions.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A generated org of 200 objects' worth of fields and rules: everything imports, and both round trips hold. */
class GeneratedOrgRoundTripTest {

    @TempDir
    static Path work;

    static GeneratedOrg org;
    static SfdxImport.Result imported;
    static Path rules;

    @BeforeAll
    static void importTheOrg() throws IOException {
        org = GeneratedOrg.write(work.resolve("org"), 200, 20261207L);
        rules = work.resolve("rules");
        imported = SfdxImport.run(work.resolve("org"), rules);
    }

    @Test
    void everythingImports() {
        assertEquals(List.of(), imported.problems());
        assertEquals(201, imported.objects(), "200 objects and Opportunity");
        assertEquals(org.objects, imported.objects());
        assertEquals(org.fields, imported.fields());
        assertEquals(org.rules, imported.rules());
        assertEquals(org.inactive, imported.inactive());
    }

    @Test
    void rulesSharedByObjectsAreNamedAfterTheirObject() {
        var checked = checked(rules);
        assertEquals("Obj_007__c", checked.requirement("Obj_007__c__Amount_Positive").orElseThrow().object().name());
        assertFalse(checked.requirement("Amount_Positive").isPresent());
        assertEquals("Obj_007__c", checked.requirement("Approval_Needs_Status_7").orElseThrow().object().name());
    }

    @Test
    void bothRoundTripsHold() throws IOException {
        Path exported = work.resolve("exported");
        SfdxExport.Result export = SfdxExport.run(List.of(rules), exported);
        assertEquals(List.of(), export.problems());
        assertEquals(org.rules, export.rules());

        Path again = work.resolve("rules-again");
        assertEquals(List.of(), SfdxImport.run(exported, again).problems());
        assertEquals(canonical(checked(rules)), canonical(checked(again)));
        assertSameFiles(rules, again);

        Path exportedAgain = work.resolve("exported-again");
        SfdxExport.run(List.of(again), exportedAgain);
        assertSameFiles(exported, exportedAgain);
    }

    @Test
    void exportWritesBackEveryFileOfTheOrg() throws IOException {
        Path exported = work.resolve("exported-all");
        SfdxExport.run(List.of(rules), exported);
        TreeAssertions.assertWrittenBack(work.resolve("org"), exported);
    }

    @Test
    void picklistLabelsInactiveValuesAndStagePropertiesAreKept() {
        var checked = checked(rules);
        var status = checked.object("Obj_004__c").orElseThrow().field("Status__c").orElseThrow();
        assertEquals("In Review & QA", status.details().valueDetails("In_Review").label().orElseThrow());
        assertFalse(status.details().valueDetails("Withdrawn").active());
        assertEquals("#1B96FF", status.details().valueDetails("Draft").get("color").orElseThrow());
        var stage = checked.object("Opportunity").orElseThrow().field("StageName").orElseThrow();
        assertEquals("Won", stage.details().valueDetails("Closed Won").label().orElseThrow());
        assertEquals("Closed", stage.details().valueDetails("Closed Won").get("forecastCategory").orElseThrow());
        assertEquals("Object 4", checked.object("Obj_004__c").orElseThrow().details().label().orElseThrow());
    }

    @Test
    void exportedValidationRulesAreTheOrgsOwnFiles() throws IOException {
        Path exported = work.resolve("exported-rules");
        SfdxExport.run(List.of(rules), exported);
        Map<String, String> original = files(work.resolve("org"));
        Map<String, String> written = files(exported);
        int compared = 0;
        for (Map.Entry<String, String> file : original.entrySet()) {
            if (file.getKey().endsWith(SfdxReader.RULE_SUFFIX)) {
                assertEquals(file.getValue(), written.get(file.getKey()), file.getKey());
                compared++;
            }
        }
        assertEquals(org.rules, compared);
    }
}

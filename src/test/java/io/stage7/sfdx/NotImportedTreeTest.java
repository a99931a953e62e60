package io.stage7.sfdx;

import io.stage7.check.CheckedRules;
import io.stage7.check.FieldType;
import io.stage7.diag.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.stage7.sfdx.TreeAssertions.assertSameFiles;
import static io.stage7.sfdx.TreeAssertions.canonical;
import static io.stage7.sfdx.TreeAssertions.checked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tree with metadata Stage7 keeps only in part (src/test/resources/sfdx/import/not-imported):
 * what it keeps goes round both trips, and everything else is a located warning, never an error.
 */
class NotImportedTreeTest {

    static final Path TREE = Path.of("src/test/resources/sfdx/import/not-imported");

    @TempDir
    static Path work;

    static SfdxImport.Result imported;
    static Path rules;

    @BeforeAll
    static void importTheTree() throws IOException {
        rules = work.resolve("rules");
        imported = SfdxImport.run(TREE, rules);
    }

    @Test
    void whatIsNotKeptIsAWarningAtItsElement() {
        assertFalse(imported.hasErrors());
        assertEquals(16, imported.problems().size());
        for (Diagnostic problem : imported.problems()) {
            assertEquals("not-imported", problem.code(), problem.toString());
            assertTrue(problem.message().startsWith("not imported: <"), problem.message());
            assertTrue(problem.span().line() > 2, "located at the element, not the file: " + problem);
        }
        assertEquals(6, imported.fields());
        assertEquals(1, imported.rules());
    }

    @Test
    void labelsInactiveValuesAndObjectDetailsAreKept() {
        CheckedRules checked = checked(rules);
        FieldType status = checked.object("Invoice__c").orElseThrow().field("Status__c").orElseThrow();
        assertEquals(List.of("Draft", "Sent_To_Customer", "Disputed", "Void"), status.values());
        assertEquals("Sent to customer", status.details().valueDetails("Sent_To_Customer").label().orElseThrow());
        assertFalse(status.details().valueDetails("Void").active());
        assertTrue(status.details().valueDetails("Disputed").active(), "an unreadable isActive is not kept");
        assertEquals("Draft", status.details().defaultValue().orElseThrow());
        assertEquals("Invoices", checked.object("Invoice__c").orElseThrow().details().get("pluralLabel")
                .orElseThrow());
        assertTrue(checked.object("Invoice__c").orElseThrow().details().get("visibility").isEmpty());
        FieldType net = checked.object("Invoice__c").orElseThrow().field("Net__c").orElseThrow();
        assertEquals("BlankAsBlank", net.details().treatBlanksAs().orElseThrow());
        FieldType stage = checked.object("Opportunity").orElseThrow().field("StageName").orElseThrow();
        assertEquals("Won", stage.details().valueDetails("Closed Won").label().orElseThrow());
        assertTrue(stage.details().valueDetails("Closed Lost").get("probability").isEmpty());
    }

    @Test
    void bothRoundTripsHold() throws IOException {
        Path exported = work.resolve("exported");
        assertFalse(SfdxExport.run(List.of(rules), exported).hasErrors());
        Path again = work.resolve("rules-again");
        assertEquals(List.of(), SfdxImport.run(exported, again).problems(), "export writes only what it keeps");
        assertEquals(canonical(checked(rules)), canonical(checked(again)));
        assertSameFiles(rules, again);
        Path exportedAgain = work.resolve("exported-again");
        SfdxExport.run(List.of(again), exportedAgain);
        assertSameFiles(exported, exportedAgain);
    }
}

package io.stage7.records;

import io.stage7.diag.Diagnostic;
import io.stage7.eval.DataRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading records: every field type from CSV and JSON Lines, and the problems bad rows give. */
class RecordFilesTest {
    private static final RecordSchema SCHEMA = TestRules.schema();

    private static LoadedRecords csv(String text) {
        return RecordFiles.parse("d.csv", text, RecordFiles.Format.CSV, SCHEMA);
    }

    private static LoadedRecords jsonl(String text) {
        return RecordFiles.parse("d.jsonl", text, RecordFiles.Format.JSON_LINES, SCHEMA);
    }

    private static List<String> problems(LoadedRecords loaded) {
        return loaded.problems().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void csvValuesAreParsedByFieldType() {
        LoadedRecords loaded = csv("""
                Id,Name,Account,Account.Industry,Account.Requires_PO__c,Region,Amount,Discount,Seats,CloseDate,SubmittedAt,Cutoff__c,Products,Signed__c
                OPP-1,"Acme, Inc.",001A,Retail,TRUE,EMEA,1250.50,15%,12,2026-03-31,2026-03-31T16:45:00-07:00,16:30,SaaS;Support,true
                OPP-2,,,,,,,15,,,,,,
                """);
        assertEquals(List.of(), problems(loaded));
        DataRecord first = loaded.records().get(0);
        assertEquals("OPP-1", first.id());
        assertEquals("Acme, Inc.", first.value("Name"));
        assertEquals("001A", first.value("Account"));
        assertEquals("Retail", first.value("Account.Industry"));
        assertEquals(Boolean.TRUE, first.value("Account.Requires_PO__c"));
        assertEquals(0, new BigDecimal("1250.50").compareTo((BigDecimal) first.value("Amount")));
        assertEquals(0, new BigDecimal("0.15").compareTo((BigDecimal) first.value("Discount")), "15% is the fraction 0.15");
        assertEquals(LocalDate.of(2026, 3, 31), first.value("CloseDate"));
        assertEquals(Instant.parse("2026-03-31T23:45:00Z"), first.value("SubmittedAt"));
        assertEquals(LocalTime.of(16, 30), first.value("Cutoff__c"));
        assertEquals(new TreeSet<>(Set.of("SaaS", "Support")), first.value("Products"));
        DataRecord second = loaded.records().get(1);
        assertNull(second.value("Name"), "an empty cell is blank");
        assertEquals(Boolean.FALSE, second.value("Signed__c"), "an empty Checkbox is unticked");
        assertEquals(0, new BigDecimal("0.15").compareTo((BigDecimal) second.value("Discount")), "a plain Percent is in percent units, as Salesforce writes it");
    }

    @Test
    void jsonValuesAreParsedByFieldTypeWithNestedLookupsAndObjects() {
        LoadedRecords loaded = jsonl("""
                {"Id": "OPP-1", "Account": {"attributes": {"type": "Account"}, "Id": "001A", "Industry": "Retail"}, "Amount": 0.1, "Discount": "15%", "Products": ["Support", "SaaS"], "Signed__c": true, "SubmittedAt": "2026-03-31T23:45:00Z"}

                {"attributes": {"type": "Case"}, "Id": "CASE-1", "Subject": "Where is my invoice?", "Region": "APAC"}
                {"id": "OPP-2", "Account.Requires_PO__c": true, "Name": null}
                """);
        assertEquals(List.of(), problems(loaded));
        assertEquals(3, loaded.records().size());
        DataRecord opp = loaded.records().get(0);
        assertEquals("001A", opp.value("Account"));
        assertEquals("Retail", opp.value("Account.Industry"));
        assertEquals(new BigDecimal("0.1"), opp.value("Amount"), "JSON numbers stay exact decimals");
        assertEquals(new TreeSet<>(Set.of("SaaS", "Support")), opp.value("Products"));
        assertEquals("Case", loaded.records().get(1).type().object().name());
        assertEquals(Boolean.TRUE, loaded.records().get(2).value("Account.Requires_PO__c"));
    }

    @Test
    void everyBadRowIsReportedWithLineColumnAndField() {
        LoadedRecords loaded = csv("""
                Id,Amount,Region,CloseDate
                OPP-1,12.345,EMAE,2026-02-30
                OPP-2,"1,250",EMEA,2026-02-28
                OPP-3,10,EMEA,2026-02-28
                ,10,EMEA,2026-02-28
                OPP-3,10,EMEA
                """);
        assertEquals(List.of(
                "d.csv:2:7: error: Amount: 12.345 has 3 decimal places, but Currency(12, 2) allows 2",
                "d.csv:2:14: error: Region: 'EMAE' is not a value of the picklist; did you mean 'EMEA'?",
                "d.csv:2:19: error: CloseDate: '2026-02-30' is not a valid Date; write YYYY-MM-DD, e.g. 2026-03-31",
                "d.csv:3:7: error: Amount: '1,250' is not a Currency value; write a plain decimal such as 1250.50, "
                        + "without thousands separators or currency signs",
                "d.csv:5:1: error: this row has no Id; every record needs a unique Id",
                "d.csv:6:1: error: duplicate Id 'OPP-3'; line 4 has the same Id",
                "d.csv:6:1: error: this row has 3 fields, but the header has 4 columns"), problems(loaded));
        assertEquals(List.of("OPP-3"), loaded.records().stream().map(DataRecord::id).toList());
        assertEquals(List.of("line 2 (id OPP-1)", "line 3 (id OPP-2)", "line 5", "line 6 (id OPP-3)"),
                loaded.rejected().stream().map(RejectedRow::describe).toList());
        assertTrue(loaded.canSkipInvalid());
    }

    @Test
    void headerProblemsConcernTheWholeFile() {
        LoadedRecords loaded = csv("Name,Amout\nx,1\n");
        assertEquals(List.of(
                "d.csv:1:1: error: the header has no Id column; every record needs a unique Id",
                "d.csv:1:6: error: unknown column 'Amout': Opportunity has no such field; did you mean 'Amount'?"),
                problems(loaded));
        assertFalse(loaded.canSkipInvalid());
        assertTrue(loaded.records().isEmpty(), "no row becomes a record without an id");
    }

    @Test
    void jsonProblems() {
        LoadedRecords loaded = jsonl("""
                {"Id": "A", "Amount": "1e2", "Signed__c": "ja!", "Stage": "x"}
                {"Id": "B", "Amount": }
                [1, 2]
                {"Id": "C", "Account": {"Industy": "Retail"}, "Amount": {"x": 1}}
                {"Id": "D", "Name": "%s"}
                {"attributes": {"type": "Cse"}, "Id": "E"}
                {"Id": "F", "Seats": 123456, "Discount": 0.12345}
                {"Id": "G"} {"Id": "H"}
                {"Id": "I", "Amount": 1, "Amount": 2}
                {"Id": "J"
                """.formatted("x".repeat(41)));
        assertEquals(List.of(
                "d.jsonl:1:23: error: Amount: '1e2' is not a Currency value; write a plain decimal such as 1250.50, "
                        + "without thousands separators or currency signs",
                "d.jsonl:1:43: error: Signed__c: 'ja!' is not a Checkbox value; write true or false (Data Loader's "
                        + "yes/no, y/n, on/off and 1/0 also work)",
                "d.jsonl:1:50: error: unknown key 'Stage': Opportunity has no such field",
                "d.jsonl:2:23: error: malformed JSON: Unexpected character ('}'): expected a value",
                "d.jsonl:3:1: error: each line must be one JSON object, {\"Id\": ...}, not an array",
                "d.jsonl:4:25: error: unknown key 'Account.Industy': Opportunity has no such field; did you mean 'Account.Industry'?",
                "d.jsonl:4:57: error: Amount is a Currency field, but the value is an object",
                "d.jsonl:5:21: error: Name: the text is 41 characters long, but Text(40) holds at most 40",
                "d.jsonl:6:1: error: unknown object 'Cse'; did you mean 'Case'?",
                "d.jsonl:7:22: error: Seats: 123456 has 6 digits before the decimal point, but Number(5, 0) allows 5",
                "d.jsonl:7:42: error: Discount: 0.12345 has 5 decimal places, but Percent(5, 2) allows 2",
                "d.jsonl:8:13: error: text after the end of the JSON object; write one object per line",
                "d.jsonl:9:34: error: malformed JSON: Duplicate field 'Amount'",
                "d.jsonl:10:11: error: malformed JSON: the line ends inside the JSON object; close every string, array and object on the same line"),
                problems(loaded));
        assertTrue(loaded.records().isEmpty());
        assertEquals(10, loaded.rejected().size(), "every bad line is its own rejected row");
    }

    /** Rules with a standard and a custom lookup, spelled as the rules may declare them. */
    private static final String RELATIONSHIPS = """
            object Account { Name Text }
            object Partner__c { Name Text  Tier__c Picklist("Gold", "Silver") }
            object Opportunity {
              Account    Lookup(Account)
              Partner__c Lookup(Partner__c)
              Amount     Currency
            }
            requirement Gold_Partner on Opportunity {
              error when ISPICKVAL(Partner__c.Tier__c, "Gold") && ISBLANK(Account.Name)
              message "x"
            }
            """;

    private static RecordSchema relationshipSchema() {
        io.stage7.check.CheckedRules rules = io.stage7.check.Checker.check(
                io.stage7.syntax.RulesLoader.parse("r.rules", RELATIONSHIPS).program()).rules();
        return RecordSchema.of(rules, new io.stage7.eval.Evaluator() {
            @Override
            public io.stage7.eval.RecordType recordType(String object) {
                return io.stage7.eval.RecordType.of(rules, rules.object(object).orElseThrow());
            }

            @Override
            public io.stage7.eval.Decision evaluate(DataRecord record, io.stage7.eval.EvalContext context) {
                throw new UnsupportedOperationException("layouts only");
            }
        });
    }

    @Test
    void relationshipsTakeSalesforcesApiNames() {
        RecordSchema schema = relationshipSchema();
        LoadedRecords csv = RecordFiles.parse("r.csv", """
                Id,AccountId,Account.Name,Partner__c,Partner__r.Tier__c,Amount
                OPP-1,001A,Acme,a00B,Gold,10
                """, RecordFiles.Format.CSV, schema);
        LoadedRecords json = RecordFiles.parse("r.jsonl", """
                {"attributes": {"type": "Opportunity"}, "Id": "OPP-1", "AccountId": "001A", "Account": {"attributes": {"type": "Account"}, "Name": "Acme"}, "Partner__c": "a00B", "Partner__r": {"attributes": {"type": "Partner__c"}, "Tier__c": "Gold"}, "Amount": 10}
                """, RecordFiles.Format.JSON_LINES, schema);
        for (LoadedRecords loaded : List.of(csv, json)) {
            assertEquals(List.of(), problems(loaded));
            DataRecord record = loaded.records().get(0);
            assertEquals("001A", record.value("Account"), "AccountId is the Account lookup's id field");
            assertEquals("Acme", record.value("Account.Name"));
            assertEquals("a00B", record.value("Partner__c"));
            assertEquals("Gold", record.value("Partner__c.Tier__c"), "Partner__r reads through Partner__c");
        }
        LoadedRecords twice = RecordFiles.parse("r.csv", "Id,AccountId,Account.Id,Partner__r.Tyer__c\n", RecordFiles.Format.CSV,
                schema);
        assertEquals(List.of(
                "r.csv:1:14: error: column 'Account.Id' names the same field as column 'AccountId'",
                "r.csv:1:25: error: unknown column 'Partner__r.Tyer__c': Opportunity has no such field; did you mean 'Partner__c.Tier__c'?"),
                problems(twice));
    }
}

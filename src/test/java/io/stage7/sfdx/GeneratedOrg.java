package io.stage7.sfdx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic org written as an SFDX tree, deterministic for a seed: objects with a field of
 * every type Stage7 carries (lookups to earlier objects, local, global and multi-select
 * picklists with labels and inactive values, long text, formula fields), object metadata, and
 * validation rules over them, plus Opportunity's stages from a standard value set, written in the
 * form Salesforce's CLI retrieves. Several objects share rule names, as real orgs do.
 */
final class GeneratedOrg {
    private static final String NS = "http://soap.sforce.com/2006/04/metadata";

    private final Random random;
    private final Path base;
    int objects;
    int fields;
    int rules;
    int inactive;

    private GeneratedOrg(long seed, Path root) {
        this.random = new Random(seed);
        this.base = root.resolve("force-app/main/default");
    }

    /** Writes an org of {@code objects} objects under {@code root}. */
    static GeneratedOrg write(Path root, int objects, long seed) throws IOException {
        GeneratedOrg org = new GeneratedOrg(seed, root);
        org.globalValueSet();
        for (int i = 1; i <= objects; i++) {
            org.object(i);
        }
        org.opportunityStages();
        return org;
    }

    /** Opportunity.StageName, whose values and their stage properties live in a standard value set. */
    private void opportunityStages() throws IOException {
        write("objects/Opportunity/fields/StageName.field-meta.xml", header("CustomField")
                + "    <fullName>StageName</fullName>\n    <trackHistory>true</trackHistory>\n    <type>Picklist</type>\n"
                + "</CustomField>\n");
        StringBuilder xml = new StringBuilder(header("StandardValueSet")).append("    <sorted>false</sorted>\n");
        String[][] stages = {{"Prospecting", "Prospecting", "false", "Pipeline", "10", "false"},
                {"Negotiation", "Negotiation/Review", "false", "BestCase", "" + (50 + random.nextInt(40)), "false"},
                {"Closed Won", "Won", "true", "Closed", "100", "true"},
                {"Closed Lost", "Closed Lost", "true", "Omitted", "0", "false"}};
        for (int i = 0; i < stages.length; i++) {
            String[] stage = stages[i];
            xml.append(value("standardValue", stage[0], stage[1], i == 0, "", "        <closed>" + stage[2]
                    + "</closed>\n        <forecastCategory>" + stage[3] + "</forecastCategory>\n        <probability>"
                    + stage[4] + "</probability>\n        <won>" + stage[5] + "</won>\n", "    "));
        }
        write("standardValueSets/OpportunityStage.standardValueSet-meta.xml", xml.append("</StandardValueSet>\n")
                .toString());
        objects++;
        fields++;
    }

    private void globalValueSet() throws IOException {
        StringBuilder xml = new StringBuilder(header("GlobalValueSet"));
        for (String value : List.of("Bronze", "Silver", "Gold", "Platinum")) {
            xml.append(value("customValue", value, value, false, "", "", "    "));
        }
        xml.append("    <masterLabel>Tier</masterLabel>\n    <sorted>false</sorted>\n</GlobalValueSet>\n");
        write("globalValueSets/Tier.globalValueSet-meta.xml", xml.toString());
    }

    private void object(int n) throws IOException {
        String object = String.format("Obj_%03d__c", n);
        String dir = "objects/" + object + "/";
        List<String[]> fieldBodies = new ArrayList<>();
        fieldBodies.add(new String[]{"Name__c", "<label>Name &amp; Title</label>\n<length>" + (20 + random.nextInt(200))
                + "</length>\n<required>" + random.nextBoolean() + "</required>\n<type>Text</type>\n<unique>false</unique>"});
        fieldBodies.add(new String[]{"Notes__c", "<description>Free text, up to &lt;32k&gt; characters: &quot;quoted&quot; "
                + "and caf\u00e9.</description>\n<label>Notes</label>\n<length>32768</length>\n<type>LongTextArea</type>"
                + "\n<visibleLines>" + (2 + random.nextInt(8)) + "</visibleLines>"});
        fieldBodies.add(new String[]{"Summary__c", "<label>Summary</label>\n<type>TextArea</type>"});
        fieldBodies.add(new String[]{"Email__c", "<label>Email</label>\n<type>Email</type>\n<unique>true</unique>"});
        fieldBodies.add(new String[]{"Phone__c", "<label>Phone</label>\n<type>Phone</type>"});
        fieldBodies.add(new String[]{"Site__c", "<label>Site</label>\n<type>Url</type>"});
        int precision = 10 + random.nextInt(9);
        fieldBodies.add(new String[]{"Amount__c", "<label>Amount</label>\n<precision>" + precision + "</precision>\n"
                + "<required>false</required>\n<scale>2</scale>\n<trackHistory>true</trackHistory>\n<type>Currency</type>"});
        fieldBodies.add(new String[]{"Quantity__c", "<externalId>" + random.nextBoolean() + "</externalId>\n"
                + "<label>Quantity</label>\n<precision>18</precision>\n<scale>0</scale>\n<type>Number</type>"});
        fieldBodies.add(new String[]{"Discount__c", "<label>Discount</label>\n<precision>5</precision>\n<scale>2</scale>"
                + "\n<type>Percent</type>"});
        fieldBodies.add(new String[]{"Approved__c", "<defaultValue>false</defaultValue>\n<label>Approved</label>\n"
                + "<type>Checkbox</type>"});
        fieldBodies.add(new String[]{"Start__c", "<defaultValue>TODAY()</defaultValue>\n<label>Start</label>\n"
                + "<type>Date</type>"});
        fieldBodies.add(new String[]{"Submitted__c", "<label>Submitted</label>\n<type>DateTime</type>"});
        fieldBodies.add(new String[]{"Cutoff__c", "<label>Cutoff</label>\n<type>Time</type>"});
        fieldBodies.add(new String[]{"Status__c", "<label>Status</label>\n<type>Picklist</type>\n"
                + picklist(List.of("Draft", "Submitted", "In_Review", "Approved", "Rejected", "Withdrawn"),
                random.nextBoolean())});
        fieldBodies.add(new String[]{"Tier__c", "<label>Tier</label>\n<type>Picklist</type>\n<valueSet>\n"
                + "    <restricted>true</restricted>\n    <valueSetName>Tier</valueSetName>\n</valueSet>"});
        fieldBodies.add(new String[]{"Channels__c", "<label>Channels</label>\n<type>MultiselectPicklist</type>\n"
                + picklist(List.of("Web", "Partner", "Direct"), false) + "\n<visibleLines>4</visibleLines>"});
        fieldBodies.add(new String[]{"Score__c", "<formula>Quantity__c * 2</formula>\n<formulaTreatBlanksAs>"
                + (random.nextBoolean() ? "BlankAsZero" : "BlankAsBlank") + "</formulaTreatBlanksAs>\n<label>Score</label>\n"
                + "<precision>18</precision>\n<scale>0</scale>\n<type>Number</type>"});
        if (n > 1) {
            String parent = String.format("Obj_%03d__c", 1 + random.nextInt(n - 1));
            boolean master = random.nextInt(4) == 0;
            fieldBodies.add(new String[]{"Parent__c", (master ? "" : "<deleteConstraint>SetNull</deleteConstraint>\n")
                    + "<label>Parent</label>\n<referenceTo>" + parent + "</referenceTo>\n<relationshipLabel>Children "
                    + n + "</relationshipLabel>\n<relationshipName>Children_" + n + "</relationshipName>\n<type>"
                    + (master ? "MasterDetail" : "Lookup") + "</type>"});
        }
        write(dir + object + ".object-meta.xml", header("CustomObject") + indent("<deploymentStatus>Deployed"
                + "</deploymentStatus>\n<description>Object " + n + " &amp; its &quot;children&quot;</description>\n"
                + "<enableHistory>" + random.nextBoolean() + "</enableHistory>\n<label>Object " + n + "</label>\n"
                + "<pluralLabel>Objects " + n + "</pluralLabel>\n<sharingModel>"
                + (random.nextBoolean() ? "ReadWrite" : "Private") + "</sharingModel>") + "</CustomObject>\n");
        objects++;
        for (String[] field : fieldBodies) {
            write(dir + "fields/" + field[0] + ".field-meta.xml", header("CustomField") + "    <fullName>" + field[0]
                    + "</fullName>\n" + indent(field[1]) + "</CustomField>\n");
            fields++;
        }
        rule(dir, "Amount_Positive", "Amount__c &lt;= 0", "Amount__c", null);
        rule(dir, "Email_Format", "NOT(ISBLANK(Email__c)) &amp;&amp; NOT(REGEX(Email__c, &quot;[^@]+@[^@]+\\\\.[a-z]{2,}&quot;))",
                "Email__c", "Email addresses need a domain.");
        rule(dir, "Approval_Needs_Status_" + n, "AND(\n  Approved__c,\n  NOT(ISPICKVAL(Status__c, &quot;Approved&quot;)),\n"
                + "  Discount__c &gt; " + (random.nextInt(40) + 1) / 100.0 + "\n)", "Status__c", null);
        rule(dir, "Channel_Tier", "/* Partner deals are Gold and up. */\nINCLUDES(Channels__c, &quot;Partner&quot;) &amp;&amp; "
                + "CASE(Tier__c, &quot;Gold&quot;, 0, &quot;Platinum&quot;, 0, 1) = 1", null, "Partner channel &lt; Gold tier");
        if (n > 1) {
            rule(dir, "Parent_Amount", "NOT(ISBLANK(Parent__c)) &amp;&amp; Parent__r.Amount__c &lt; Amount__c",
                    "Parent__c", null);
        }
    }

    private void rule(String dir, String name, String formula, String display, String description) throws IOException {
        boolean active = random.nextInt(5) != 0;
        StringBuilder xml = new StringBuilder(header("ValidationRule"));
        xml.append("    <fullName>").append(name).append("</fullName>\n");
        xml.append("    <active>").append(active).append("</active>\n");
        if (description != null) {
            xml.append("    <description>").append(description).append("</description>\n");
        }
        xml.append("    <errorConditionFormula>").append(formula).append("</errorConditionFormula>\n");
        if (display != null) {
            xml.append("    <errorDisplayField>").append(display).append("</errorDisplayField>\n");
        }
        xml.append("    <errorMessage>Fix &apos;").append(name).append("&apos; before saving.</errorMessage>\n");
        xml.append("</ValidationRule>\n");
        write(dir + "validationRules/" + name + ".validationRule-meta.xml", xml.toString());
        rules++;
        inactive += active ? 0 : 1;
    }

    private static String picklist(List<String> values, boolean restricted) {
        StringBuilder xml = new StringBuilder("<valueSet>\n");
        if (restricted) {
            xml.append("    <restricted>true</restricted>\n");
        }
        xml.append("    <valueSetDefinition>\n        <sorted>false</sorted>\n");
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String label = value.equals("In_Review") ? "In Review &amp; QA" : value.equals("Withdrawn")
                    ? "Withdrawn (retired)" : value;
            String between = (i == 0 ? "            <color>#1B96FF</color>\n" : "")
                    + (value.equals("Withdrawn") ? "            <isActive>false</isActive>\n" : "");
            xml.append(value("value", value, label, i == 0, between, "", "        "));
        }
        return xml.append("    </valueSetDefinition>\n</valueSet>").toString();
    }

    /**
     * A picklist value as Salesforce writes it: {@code fullName}, {@code default}, what goes
     * between (colour, active), {@code label}, then a standard value's properties.
     */
    private static String value(String element, String value, String label, boolean isDefault, String between,
                                String standard, String indent) {
        String color = between.contains("<color>") ? between.substring(0, between.indexOf('\n') + 1) : "";
        String rest = between.substring(color.length());
        return indent + "<" + element + ">\n" + indent + "    <fullName>" + value + "</fullName>\n" + color + indent
                + "    <default>" + isDefault + "</default>\n" + rest + indent + "    <label>" + label + "</label>\n"
                + standard + indent + "</" + element + ">\n";
    }

    private static String header(String root) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " xmlns=\"" + NS + "\">\n";
    }

    private static String indent(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n")) {
            out.append("    ").append(line).append('\n');
        }
        return out.toString();
    }

    private void write(String relative, String content) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}

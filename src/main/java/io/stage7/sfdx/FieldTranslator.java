package io.stage7.sfdx;

import io.stage7.ast.Formulas;
import io.stage7.check.FieldDetails;
import io.stage7.diag.Diagnostic;
import io.stage7.sfdx.SfdxModel.Detail;
import io.stage7.sfdx.SfdxModel.SfdxField;
import io.stage7.sfdx.SfdxModel.ValueSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Translates one {@code CustomField} into a Stage7 field: its type as written in an object
 * declaration and the details that carry the rest of its metadata. A type Stage7 has no
 * counterpart for is reported at the {@code <type>} element.
 */
final class FieldTranslator {

    /**
     * The standard picklists whose values live in a standard value set, by object and field:
     * Salesforce's names, from its Metadata API reference (StandardValueSet names).
     */
    private static final Map<String, String> STANDARD_SETS = Map.ofEntries(
            Map.entry("opportunity.stagename", "OpportunityStage"),
            Map.entry("opportunity.type", "OpportunityType"),
            Map.entry("opportunity.leadsource", "LeadSource"),
            Map.entry("opportunity.forecastcategoryname", "ForecastCategory"),
            Map.entry("account.industry", "Industry"),
            Map.entry("account.type", "AccountType"),
            Map.entry("account.rating", "AccountRating"),
            Map.entry("account.ownership", "AccountOwnership"),
            Map.entry("lead.status", "LeadStatus"),
            Map.entry("lead.leadsource", "LeadSource"),
            Map.entry("lead.industry", "Industry"),
            Map.entry("contact.leadsource", "LeadSource"),
            Map.entry("case.status", "CaseStatus"),
            Map.entry("case.priority", "CasePriority"),
            Map.entry("case.origin", "CaseOrigin"),
            Map.entry("case.reason", "CaseReason"),
            Map.entry("case.type", "CaseType"),
            Map.entry("contract.status", "ContractStatus"),
            Map.entry("quote.status", "QuoteStatus"),
            Map.entry("product2.family", "Product2Family"));

    /** The standard value set a standard picklist's values live in, if it is one. */
    static Optional<String> standardValueSet(String object, String field) {
        return Optional.ofNullable(STANDARD_SETS.get((object + "." + field).toLowerCase(Locale.ROOT)));
    }

    /**
     * The object a standard lookup refers to, which Salesforce's metadata for it leaves out:
     * {@code AccountId} refers to Account, the user fields to User.
     */
    static Optional<String> standardTarget(String field) {
        if (field.endsWith("__c") || !field.endsWith("Id") || field.length() <= 2) {
            return Optional.empty();
        }
        return Optional.of(switch (field) {
            case "OwnerId", "CreatedById", "LastModifiedById" -> "User";
            default -> field.substring(0, field.length() - 2);
        });
    }

    private final List<Diagnostic> problems;
    private final Map<String, ValueSet> globalSets;
    private final Map<String, ValueSet> standardSets;
    private final String object;

    FieldTranslator(List<Diagnostic> problems, Map<String, ValueSet> globalSets, Map<String, ValueSet> standardSets,
                    String object) {
        this.problems = problems;
        this.globalSets = globalSets;
        this.standardSets = standardSets;
        this.object = object;
    }

    /** The field in {@code xml}, named after its file; empty (and reported) when it cannot be translated. */
    Optional<SfdxField> field(XmlFile xml, String name) {
        XmlElement top = xml.root();
        Optional<XmlElement> typeElement = top.child("type");
        if (typeElement.isEmpty()) {
            problems.add(Diagnostic.error("missing-element", xml.at(top), "field '" + name + "' has no <type>"));
            return Optional.empty();
        }
        String sfType = typeElement.get().text().strip();
        List<Detail> details = new ArrayList<>();
        Optional<String> type = switch (sfType) {
            case "Text" -> Optional.of("Text" + length(top));
            case "TextArea", "Email", "Phone", "Url" -> {
                details.add(text("salesforceType", sfType));
                yield Optional.of("Text");
            }
            case "LongTextArea", "Html" -> {
                details.add(text("salesforceType", sfType));
                yield Optional.of("Text" + length(top));
            }
            case "Number", "Currency", "Percent" -> Optional.of(sfType + precision(top));
            case "Checkbox", "Date", "DateTime", "Time" -> Optional.of(sfType);
            case "Picklist", "MultiselectPicklist" -> picklist(xml, top, name, sfType, details);
            case "Lookup", "MasterDetail" -> lookup(xml, top, name, sfType, details);
            default -> {
                problems.add(Diagnostic.error("unsupported-field-type", xml.atContent(typeElement.get()),
                        "field '" + name + "' is of type '" + sfType + "', which Stage7 has no counterpart for; "
                                + "it is left out (Stage7 types: Text, TextArea, LongTextArea, Html, Email, Phone, "
                                + "Url, Number, Currency, Percent, Checkbox, Date, DateTime, Time, Picklist, "
                                + "MultiselectPicklist, Lookup, MasterDetail)"));
                yield Optional.empty();
            }
        };
        if (type.isEmpty()) {
            return Optional.empty();
        }
        top.text("label").filter(s -> !s.isEmpty()).ifPresent(v -> details.add(text("label", v)));
        top.text("description").filter(s -> !s.isEmpty()).ifPresent(v -> details.add(text("description", v)));
        top.text("inlineHelpText").filter(s -> !s.isEmpty()).ifPresent(v -> details.add(text("help", v)));
        if (top.text("required").map(r -> r.strip().equals("true")).orElse(false)) {
            details.add(new Detail("required", "true"));
        }
        top.text("formula").filter(s -> !s.isBlank()).ifPresent(v -> details.add(text("formula", v)));
        top.child("formulaTreatBlanksAs").ifPresent(t -> {
            if (FieldDetails.TREAT_BLANKS_AS.contains(t.text().strip())) {
                details.add(text("treatBlanksAs", t.text().strip()));
            } else {
                problems.add(Diagnostic.warning("not-imported", xml.atContent(t), "not imported: "
                        + "<formulaTreatBlanksAs> of field '" + name + "': it is neither BlankAsZero nor "
                        + "BlankAsBlank; export will not write it back"));
            }
        });
        if (!sfType.equals("Picklist") && !sfType.equals("MultiselectPicklist")) {
            top.text("defaultValue").filter(s -> !s.isBlank()).ifPresent(v -> details.add(text("defaultValue", v)));
        }
        for (String flag : FieldDetails.ORG_FLAGS) {
            if (top.text(flag).map(r -> r.strip().equals("true")).orElse(false)) {
                details.add(new Detail(flag, "true"));
            }
        }
        top.text("visibleLines").map(String::strip).filter(v -> v.matches("[1-9][0-9]?"))
                .ifPresent(v -> details.add(new Detail("visibleLines", v)));
        details.sort((a, b) -> Integer.compare(order(a.key()), order(b.key())));
        OrgDetailsReader.unknownChildren(xml, top, FIELD_ELEMENTS, "field '" + name + "'", problems);
        return Optional.of(new SfdxField(name, type.get(), details, xml, top));
    }

    /** The elements of a {@code CustomField} that import reads (and export writes back). */
    private static final List<String> FIELD_ELEMENTS = List.of("fullName", "type", "label", "description",
            "inlineHelpText", "required", "formula", "formulaTreatBlanksAs", "defaultValue", "externalId", "unique",
            "trackHistory", "trackFeedHistory", "trackTrending", "visibleLines", "length", "precision", "scale",
            "valueSet", "referenceTo", "deleteConstraint", "relationshipName", "relationshipLabel");

    private static int order(String key) {
        return FieldDetails.KEYS.indexOf(key);
    }

    private static Detail text(String key, String value) {
        return new Detail(key, Formulas.quote(value));
    }

    private static String length(XmlElement top) {
        return top.text("length").map(String::strip).filter(l -> l.matches("[0-9]{1,6}")).map(l -> "(" + l + ")")
                .orElse("");
    }

    private static String precision(XmlElement top) {
        Optional<String> precision = top.text("precision").map(String::strip).filter(p -> p.matches("[0-9]{1,2}"));
        Optional<String> scale = top.text("scale").map(String::strip).filter(p -> p.matches("[0-9]{1,2}"));
        return precision.isPresent() && scale.isPresent() ? "(" + precision.get() + ", " + scale.get() + ")" : "";
    }

    private Optional<String> picklist(XmlFile xml, XmlElement top, String name, String sfType, List<Detail> details) {
        Optional<XmlElement> valueSet = top.child("valueSet");
        Optional<ValueSet> values;
        if (valueSet.isPresent() && valueSet.get().child("valueSetName").isPresent()) {
            XmlElement setName = valueSet.get().child("valueSetName").get();
            values = Optional.ofNullable(globalSets.get(setName.text().strip()));
            if (values.isEmpty()) {
                problems.add(Diagnostic.error("unknown-value-set", xml.atContent(setName), "field '" + name
                        + "' takes its values from the global value set '" + setName.text().strip()
                        + "', which is not in the tree (globalValueSets/" + setName.text().strip()
                        + SfdxReader.GLOBAL_SET_SUFFIX + "); the field is left out"));
                return Optional.empty();
            }
            details.add(text("valueSet", setName.text().strip()));
        } else if (valueSet.isPresent() && valueSet.get().child("valueSetDefinition").isPresent()) {
            values = Optional.of(definition(xml, valueSet.get().child("valueSetDefinition").get(), name));
        } else {
            String standard = STANDARD_SETS.get((object + "." + name).toLowerCase(Locale.ROOT));
            values = Optional.ofNullable(standard).map(standardSets::get);
            if (values.isEmpty()) {
                problems.add(Diagnostic.error("missing-values", xml.at(top), "picklist field '" + name
                        + "' lists no values" + (standard == null ? "" : " and its standard value set is not in "
                        + "the tree (standardValueSets/" + standard + SfdxReader.STANDARD_SET_SUFFIX + ")")
                        + "; the field is left out"));
                return Optional.empty();
            }
            details.add(text("valueSet", standard));
        }
        if (values.get().values().isEmpty()) {
            problems.add(Diagnostic.error("missing-values", xml.at(valueSet.orElse(top)), "picklist field '" + name
                    + "' has no values; the field is left out"));
            return Optional.empty();
        }
        if (valueSet.flatMap(v -> v.text("restricted")).map(r -> r.strip().equals("true")).orElse(false)) {
            details.add(new Detail("restricted", "true"));
        }
        values.get().defaultValue().ifPresent(d -> details.add(text("defaultValue", d)));
        valueSet.ifPresent(v -> OrgDetailsReader.unknownChildren(xml, v, List.of("restricted", "valueSetName",
                "valueSetDefinition"), "the value set of field '" + name + "'", problems));
        String stage7Type = sfType.equals("Picklist") ? "Picklist" : "MultiPicklist";
        return Optional.of(stage7Type + values(values.get()));
    }

    /**
     * A picklist's values as its type argument: on one line, or one value a line when any value
     * has details ({@code "Net_30" label "Net 30"}).
     */
    private static String values(ValueSet set) {
        if (set.valueDetails().isEmpty()) {
            return set.values().stream().map(Formulas::quote).collect(Collectors.joining(", ", "(", ")"));
        }
        return set.values().stream().map(v -> "      " + Formulas.quote(v) + set.valueDetails()
                .getOrDefault(v, List.of()).stream().map(d -> " " + d.key() + " " + d.value())
                .collect(Collectors.joining())).collect(Collectors.joining(",\n", "(\n", "\n    )"));
    }

    private ValueSet definition(XmlFile xml, XmlElement definition, String field) {
        List<String> values = new ArrayList<>();
        Map<String, List<Detail>> valueDetails = new LinkedHashMap<>();
        Optional<String> defaultValue = Optional.empty();
        for (XmlElement value : definition.all("value")) {
            Optional<String> fullName = value.text("fullName").filter(v -> !v.isEmpty());
            if (fullName.isEmpty()) {
                continue; // an empty value is reported by the checker as it checks the declaration
            }
            values.add(fullName.get());
            if (value.text("default").map(d -> d.strip().equals("true")).orElse(false)) {
                defaultValue = fullName;
            }
            List<Detail> details = OrgDetailsReader.value(xml, value, fullName.get(), problems);
            if (!details.isEmpty()) {
                valueDetails.putIfAbsent(fullName.get(), details);
            }
        }
        OrgDetailsReader.sorted(xml, definition, "the values of field '" + field + "'", problems);
        OrgDetailsReader.unknownChildren(xml, definition, List.of("sorted", "value"), "the values of field '"
                + field + "'", problems);
        return new ValueSet(values, defaultValue, valueDetails);
    }

    private Optional<String> lookup(XmlFile xml, XmlElement top, String name, String sfType, List<Detail> details) {
        List<XmlElement> targets = top.all("referenceTo");
        if (targets.isEmpty() && standardTarget(name).isPresent()) {
            // A standard lookup's metadata does not name its target: the field's name does.
            return Optional.of("Lookup(" + standardTarget(name).get() + ")");
        }
        if (targets.size() != 1 || targets.get(0).text().isBlank()) {
            problems.add(Diagnostic.error("unsupported-lookup", xml.at(targets.isEmpty() ? top : targets.get(1)),
                    "lookup field '" + name + "' must name exactly one object in <referenceTo>; the field is left out"));
            return Optional.empty();
        }
        if (!SfdxReader.isApiName(targets.get(0).text().strip())) {
            problems.add(Diagnostic.error("invalid-name", xml.atContent(targets.get(0)), "lookup field '" + name
                    + "' refers to '" + targets.get(0).text().strip() + "', which is not an object's API name; "
                    + "the field is left out"));
            return Optional.empty();
        }
        if (sfType.equals("MasterDetail")) {
            details.add(text("salesforceType", "MasterDetail"));
        }
        top.text("deleteConstraint").filter(s -> !s.isBlank())
                .ifPresent(v -> details.add(text("deleteConstraint", v.strip())));
        top.text("relationshipName").filter(s -> !s.isBlank()).ifPresent(v -> details.add(text("relationship", v)));
        top.text("relationshipLabel").filter(s -> !s.isBlank())
                .ifPresent(v -> details.add(text("relationshipLabel", v)));
        return Optional.of("Lookup(" + targets.get(0).text().strip() + ")");
    }
}

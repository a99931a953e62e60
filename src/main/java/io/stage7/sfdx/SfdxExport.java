package io.stage7.sfdx;

import io.stage7.Rules;
import io.stage7.ast.Expr;
import io.stage7.check.CheckedRules;
import io.stage7.check.FieldDetails;
import io.stage7.check.FieldKind;
import io.stage7.check.FieldType;
import io.stage7.check.FunctionCategory;
import io.stage7.check.ObjectType;
import io.stage7.check.OrgDetails;
import io.stage7.check.Requirement;
import io.stage7.ast.Decl;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceText;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code stage7 export sfdx}: writes checked rules as an SFDX project that Salesforce's CLI
 * deploys: each object's fields as {@code field-meta.xml}, each requirement as a
 * {@code validationRule-meta.xml}, and the value sets picklists name. A requirement Salesforce
 * cannot hold (a warning, or one that calls a Stage7 policy function) is reported and left out.
 */
public final class SfdxExport {

    static final String PACKAGE = "force-app/main/default/";

    private SfdxExport() {
    }

    /**
     * What an export did.
     *
     * @param problems rule problems (nothing written) or requirements left out, sorted
     * @param sources  the rules files' text, to quote lines
     * @param written  whether the folder was written (not when the rules have errors)
     */
    public record Result(List<Diagnostic> problems, Map<String, SourceText> sources, boolean written, int fields,
                         int rules) {
        public Result {
            problems = List.copyOf(problems);
            sources = Map.copyOf(sources);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** Exports the rules at {@code rules} into the folder {@code out} (replaced if it exists). */
    public static Result run(List<Path> rules, Path out) throws IOException {
        Rules.Loaded loaded = Rules.load(rules);
        if (loaded.rules().isEmpty()) {
            return new Result(loaded.diagnostics(), loaded.sources(), false, 0, 0);
        }
        CheckedRules checked = loaded.rules().get().checked();
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, String> files = new TreeMap<>();
        int fields = 0;
        int written = 0;
        for (ObjectType object : checked.objects()) {
            String dir = PACKAGE + "objects/" + object.name() + "/";
            if (!object.details().isEmpty()) {
                files.put(dir + object.name() + SfdxReader.OBJECT_SUFFIX, objectXml(object));
            }
            for (FieldType field : object.fields()) {
                files.put(dir + "fields/" + field.name() + SfdxReader.FIELD_SUFFIX, FieldXml.field(field));
                FieldXml.valueSet(object, field).ifPresent(set -> files.putIfAbsent(set.getKey(), set.getValue()));
                fields++;
            }
            for (Requirement requirement : checked.requirementsOn(object)) {
                Optional<String> reason = unexportable(checked, requirement);
                if (reason.isPresent()) {
                    problems.add(Diagnostic.error("not-exportable", requirement.span(), "requirement '"
                            + requirement.name() + "' " + reason.get() + "; it is left out"));
                    continue;
                }
                String name = ruleName(object, requirement);
                String formula = FormulaSource.of(loaded.sources().get(requirement.condition().span().path()).text(),
                        requirement.condition().span());
                files.put(dir + "validationRules/" + name + SfdxReader.RULE_SUFFIX, rule(name, requirement, formula));
                written++;
            }
        }
        files.put("sfdx-project.json", PROJECT);
        SfdxOutput.write(out, files, Map.of("command", "export sfdx", "rules",
                rules.stream().map(Path::toString).toList()), folder -> { });
        problems.sort(Diagnostic.ORDER);
        return new Result(problems, loaded.sources(), true, fields, written);
    }

    private static final String PROJECT = """
            {
              "packageDirectories": [
                {
                  "path": "force-app",
                  "default": true
                }
              ],
              "name": "stage7-export",
              "namespace": "",
              "sfdcLoginUrl": "https://login.salesforce.com",
              "sourceApiVersion": "62.0"
            }
            """;

    /** The validation rule's name: import writes {@code Object__Rule} for names several objects share. */
    private static String ruleName(ObjectType object, Requirement requirement) {
        String prefix = object.name() + "__";
        String name = requirement.name();
        return name.regionMatches(true, 0, prefix, 0, prefix.length()) && name.length() > prefix.length()
                ? name.substring(prefix.length()) : name;
    }

    private static Optional<String> unexportable(CheckedRules checked, Requirement requirement) {
        if (requirement.severity() == Decl.RuleSeverity.WARNING) {
            return Optional.of("is a warning, and a Salesforce validation rule always blocks the save");
        }
        if (requirement.field().filter(f -> f.isRelated()).isPresent()) {
            return Optional.of("shows its message on '" + requirement.field().get().text() + "', a field of "
                    + "another object; a validation rule can only name a field of its own object");
        }
        return policyCall(checked, requirement.condition())
                .map(f -> "calls " + f + ", a Stage7 policy function that Salesforce does not have");
    }

    private static Optional<String> policyCall(CheckedRules checked, Expr expr) {
        if (expr instanceof Expr.Call call) {
            if (checked.functionOf(call).filter(f -> f.category() == FunctionCategory.POLICY).isPresent()) {
                return Optional.of(call.function().text().toUpperCase(Locale.ROOT));
            }
            for (Expr argument : call.arguments()) {
                Optional<String> found = policyCall(checked, argument);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (expr instanceof Expr.Unary unary) {
            return policyCall(checked, unary.operand());
        } else if (expr instanceof Expr.Binary binary) {
            return policyCall(checked, binary.left()).or(() -> policyCall(checked, binary.right()));
        }
        return Optional.empty();
    }

    /** An object's metadata: its details, as elements in Salesforce's (alphabetical) order. */
    private static String objectXml(ObjectType object) {
        MetadataXml xml = new MetadataXml("CustomObject");
        object.details().values().forEach(xml::element);
        return xml.finish();
    }

    private static String rule(String name, Requirement requirement, String formula) {
        MetadataXml xml = new MetadataXml("ValidationRule")
                .element("fullName", name)
                .element("active", String.valueOf(requirement.active()));
        requirement.description().ifPresent(d -> xml.element("description", d));
        xml.element("errorConditionFormula", formula);
        requirement.field().ifPresent(f -> xml.element("errorDisplayField", f.text()));
        return xml.element("errorMessage", requirement.message()).finish();
    }

    /** Field metadata and the value sets picklists name. */
    static final class FieldXml {
        private FieldXml() {
        }

        static String field(FieldType field) {
            FieldDetails details = field.details();
            boolean custom = field.name().toLowerCase(Locale.ROOT).endsWith("__c");
            String type = details.salesforceType().orElse(FieldDetails.salesforceTypes(field.kind()).get(0));
            boolean picklist = field.kind() == FieldKind.PICKLIST || field.kind() == FieldKind.MULTIPICKLIST;
            MetadataXml xml = new MetadataXml("CustomField").element("fullName", field.name());
            if (!picklist) {
                details.defaultValue().ifPresent(v -> xml.element("defaultValue", v));
            }
            details.deleteConstraint().ifPresent(v -> xml.element("deleteConstraint", v));
            details.description().ifPresent(v -> xml.element("description", v));
            flag(xml, details, "externalId");
            details.formula().ifPresent(v -> xml.element("formula", v));
            details.treatBlanksAs().ifPresent(v -> xml.element("formulaTreatBlanksAs", v));
            details.help().ifPresent(v -> xml.element("inlineHelpText", v));
            Optional<String> label = details.label().or(() -> custom ? Optional.of(label(field.name()))
                    : Optional.empty());
            label.ifPresent(v -> xml.element("label", v));
            if (field.length().isPresent()) {
                xml.element("length", String.valueOf(field.length().getAsInt()));
            } else if (custom && type.equals("Text") && details.formula().isEmpty()) {
                xml.element("length", "255"); // a custom Text field must say its length: Salesforce's largest
            }
            field.precision().ifPresent(v -> xml.element("precision", String.valueOf(v)));
            field.lookupTarget().ifPresent(v -> xml.element("referenceTo", v));
            details.relationshipLabel().ifPresent(v -> xml.element("relationshipLabel", v));
            details.relationship().ifPresent(v -> xml.element("relationshipName", v));
            if (details.required()) {
                xml.element("required", "true");
            }
            field.scale().ifPresent(v -> xml.element("scale", String.valueOf(v)));
            flag(xml, details, "trackFeedHistory");
            flag(xml, details, "trackHistory");
            flag(xml, details, "trackTrending");
            xml.element("type", type);
            flag(xml, details, "unique");
            if (picklist && !isStandardSet(field)) {
                xml.open("valueSet");
                if (details.restricted()) {
                    xml.element("restricted", "true");
                }
                if (details.valueSet().isPresent()) {
                    xml.element("valueSetName", details.valueSet().get());
                } else {
                    xml.open("valueSetDefinition").element("sorted", "false");
                    values(xml, "value", field);
                    xml.close("valueSetDefinition");
                }
                xml.close("valueSet");
            }
            details.visibleLines().ifPresent(v -> xml.element("visibleLines", String.valueOf(v)));
            return xml.finish();
        }

        private static void flag(MetadataXml xml, FieldDetails details, String flag) {
            if (details.orgFlags().contains(flag)) {
                xml.element(flag, "true");
            }
        }

        private static boolean isStandardSet(FieldType field) {
            return field.details().valueSet().isPresent()
                    && FieldTranslator.standardValueSet(field.object(), field.name())
                    .filter(s -> s.equalsIgnoreCase(field.details().valueSet().get())).isPresent();
        }

        /** The global or standard value set file a picklist names, as path and content. */
        static Optional<Map.Entry<String, String>> valueSet(ObjectType object, FieldType field) {
            Optional<String> name = field.details().valueSet();
            if (name.isEmpty()) {
                return Optional.empty();
            }
            if (isStandardSet(field)) {
                MetadataXml xml = new MetadataXml("StandardValueSet").element("sorted", "false");
                values(xml, "standardValue", field);
                return Optional.of(Map.entry(PACKAGE + "standardValueSets/" + name.get()
                        + SfdxReader.STANDARD_SET_SUFFIX, xml.finish()));
            }
            MetadataXml xml = new MetadataXml("GlobalValueSet");
            values(xml, "customValue", field);
            xml.element("masterLabel", name.get()).element("sorted", "false");
            return Optional.of(Map.entry(PACKAGE + "globalValueSets/" + name.get() + SfdxReader.GLOBAL_SET_SUFFIX,
                    xml.finish()));
        }

        /**
         * Each value as Salesforce writes it: {@code fullName}, then {@code CustomValue}'s elements
         * in alphabetical order ({@code color}, {@code default}, {@code description},
         * {@code isActive} when false, {@code label}), then a standard value's own properties.
         */
        private static void values(MetadataXml xml, String element, FieldType field) {
            for (String value : field.values()) {
                OrgDetails details = field.details().valueDetails(value);
                xml.open(element).element("fullName", value);
                details.get("color").ifPresent(v -> xml.element("color", v));
                xml.element("default", String.valueOf(field.details().defaultValue().filter(value::equals)
                        .isPresent()));
                details.get("description").ifPresent(v -> xml.element("description", v));
                if (!details.active()) {
                    xml.element("isActive", "false");
                }
                xml.element("label", details.label().orElse(value));
                details.values().forEach((key, v) -> {
                    if (OrgDetails.STANDARD_VALUE_DETAILS.contains(key)) {
                        xml.element(key, v);
                    }
                });
                xml.close(element);
            }
        }

        /** A label for a custom field that has none: its API name without the suffix, spaced. */
        private static String label(String name) {
            return name.substring(0, name.length() - 3).replace('_', ' ').strip();
        }
    }
}

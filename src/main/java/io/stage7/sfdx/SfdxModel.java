package io.stage7.sfdx;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What import reads from an SFDX tree, before it becomes rules text. */
final class SfdxModel {

    private SfdxModel() {
    }

    /**
     * An object directory: {@code objects/<name>/}, with the details its {@code object-meta.xml}
     * gives, and its fields and validation rules in file order.
     */
    record SfdxObject(String name, List<Detail> details, List<SfdxField> fields, List<SfdxRule> rules) {
        SfdxObject {
            Objects.requireNonNull(name, "name");
            details = List.copyOf(details);
            fields = List.copyOf(fields);
            rules = List.copyOf(rules);
        }
    }

    /**
     * A field, translated: the Stage7 type as written ({@code Text(40)}, {@code Lookup(Account)}),
     * its details as {@code key value} pairs ready to print, and where it came from.
     */
    record SfdxField(String name, String type, List<Detail> details, XmlFile file, XmlElement at) {
        SfdxField {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            details = List.copyOf(details);
        }
    }

    /** A field detail as written in the rules file: {@code label "PO Number"}. */
    record Detail(String key, String value) {
    }

    /** A validation rule and the elements its parts came from. */
    record SfdxRule(String name, boolean active, Optional<String> description, String formula,
                    String message, Optional<String> displayField, XmlFile file, XmlElement formulaElement,
                    Optional<XmlElement> displayElement) {
        SfdxRule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(formula, "formula");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(displayField, "displayField");
        }
    }

    /**
     * A picklist's values read from a field's own value set, or a global or standard value set file.
     *
     * @param defaultValue the value marked as the default, if any
     * @param valueDetails the details of the values that have any (label, active, stage properties)
     */
    record ValueSet(List<String> values, Optional<String> defaultValue, Map<String, List<Detail>> valueDetails) {
        ValueSet {
            values = List.copyOf(values);
            Objects.requireNonNull(defaultValue, "defaultValue");
            valueDetails = Map.copyOf(valueDetails);
        }
    }
}

package io.stage7.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The metadata a field declares besides its type, as an org's field metadata holds it: what
 * {@code stage7 import sfdx} reads and {@code stage7 export sfdx} writes back. None of it changes
 * how a formula evaluates.
 *
 * @param label             the field's label in the org
 * @param description       what the field is for
 * @param help              the inline help text
 * @param required          whether the org requires a value on save
 * @param restricted        for picklists: only the declared values may be saved
 * @param valueSet          for picklists: the global value set the values come from
 * @param salesforceType    the org's field type when it is not the Stage7 type's own name
 *                          ({@code Email}, {@code LongTextArea}, {@code MasterDetail}, ...)
 * @param relationship      for lookups: the relationship name (child records' list in the parent)
 * @param relationshipLabel for lookups: that list's label
 * @param formula           for formula fields: the org's formula, kept as text (Stage7 reads the
 *                          field's value from the data, as exported)
 * @param defaultValue      the org's default value formula, kept as text
 * @param visibleLines      for long text areas and multi-select picklists: lines shown in the editor
 * @param deleteConstraint  for lookups: what deleting the parent does ({@code SetNull}, {@code Restrict}, ...)
 * @param orgFlags          the org's switches that are on, among {@link #ORG_FLAGS}: nothing in Stage7
 *                          reads them, export writes them back
 * @param treatBlanksAs     for formula fields: {@code BlankAsZero} or {@code BlankAsBlank}, the org's
 *                          {@code <formulaTreatBlanksAs>} (kept as text, like the formula)
 * @param valueDetails      for picklists: the details of the values that have any ({@code "Net_30"
 *                          label "Net 30"}), by value, in declaration order
 */
public record FieldDetails(Optional<String> label, Optional<String> description, Optional<String> help,
                           boolean required, boolean restricted, Optional<String> valueSet,
                           Optional<String> salesforceType, Optional<String> relationship,
                           Optional<String> relationshipLabel, Optional<String> formula,
                           Optional<String> defaultValue, OptionalInt visibleLines,
                           Optional<String> deleteConstraint, SortedSet<String> orgFlags,
                           Optional<String> treatBlanksAs, Map<String, OrgDetails> valueDetails) {

    /** No details: what a field declared as {@code Name Type} has. */
    public static final FieldDetails NONE = new FieldDetails(Optional.empty(), Optional.empty(), Optional.empty(),
            false, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), OptionalInt.empty(), Optional.empty(), new TreeSet<>(), Optional.empty(), Map.of());

    /** The detail keys, in the order {@code import sfdx} writes them. */
    public static final List<String> KEYS = List.of("salesforceType", "label", "description", "help", "required",
            "restricted", "valueSet", "relationship", "relationshipLabel", "deleteConstraint", "formula",
            "treatBlanksAs", "defaultValue", "visibleLines", "externalId", "unique", "trackHistory", "trackFeedHistory",
            "trackTrending");

    /** The org's on/off switches a field may carry ({@code trackHistory true}), as Salesforce names them. */
    public static final List<String> ORG_FLAGS = List.of("externalId", "unique", "trackHistory", "trackFeedHistory",
            "trackTrending");

    /** The values {@code treatBlanksAs} takes: Salesforce's {@code formulaTreatBlanksAs}. */
    public static final List<String> TREAT_BLANKS_AS = List.of("BlankAsZero", "BlankAsBlank");

    /** Salesforce text types whose length may exceed 255 characters (up to 131,072). */
    static final List<String> LONG_TEXT_TYPES = List.of("LongTextArea", "Html");

    public FieldDetails {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(valueSet, "valueSet");
        Objects.requireNonNull(salesforceType, "salesforceType");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(relationshipLabel, "relationshipLabel");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(visibleLines, "visibleLines");
        Objects.requireNonNull(deleteConstraint, "deleteConstraint");
        orgFlags = Collections.unmodifiableSortedSet(new TreeSet<>(orgFlags));
        Objects.requireNonNull(treatBlanksAs, "treatBlanksAs");
        valueDetails = Collections.unmodifiableMap(new LinkedHashMap<>(valueDetails));
    }

    /** The details of a picklist value; {@link OrgDetails#NONE} when it has none. */
    public OrgDetails valueDetails(String value) {
        return valueDetails.getOrDefault(value, OrgDetails.NONE);
    }

    /** These details with the picklist values' details replaced. */
    FieldDetails withValueDetails(Map<String, OrgDetails> details) {
        return new FieldDetails(label, description, help, required, restricted, valueSet, salesforceType,
                relationship, relationshipLabel, formula, defaultValue, visibleLines, deleteConstraint, orgFlags,
                treatBlanksAs, details);
    }

    /**
     * The Salesforce types a field of each Stage7 kind may be in the org: the first is the one
     * meant when {@code salesforceType} is absent.
     */
    public static List<String> salesforceTypes(FieldKind kind) {
        return switch (kind) {
            case TEXT -> List.of("Text", "TextArea", "LongTextArea", "Html", "Email", "Phone", "Url");
            case MULTIPICKLIST -> List.of("MultiselectPicklist");
            case LOOKUP -> List.of("Lookup", "MasterDetail");
            default -> List.of(kind.typeName());
        };
    }
}

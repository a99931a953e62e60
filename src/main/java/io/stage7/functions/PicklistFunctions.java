package io.stage7.functions;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Picklist and multi-select picklist functions. A picklist value is a {@code String}; a
 * multi-select value is an unmodifiable sorted set of its selected values.
 */
public final class PicklistFunctions {

    private PicklistFunctions() {
    }

    /**
     * {@code ISPICKVAL(picklist_field, text_literal)}: TRUE if the selected value equals the
     * literal, case-sensitively. {@code ISPICKVAL(field, "")} is TRUE for a blank picklist,
     * the documented way to test one.
     */
    public static boolean isPickval(String picklistValue, String literal) {
        return LogicalFunctions.textEqual(picklistValue, literal);
    }

    /**
     * {@code INCLUDES(multiselect_picklist_field, text_literal)}: TRUE if the literal is one of
     * the selected values, case-sensitively. FALSE for a blank field or a blank literal.
     */
    public static boolean includes(Set<String> selected, String literal) {
        return selected != null && !TextFunctions.isBlank(literal) && selected.contains(literal);
    }

    /**
     * The multi-select value stored as text, values separated by {@code ;} as Salesforce stores
     * them: {@code "Support;SaaS"}. Surrounding spaces are dropped, as are empty entries;
     * duplicates collapse. Blank text, or no values, is blank ({@code null}).
     */
    public static SortedSet<String> multiPicklist(String storedValue) {
        if (TextFunctions.isBlank(storedValue)) {
            return null;
        }
        TreeSet<String> values = new TreeSet<>();
        for (String part : storedValue.split(";", -1)) {
            String value = part.strip();
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values.isEmpty() ? null : Collections.unmodifiableSortedSet(values);
    }
}

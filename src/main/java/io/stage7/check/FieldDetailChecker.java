package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.ast.Decl.TypeArg;
import io.stage7.diag.Diagnostics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a field's details ({@code label "PO Number" required true}): known keys, each once,
 * with a value of the right kind, and only on the kinds of field they apply to.
 */
final class FieldDetailChecker {

    private final Diagnostics diagnostics;

    FieldDetailChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    FieldDetails check(FieldKind kind, List<Decl.FieldDetail> details) {
        Map<String, Decl.FieldDetail> seen = new HashMap<>();
        Map<String, Object> values = new HashMap<>();
        for (Decl.FieldDetail detail : details) {
            String written = detail.key().text();
            Optional<String> key = FieldDetails.KEYS.stream().filter(k -> k.equalsIgnoreCase(written)).findFirst();
            if (key.isEmpty()) {
                diagnostics.error("unknown-field-detail", detail.key().span(), "unknown field detail '" + written
                        + "'" + Suggestions.didYouMean(written, FieldDetails.KEYS));
                continue;
            }
            Decl.FieldDetail first = seen.putIfAbsent(key.get(), detail);
            if (first != null) {
                diagnostics.error("duplicate-field-detail", detail.key().span(), "duplicate field detail '" + written
                        + "'; first given at " + first.key().span().location());
                continue;
            }
            value(kind, key.get(), detail).ifPresent(v -> values.put(key.get(), v));
        }
        return new FieldDetails(text(values, "label"), text(values, "description"), text(values, "help"),
                values.get("required") == Boolean.TRUE, values.get("restricted") == Boolean.TRUE,
                text(values, "valueSet"), text(values, "salesforceType"), text(values, "relationship"),
                text(values, "relationshipLabel"), text(values, "formula"), text(values, "defaultValue"),
                values.containsKey("visibleLines") ? OptionalInt.of((Integer) values.get("visibleLines"))
                        : OptionalInt.empty(), text(values, "deleteConstraint"),
                FieldDetails.ORG_FLAGS.stream().filter(f -> values.get(f) == Boolean.TRUE)
                        .collect(Collectors.toCollection(TreeSet::new)), text(values, "treatBlanksAs"), Map.of());
    }

    private static Optional<String> text(Map<String, Object> values, String key) {
        return Optional.ofNullable((String) values.get(key));
    }

    /** The detail's value when it is valid for a field of this kind; else an error and nothing. */
    private Optional<Object> value(FieldKind kind, String key, Decl.FieldDetail detail) {
        TypeArg value = detail.value();
        boolean picklist = kind == FieldKind.PICKLIST || kind == FieldKind.MULTIPICKLIST;
        switch (key) {
            case "restricted", "valueSet" -> {
                if (!picklist) {
                    return notFor(detail, "Picklist and MultiPicklist fields");
                }
            }
            case "relationship", "relationshipLabel", "deleteConstraint" -> {
                if (kind != FieldKind.LOOKUP) {
                    return notFor(detail, "Lookup fields");
                }
            }
            default -> { }
        }
        switch (key) {
            case "required", "restricted", "externalId", "unique", "trackHistory", "trackFeedHistory",
                    "trackTrending" -> {
                if (value instanceof TypeArg.BooleanArg b) {
                    return Optional.of(b.value());
                }
                return wrongValue(detail, "true or false");
            }
            case "visibleLines" -> {
                if (value instanceof TypeArg.NumberArg n && isWhole(n.value(), 1, 50)) {
                    return Optional.of(n.value().intValueExact());
                }
                return wrongValue(detail, "a whole number from 1 to 50");
            }
            case "treatBlanksAs" -> {
                if (value instanceof TypeArg.TextArg t && FieldDetails.TREAT_BLANKS_AS.contains(t.value())) {
                    return Optional.of(t.value());
                }
                return wrongValue(detail, String.join(" or ", FieldDetails.TREAT_BLANKS_AS.stream()
                        .map(v -> "\"" + v + "\"").toList()));
            }
            case "salesforceType" -> {
                if (!(value instanceof TypeArg.TextArg t)) {
                    return wrongValue(detail, "text in quotes");
                }
                List<String> allowed = FieldDetails.salesforceTypes(kind);
                Optional<String> match = allowed.stream().filter(a -> a.equalsIgnoreCase(t.value())).findFirst();
                if (match.isEmpty()) {
                    diagnostics.error("invalid-field-detail", value.span(), "a " + kind.typeName()
                            + " field cannot be of Salesforce type '" + t.value() + "'; it may be "
                            + String.join(", ", allowed));
                }
                return match.map(m -> m);
            }
            default -> {
                if (value instanceof TypeArg.TextArg t) {
                    return Optional.of(t.value());
                }
                return wrongValue(detail, "text in quotes");
            }
        }
    }

    private Optional<Object> notFor(Decl.FieldDetail detail, String fields) {
        diagnostics.error("invalid-field-detail", detail.key().span(), "'" + detail.key().text()
                + "' applies only to " + fields);
        return Optional.empty();
    }

    private Optional<Object> wrongValue(Decl.FieldDetail detail, String expected) {
        diagnostics.error("invalid-field-detail", detail.value().span(), "'" + detail.key().text() + "' takes "
                + expected);
        return Optional.empty();
    }

    private static boolean isWhole(BigDecimal value, int min, int max) {
        boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        return whole && value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
    }
}

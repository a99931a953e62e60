package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.ast.Decl.TypeArg;
import io.stage7.diag.Diagnostics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks the details of an object or a picklist value against their list of keys: known keys,
 * each once, each with a value of its kind.
 */
final class OrgDetailChecker {

    private final Diagnostics diagnostics;

    OrgDetailChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The valid details of {@code details}.
     *
     * @param what what carries them, for messages: "object detail", "picklist value detail"
     */
    OrgDetails check(List<OrgDetails.Key> keys, List<Decl.FieldDetail> details, String what) {
        if (details.isEmpty()) {
            return OrgDetails.NONE;
        }
        List<String> names = keys.stream().map(OrgDetails.Key::name).toList();
        Map<String, Decl.FieldDetail> seen = new HashMap<>();
        Map<String, String> values = new TreeMap<>();
        for (Decl.FieldDetail detail : details) {
            String written = detail.key().text();
            Optional<OrgDetails.Key> key = keys.stream().filter(k -> k.name().equalsIgnoreCase(written)).findFirst();
            if (key.isEmpty()) {
                diagnostics.error("unknown-field-detail", detail.key().span(), "unknown " + what + " '" + written
                        + "'" + (written.equalsIgnoreCase("default") && keys == OrgDetails.VALUE_KEYS
                        ? "; a picklist's default value is the field's defaultValue detail"
                        : Suggestions.didYouMean(written, names)));
                continue;
            }
            Decl.FieldDetail first = seen.putIfAbsent(key.get().name(), detail);
            if (first != null) {
                diagnostics.error("duplicate-field-detail", detail.key().span(), "duplicate " + what + " '" + written
                        + "'; first given at " + first.key().span().location());
                continue;
            }
            value(key.get(), detail).ifPresent(v -> values.put(key.get().name(), v));
        }
        return new OrgDetails(new TreeMap<>(values));
    }

    private Optional<String> value(OrgDetails.Key key, Decl.FieldDetail detail) {
        TypeArg value = detail.value();
        switch (key.kind()) {
            case BOOLEAN -> {
                if (value instanceof TypeArg.BooleanArg b) {
                    return Optional.of(String.valueOf(b.value()));
                }
                return wrong(detail, "true or false");
            }
            case PERCENT -> {
                if (value instanceof TypeArg.NumberArg n && whole(n.value())) {
                    return Optional.of(n.value().stripTrailingZeros().toPlainString());
                }
                return wrong(detail, "a whole number from 0 to 100");
            }
            default -> {
                if (!(value instanceof TypeArg.TextArg t)) {
                    return wrong(detail, "text in quotes");
                }
                if (!key.allowed().isEmpty() && !key.allowed().contains(t.value())) {
                    return wrong(detail, "one of " + String.join(", ", key.allowed()));
                }
                return Optional.of(t.value());
            }
        }
    }

    private Optional<String> wrong(Decl.FieldDetail detail, String expected) {
        diagnostics.error("invalid-field-detail", detail.value().span(), "'" + detail.key().text() + "' takes "
                + expected);
        return Optional.empty();
    }

    private static boolean whole(BigDecimal value) {
        boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        return whole && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
    }
}

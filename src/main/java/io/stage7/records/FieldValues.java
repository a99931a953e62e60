package io.stage7.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.stage7.check.FieldKind;
import io.stage7.check.FieldType;
import io.stage7.check.Literals;
import io.stage7.check.Suggestions;
import io.stage7.diag.Limit;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Parses a data value for a field by the field's type, into the runtime representation of
 * {@code io.stage7.functions}. CSV cells arrive as text; JSON values as nodes, where a number
 * must be a JSON number and a Checkbox a JSON boolean. A value that does not fit gives a
 * message naming the field, the value and the form expected.
 *
 * <p>Percent values are fractions, as formulas see them: {@code 0.15} and {@code 15%} are both
 * fifteen percent. Numbers are plain decimals: no thousands separators, currency signs or
 * exponents. The declared precision and scale are limits: a value with more digits does not fit.
 */
final class FieldValues {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern PERCENTAGE = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)%");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FieldValues() {
    }

    /** A parsed value ({@code null} is blank), or the problem with it. */
    record Parsed(Object value, String problem) {
        static Parsed of(Object value) {
            return new Parsed(value, null);
        }

        static Parsed problem(String message) {
            return new Parsed(null, message);
        }

        boolean ok() {
            return problem == null;
        }
    }

    /** The longest value a data file may hold for one field: Salesforce's Long Text Area. */
    static final Limit MAX_VALUE_LENGTH = Limit.of("stage7.limit.valueLength", 131_072);
    /** The longest number a data file may write: far past 18 digits and any scale a field declares. */
    static final Limit MAX_NUMBER_LENGTH = Limit.of("stage7.limit.numberLength", 100);

    /** A CSV cell, or a JSON string, for the field at {@code path}. Empty text is blank. */
    static Parsed fromText(String path, FieldType field, String text) {
        if (text.isEmpty()) {
            return Parsed.of(null);
        }
        Optional<Parsed> tooLong = tooLong(path, field, text);
        if (tooLong.isPresent()) {
            return tooLong.get();
        }
        switch (field.kind()) {
            case TEXT:
            case LOOKUP:
                return text(path, field, text);
            case NUMBER:
            case CURRENCY:
                return number(path, field, text.strip());
            case PERCENT:
                return percent(path, field, text.strip());
            case CHECKBOX:
                return checkbox(path, text.strip());
            case DATE:
                return parsed(Literals.parseDate(text.strip()), path, text, field,
                        "write YYYY-MM-DD, e.g. 2026-03-31");
            case DATETIME:
                return parsed(Literals.parseDateTime(text.strip()), path, text, field,
                        "write ISO-8601 with an offset, e.g. 2026-03-31T16:45:00-07:00 or 2026-03-31T23:45:00Z");
            case TIME:
                return parsed(Literals.parseTime(text.strip()), path, text, field,
                        "write HH:MM, HH:MM:SS or HH:MM:SS.SSS, e.g. 16:45:00");
            case PICKLIST:
                return picklist(path, field, text);
            case MULTIPICKLIST:
                return selections(path, field, text.split(";", -1), text);
            default:
                throw new IllegalStateException("unhandled field kind " + field.kind());
        }
    }

    /** A JSON value for the field at {@code path}; JSON null is blank. */
    static Parsed fromJson(String path, FieldType field, JsonNode node) {
        if (node.isNull()) {
            return Parsed.of(null);
        }
        FieldKind kind = field.kind();
        if (kind.isNumeric() && node.isNumber()) {
            Optional<Parsed> tooLong = tooLong(path, field, node.asText());
            if (tooLong.isPresent()) {
                return tooLong.get();
            }
            BigDecimal value = node.decimalValue();
            return kind == FieldKind.PERCENT ? fraction(path, field, value, node.asText())
                    : digits(path, field, value, value, node.asText());
        }
        if (kind == FieldKind.PERCENT && node.isTextual() && node.textValue().strip().endsWith("%")) {
            return percent(path, field, node.textValue().strip());
        }
        if (kind == FieldKind.CHECKBOX && node.isBoolean()) {
            return Parsed.of(node.booleanValue());
        }
        if (kind == FieldKind.MULTIPICKLIST && node.isArray()) {
            String[] parts = new String[node.size()];
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isTextual()) {
                    return Parsed.problem(path + ": a multi-select picklist takes text values; "
                            + describe(node.get(i)) + " does not fit");
                }
                parts[i] = node.get(i).textValue();
            }
            return selections(path, field, parts, node.toString());
        }
        boolean textual = kind != FieldKind.CHECKBOX && !kind.isNumeric();
        if (textual && node.isTextual()) {
            return fromText(path, field, node.textValue());
        }
        return Parsed.problem(path + " is a " + kind.typeName() + " field, but the value is "
                + describe(node) + "; " + jsonForm(kind));
    }

    /**
     * The problem of a value past its limit, checked before it is parsed: a number of a million
     * digits would take BigDecimal seconds, and a megabyte text would be copied by every formula.
     */
    private static Optional<Parsed> tooLong(String path, FieldType field, String text) {
        boolean numeric = field.kind().isNumeric();
        Limit limit = numeric ? MAX_NUMBER_LENGTH : MAX_VALUE_LENGTH;
        if (!limit.exceededBy(text.length())) {
            return Optional.empty();
        }
        return Optional.of(Parsed.problem(String.format("%s: the value is %,d characters long; for %s %s", path,
                text.length(), numeric ? "a number" : "a value", limit.explain())));
    }

    private static String jsonForm(FieldKind kind) {
        switch (kind) {
            case NUMBER:
            case CURRENCY:
                return "write a JSON number such as 1250.50";
            case PERCENT:
                return "write a JSON number such as 0.15, or text such as \"15%\"";
            case CHECKBOX:
                return "write true or false, without quotes";
            case MULTIPICKLIST:
                return "write text such as \"SaaS;Support\" or an array such as [\"SaaS\", \"Support\"]";
            case DATE:
                return "write text such as \"2026-03-31\"";
            case DATETIME:
                return "write text such as \"2026-03-31T16:45:00-07:00\"";
            case TIME:
                return "write text such as \"16:45:00\"";
            default:
                return "write it as text in quotes";
        }
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "the text \"" + node.textValue() + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static Parsed text(String path, FieldType field, String text) {
        if (field.length().isPresent()) {
            int length = text.codePointCount(0, text.length());
            int limit = field.length().getAsInt();
            if (length > limit) {
                return Parsed.problem(path + ": the text is " + length + " characters long, but "
                        + field.kind().typeName() + "(" + limit + ") holds at most " + limit);
            }
        }
        return Parsed.of(text);
    }

    private static Parsed number(String path, FieldType field, String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return Parsed.problem(path + ": '" + text + "' is not a " + field.kind().typeName()
                    + " value; write a plain decimal such as 1250.50, without thousands separators or currency signs");
        }
        BigDecimal value = new BigDecimal(text);
        return digits(path, field, value, value, text);
    }

    private static Parsed percent(String path, FieldType field, String text) {
        if (PERCENTAGE.matcher(text).matches()) {
            BigDecimal percentage = new BigDecimal(text.substring(0, text.length() - 1));
            return digits(path, field, percentage.divide(HUNDRED), percentage, text);
        }
        if (DECIMAL.matcher(text).matches()) {
            return fraction(path, field, new BigDecimal(text), text);
        }
        return Parsed.problem(path + ": '" + text + "' is not a Percent value; write a fraction such as 0.15 "
                + "or a percentage such as 15%");
    }

    /** A fraction for a Percent field: its declared digits count the percentage (0.1525 is 15.25%). */
    private static Parsed fraction(String path, FieldType field, BigDecimal fraction, String written) {
        return digits(path, field, fraction, fraction.movePointRight(2), written);
    }

    /**
     * {@code value}, when {@code counted} (the number as the field's declaration counts its
     * digits) fits the declared precision and scale.
     */
    private static Parsed digits(String path, FieldType field, BigDecimal value, BigDecimal counted, String written) {
        BigDecimal plain = counted.stripTrailingZeros();
        int decimals = Math.max(0, plain.scale());
        int integerDigits = Math.max(0, plain.precision() - plain.scale());
        String declared = declaration(field);
        if (field.scale().isPresent() && decimals > field.scale().getAsInt()) {
            return Parsed.problem(path + ": " + written + " has " + decimals + " decimal place"
                    + (decimals == 1 ? "" : "s") + (field.kind() == FieldKind.PERCENT ? " as a percentage" : "")
                    + ", but " + declared + " allows " + field.scale().getAsInt());
        }
        if (field.precision().isPresent()) {
            int allowed = field.precision().getAsInt() - field.scale().orElse(0);
            if (integerDigits > allowed) {
                return Parsed.problem(path + ": " + written + " has " + integerDigits + " digit"
                        + (integerDigits == 1 ? "" : "s") + " before the decimal point"
                        + (field.kind() == FieldKind.PERCENT ? " as a percentage" : "")
                        + ", but " + declared + " allows " + allowed);
            }
        }
        return Parsed.of(value);
    }

    private static String declaration(FieldType field) {
        StringBuilder out = new StringBuilder(field.kind().typeName());
        if (field.precision().isPresent()) {
            out.append('(').append(field.precision().getAsInt());
            field.scale().ifPresent(scale -> out.append(", ").append(scale));
            out.append(')');
        }
        return out.toString();
    }

    private static Parsed checkbox(String path, String text) {
        if (text.equalsIgnoreCase("true")) {
            return Parsed.of(Boolean.TRUE);
        }
        if (text.equalsIgnoreCase("false")) {
            return Parsed.of(Boolean.FALSE);
        }
        return Parsed.problem(path + ": '" + text + "' is not a Checkbox value; write true or false");
    }

    private static Parsed parsed(Optional<?> value, String path, String text, FieldType field, String form) {
        return value.<Parsed>map(Parsed::of).orElseGet(() -> Parsed.problem(path + ": '" + text + "' is not a valid "
                + field.kind().typeName() + "; " + form));
    }

    private static Parsed picklist(String path, FieldType field, String text) {
        if (field.hasValue(text)) {
            return Parsed.of(text);
        }
        return Parsed.problem(path + ": " + unknownValue(text, field));
    }

    private static Parsed selections(String path, FieldType field, String[] parts, String written) {
        SortedSet<String> selected = new TreeSet<>();
        for (String part : parts) {
            String value = part.strip();
            if (value.isEmpty() && parts.length == 1) {
                continue;
            }
            if (!field.hasValue(value)) {
                return Parsed.problem(path + ": " + unknownValue(value, field));
            }
            if (!selected.add(value)) {
                return Parsed.problem(path + ": '" + value + "' is selected twice in " + written);
            }
        }
        return Parsed.of(selected.isEmpty() ? null : selected);
    }

    /** As the checker words it for rules: the value, the field, and a suggestion or the values. */
    private static String unknownValue(String value, FieldType field) {
        String kind = field.kind() == FieldKind.MULTIPICKLIST ? "multi-select picklist" : "picklist";
        String suggestion = Suggestions.didYouMean(value, field.values());
        String tail = suggestion.isEmpty() ? "; its values are "
                + String.join(", ", field.values().stream().map(v -> "'" + v + "'").toList()) : suggestion;
        return "'" + value + "' is not a value of the " + kind + tail;
    }
}

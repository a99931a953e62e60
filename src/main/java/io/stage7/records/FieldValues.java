package io.stage7.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.stage7.check.FieldKind;
import io.stage7.check.FieldType;
import io.stage7.check.Suggestions;
import io.stage7.diag.Limit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Converts one data value into its field's runtime value ({@code io.stage7.functions}), as
 * Salesforce's APIs and Data Loader write values: the one place that does, for every reader.
 * CSV cells and JSON strings come to {@link #fromText}; JSON numbers to {@link #fromNumber};
 * JSON booleans to {@link #fromBoolean}; JSON arrays of text (multi-select picklists) to
 * {@link #fromSelections}. {@link #fromJson} dispatches a parsed JSON node to them. A value that
 * does not fit gives a message naming the field, the value and the form expected.
 *
 * <p>Percent values are in percent units, as Salesforce's API writes them: {@code 25} and
 * {@code 25%} are both twenty-five percent, the fraction {@code 0.25} inside formulas, and
 * {@code 0.25} is a quarter of one percent. Numbers are plain decimals: no thousands separators,
 * currency signs or exponents (a JSON number may have an exponent). The declared precision and
 * scale are limits: a value with more digits does not fit. Checkbox, Date, DateTime and Time
 * forms are {@link SalesforceForms}'.
 */
final class FieldValues {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private FieldValues() {
    }

    /** A parsed value ({@code null} is blank), or the problem with it. */
    record Parsed(Object value, String problem) {
        private static final Parsed BLANK = new Parsed(null, null);
        private static final Parsed TICKED = new Parsed(Boolean.TRUE, null);
        private static final Parsed UNTICKED = new Parsed(Boolean.FALSE, null);

        static Parsed of(Object value) {
            if (value == null) {
                return BLANK;
            }
            if (value instanceof Boolean ticked) {
                return ticked ? TICKED : UNTICKED;
            }
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
                return parsed(SalesforceForms.date(text.strip()), path, text, field,
                        () -> "write YYYY-MM-DD, e.g. 2026-03-31");
            case DATETIME:
                return parsed(SalesforceForms.dateTime(text.strip()), path, text, field,
                        () -> "write it as Salesforce's API does, e.g. 2026-03-31T23:45:00.000+0000, "
                                + "2026-03-31T16:45:00-07:00 or 2026-03-31T23:45:00Z"
                                + SalesforceForms.dateTimeAdvice(text.strip()));
            case TIME:
                return parsed(SalesforceForms.time(text.strip()), path, text, field,
                        () -> "write HH:MM, HH:MM:SS or HH:MM:SS.SSS, e.g. 16:45:00 or 16:45:00.000Z");
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
        if (node.isNumber()) {
            Optional<Parsed> tooLong = field.kind().isNumeric() ? tooLong(path, field, node.asText()) : Optional.empty();
            if (tooLong.isPresent()) {
                return tooLong.get();
            }
            return fromNumber(path, field, node.decimalValue(), node.asText());
        }
        if (node.isBoolean()) {
            return fromBoolean(path, field, node.booleanValue());
        }
        if (node.isTextual()) {
            return fromText(path, field, node.textValue());
        }
        if (field.kind() == FieldKind.MULTIPICKLIST && node.isArray()) {
            List<String> parts = new ArrayList<>(node.size());
            for (JsonNode part : node) {
                if (!part.isTextual()) {
                    return Parsed.problem(path + ": a multi-select picklist takes text values; "
                            + describe(part) + " does not fit");
                }
                parts.add(part.textValue());
            }
            return fromSelections(path, field, parts, node.toString());
        }
        return mismatch(path, field, describe(node));
    }

    /**
     * A JSON number for the field at {@code path}, {@code written} as in the file. Number,
     * Currency and Percent fields take one (a Percent in percent units); a Checkbox takes 1 and 0.
     */
    static Parsed fromNumber(String path, FieldType field, BigDecimal value, String written) {
        FieldKind kind = field.kind();
        if (kind == FieldKind.PERCENT) {
            return digits(path, field, value.movePointLeft(2), value, written);
        }
        if (kind.isNumeric()) {
            return digits(path, field, value, value, written);
        }
        if (kind == FieldKind.CHECKBOX && (value.signum() == 0 || value.compareTo(BigDecimal.ONE) == 0)) {
            return Parsed.of(value.signum() != 0);
        }
        return mismatch(path, field, "the number " + written);
    }

    /** A JSON boolean for the field at {@code path}: only a Checkbox takes one. */
    static Parsed fromBoolean(String path, FieldType field, boolean value) {
        return field.kind() == FieldKind.CHECKBOX ? Parsed.of(value) : mismatch(path, field, String.valueOf(value));
    }

    /** The values of a multi-select picklist given as a JSON array, {@code written} as in the file. */
    static Parsed fromSelections(String path, FieldType field, List<String> values, String written) {
        if (field.kind() != FieldKind.MULTIPICKLIST) {
            return mismatch(path, field, "an array");
        }
        return selections(path, field, values.toArray(String[]::new), written);
    }

    private static Parsed mismatch(String path, FieldType field, String described) {
        return Parsed.problem(path + " is a " + field.kind().typeName() + " field, but the value is "
                + described + "; " + jsonForm(field.kind()));
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
                return "write a JSON number in percent units such as 15 for 15%, or text such as \"15%\"";
            case CHECKBOX:
                return "write true or false";
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

    /** A Percent in percent units, with or without a trailing {@code %}: 15 and 15% are both 0.15 to formulas. */
    private static Parsed percent(String path, FieldType field, String text) {
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        if (!DECIMAL.matcher(number).matches()) {
            return Parsed.problem(path + ": '" + text + "' is not a Percent value; write it in percent units, "
                    + "as Salesforce does: 15 or 15% for fifteen percent");
        }
        BigDecimal percentage = new BigDecimal(number);
        return digits(path, field, percentage.movePointLeft(2), percentage, text);
    }

    /**
     * {@code value}, when {@code counted} (the number as the field's declaration counts its
     * digits) fits the declared precision and scale.
     */
    private static Parsed digits(String path, FieldType field, BigDecimal value, BigDecimal counted, String written) {
        BigDecimal plain = counted.stripTrailingZeros();
        int decimals = Math.max(0, plain.scale());
        int integerDigits = Math.max(0, plain.precision() - plain.scale());
        if (field.scale().isPresent() && decimals > field.scale().getAsInt()) {
            return Parsed.problem(path + ": " + written + " has " + decimals + " decimal place"
                    + (decimals == 1 ? "" : "s") + ", but " + declaration(field) + " allows " + field.scale().getAsInt());
        }
        if (field.precision().isPresent()) {
            int allowed = field.precision().getAsInt() - field.scale().orElse(0);
            if (integerDigits > allowed) {
                return Parsed.problem(path + ": " + written + " has " + integerDigits + " digit"
                        + (integerDigits == 1 ? "" : "s") + " before the decimal point, but " + declaration(field) + " allows " + allowed);
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
        return SalesforceForms.checkbox(text).<Parsed>map(Parsed::of).orElseGet(() -> Parsed.problem(path + ": '" + text
                + "' is not a Checkbox value; write true or false (Data Loader's yes/no, y/n, on/off and 1/0 "
                + "also work)"));
    }

    /** The value, or the problem, whose advice ({@code form}) is only worded when there is one. */
    private static Parsed parsed(Optional<?> value, String path, String text, FieldType field, Supplier<String> form) {
        return value.<Parsed>map(Parsed::of).orElseGet(() -> Parsed.problem(path + ": '" + text + "' is not a valid "
                + field.kind().typeName() + "; " + form.get()));
    }

    private static Parsed picklist(String path, FieldType field, String text) {
        String declared = field.declaredValue(text);
        if (declared != null) {
            return Parsed.of(declared); // the field's own instance: routing and ISPICKVAL match it by identity
        }
        return Parsed.problem(path + ": " + Suggestions.notAValueOf(text, field));
    }

    private static Parsed selections(String path, FieldType field, String[] parts, String written) {
        SortedSet<String> selected = new TreeSet<>();
        for (String part : parts) {
            String value = part.strip();
            if (value.isEmpty() && parts.length == 1) {
                continue;
            }
            if (!field.hasValue(value)) {
                return Parsed.problem(path + ": " + Suggestions.notAValueOf(value, field));
            }
            if (!selected.add(value)) {
                return Parsed.problem(path + ": '" + value + "' is selected twice in " + written);
            }
        }
        return Parsed.of(selected.isEmpty() ? null : selected);
    }
}

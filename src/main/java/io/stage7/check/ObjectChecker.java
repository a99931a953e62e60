package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.ast.Decl.TypeArg;
import io.stage7.diag.Diagnostics;
import io.stage7.diag.SourceSpan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks object declarations: field names unique (ignoring case), field types known and
 * their arguments valid (Salesforce's limits), picklist values unique, lookup targets declared.
 */
final class ObjectChecker {

    /** Salesforce's largest precision for Number, Currency and Percent fields. */
    static final int MAX_PRECISION = 18;
    /** Salesforce's longest Text field. */
    static final int MAX_TEXT_LENGTH = 255;
    /** Salesforce's longest Long Text Area (and Rich Text Area) field. */
    static final int MAX_LONG_TEXT_LENGTH = 131_072;

    private final Diagnostics diagnostics;
    private final Symbols symbols;

    ObjectChecker(Diagnostics diagnostics, Symbols symbols) {
        this.diagnostics = diagnostics;
        this.symbols = symbols;
    }

    /** Resolves every declared object; fields with an invalid type are left out (and marked broken). */
    NameTable<ObjectType> check() {
        return symbols.objectDecls().map(this::object);
    }

    private ObjectType object(Decl.ObjectDecl decl) {
        String objectName = decl.name().text();
        Map<String, Decl.FieldDecl> seen = new LinkedHashMap<>();
        List<FieldType> fields = new ArrayList<>();
        for (Decl.FieldDecl field : decl.fields()) {
            String key = field.name().text().toLowerCase(Locale.ROOT);
            Decl.FieldDecl first = seen.putIfAbsent(key, field);
            if (first != null) {
                diagnostics.error("duplicate-field", field.name().span(), "duplicate field '" + field.name().text()
                        + "' in object " + objectName + "; first declared at " + first.name().span().location());
                continue;
            }
            Optional<FieldType> type = field(objectName, field);
            if (type.isPresent()) {
                fields.add(type.get());
            } else {
                symbols.markBroken(objectName, field.name().text());
            }
        }
        OrgDetails details = new OrgDetailChecker(diagnostics).check(OrgDetails.OBJECT_KEYS, decl.details(),
                "object detail");
        return new ObjectType(objectName, fields, details, decl.name().span());
    }

    private Optional<FieldType> field(String objectName, Decl.FieldDecl decl) {
        Decl.TypeRef type = decl.type();
        Optional<FieldKind> kind = FieldKind.byTypeName(type.name().text());
        if (kind.isEmpty()) {
            diagnostics.error("unknown-type", type.name().span(), "unknown field type '" + type.name().text() + "'"
                    + Suggestions.didYouMean(type.name().text(),
                    Arrays.stream(FieldKind.values()).map(FieldKind::typeName).toList()));
            return Optional.empty();
        }
        FieldBuilder field = new FieldBuilder(objectName, decl.name().text(), kind.get(), decl.name().span());
        field.details = new FieldDetailChecker(diagnostics).check(kind.get(), decl.details());
        List<TypeArg> args = type.arguments();
        switch (kind.get()) {
            case TEXT -> textLength(type, args, field);
            case NUMBER, CURRENCY, PERCENT -> precisionAndScale(type, args, field);
            case PICKLIST, MULTIPICKLIST -> picklistValues(type, args, field);
            case LOOKUP -> lookupTarget(type, args, field);
            default -> noArguments(type, args);
        }
        return Optional.of(field.build());
    }

    private void textLength(Decl.TypeRef type, List<TypeArg> args, FieldBuilder field) {
        if (args.isEmpty()) {
            return;
        }
        if (args.size() > 1) {
            tooMany(type, args, 1, "Text(length)");
        }
        boolean longText = field.details.salesforceType().filter(FieldDetails.LONG_TEXT_TYPES::contains).isPresent();
        OptionalInt length = integer(args.get(0), "the length of a Text field", 1,
                longText ? MAX_LONG_TEXT_LENGTH : MAX_TEXT_LENGTH);
        field.length = length;
    }

    private void precisionAndScale(Decl.TypeRef type, List<TypeArg> args, FieldBuilder field) {
        String kind = field.kind.typeName();
        if (args.isEmpty()) {
            return;
        }
        if (args.size() != 2) {
            SourceSpan span = args.size() > 2 ? args.get(2).span() : type.span();
            diagnostics.error("invalid-type-argument", span, kind + " takes a precision and a scale, as in " + kind
                    + "(18, 2), or nothing");
            return;
        }
        OptionalInt precision = integer(args.get(0), "the precision (total digits) of a " + kind + " field", 1,
                MAX_PRECISION);
        OptionalInt scale = integer(args.get(1), "the scale (decimal places) of a " + kind + " field", 0,
                MAX_PRECISION);
        if (precision.isPresent() && scale.isPresent() && scale.getAsInt() > precision.getAsInt()) {
            diagnostics.error("invalid-type-argument", args.get(1).span(), "the scale " + scale.getAsInt()
                    + " of a " + kind + " field cannot be more than its precision " + precision.getAsInt());
            return;
        }
        field.precision = precision;
        field.scale = scale;
    }

    private void picklistValues(Decl.TypeRef type, List<TypeArg> args, FieldBuilder field) {
        String kind = field.kind.typeName();
        if (args.isEmpty()) {
            diagnostics.error("invalid-type-argument", type.span(), kind + " needs its values, as in " + kind
                    + "(\"A\", \"B\")");
            return;
        }
        Map<String, TypeArg> seen = new LinkedHashMap<>();
        Map<String, OrgDetails> valueDetails = new LinkedHashMap<>();
        for (TypeArg arg : args) {
            if (!(arg instanceof TypeArg.TextArg text)) {
                diagnostics.error("invalid-type-argument", arg.span(), "a " + kind + " value must be text in quotes");
                continue;
            }
            if (text.value().isBlank()) {
                diagnostics.error("invalid-type-argument", arg.span(), "a " + kind + " value cannot be empty");
                continue;
            }
            if (field.kind == FieldKind.MULTIPICKLIST && text.value().contains(";")) {
                diagnostics.error("invalid-type-argument", arg.span(), "a MultiPicklist value cannot contain ';', "
                        + "which separates selected values");
                continue;
            }
            TypeArg first = seen.putIfAbsent(text.value().toLowerCase(Locale.ROOT), arg);
            if (first != null) {
                diagnostics.error("duplicate-picklist-value", arg.span(), "duplicate " + kind + " value '"
                        + text.value() + "'; first declared at " + first.span().location());
                continue;
            }
            field.values.add(text.value());
            OrgDetails details = new OrgDetailChecker(diagnostics).check(OrgDetails.VALUE_KEYS, text.details(),
                    "picklist value detail");
            if (!details.isEmpty()) {
                standardOnly(field, text);
                valueDetails.put(text.value(), details);
            }
        }
        field.details = field.details.withValueDetails(valueDetails);
    }

    /** A standard value's properties ({@code closed}, {@code probability}, ...) need a standard value set. */
    private void standardOnly(FieldBuilder field, TypeArg.TextArg value) {
        if (field.details.valueSet().isPresent()) {
            return;
        }
        for (Decl.FieldDetail detail : value.details()) {
            if (OrgDetails.STANDARD_VALUE_DETAILS.stream().anyMatch(k -> k.equalsIgnoreCase(detail.key().text()))) {
                diagnostics.error("invalid-field-detail", detail.key().span(), "'" + detail.key().text()
                        + "' is a property of a standard value set's values: it needs the field's valueSet detail");
            }
        }
    }

    private void lookupTarget(Decl.TypeRef type, List<TypeArg> args, FieldBuilder field) {
        if (args.isEmpty()) {
            diagnostics.error("invalid-type-argument", type.span(), "Lookup needs the object it refers to, as in "
                    + "Lookup(Account)");
            return;
        }
        if (args.size() > 1) {
            tooMany(type, args, 1, "Lookup(Object)");
        }
        if (!(args.get(0) instanceof TypeArg.NameArg name)) {
            diagnostics.error("invalid-type-argument", args.get(0).span(), "Lookup needs an object name, as in "
                    + "Lookup(Account), without quotes");
            return;
        }
        symbols.objectDecls().resolve(name.name(), diagnostics);
        field.lookupTarget = symbols.objectDecls().entry(name.name().text())
                .map(NameTable.Entry::name).or(() -> Optional.of(name.name().text()));
    }

    private void noArguments(Decl.TypeRef type, List<TypeArg> args) {
        if (!args.isEmpty()) {
            diagnostics.error("invalid-type-argument", args.get(0).span(), FieldKind.byTypeName(type.name().text())
                    .map(FieldKind::typeName).orElse(type.name().text()) + " takes no arguments");
        }
    }

    private void tooMany(Decl.TypeRef type, List<TypeArg> args, int max, String form) {
        diagnostics.error("invalid-type-argument", args.get(max).span(), "too many arguments for "
                + type.name().text() + "; write " + form);
    }

    /** An integer type argument within [min, max], or an error at the argument. */
    private OptionalInt integer(TypeArg arg, String what, int min, int max) {
        if (arg instanceof TypeArg.NumberArg number) {
            BigDecimal value = number.value();
            boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
            if (whole && value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return OptionalInt.of(value.intValueExact());
            }
            diagnostics.error("invalid-type-argument", arg.span(), what + " must be a whole number from " + min
                    + " to " + max + ", not " + value.toPlainString());
            return OptionalInt.empty();
        }
        diagnostics.error("invalid-type-argument", arg.span(), what + " must be a whole number from " + min + " to "
                + max);
        return OptionalInt.empty();
    }

    /** Collects a field's parameters as they are checked. */
    private static final class FieldBuilder {
        final String object;
        final String name;
        final FieldKind kind;
        final SourceSpan span;
        OptionalInt length = OptionalInt.empty();
        OptionalInt precision = OptionalInt.empty();
        OptionalInt scale = OptionalInt.empty();
        final List<String> values = new ArrayList<>();
        Optional<String> lookupTarget = Optional.empty();
        FieldDetails details = FieldDetails.NONE;

        FieldBuilder(String object, String name, FieldKind kind, SourceSpan span) {
            this.object = object;
            this.name = name;
            this.kind = kind;
            this.span = span;
        }

        FieldType build() {
            return new FieldType(object, name, kind, length, precision, scale, values, lookupTarget, details, span);
        }
    }
}

package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.ast.Name;
import io.stage7.diag.Diagnostics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The base records of tests ({@code record Complete_Deal on Opportunity { ... }}), each checked
 * once, and the records tests build from them: the base's values, with the test's own values in
 * place of the fields it gives. A base may start from another base, of the same object; a cycle
 * is an error.
 */
final class BaseRecords {

    /** Checks a record literal's own values for its object, adding them to {@code out}; false on any error. */
    @FunctionalInterface
    interface ValueChecker {
        boolean check(Decl.RecordLiteral record, ObjectType object, List<RuleTest.Given> out);
    }

    private final Diagnostics diagnostics;
    private final Symbols symbols;
    private final ValueChecker values;
    private final NameTable<Decl.BaseRecordDecl> decls;
    /** Checked bases by lower-case name; empty when the base has errors (reported once). */
    private final Map<String, Optional<List<RuleTest.Given>>> checked = new HashMap<>();
    /** The bases being checked, lower-case name to name as declared: a base met again is a cycle. */
    private final Map<String, String> inProgress = new LinkedHashMap<>();

    BaseRecords(Diagnostics diagnostics, Symbols symbols, NameTable<Decl.BaseRecordDecl> decls, ValueChecker values) {
        this.diagnostics = diagnostics;
        this.symbols = symbols;
        this.decls = decls;
        this.values = values;
    }

    /** Checks every base record, used or not, so that a mistake in one is reported where it is. */
    void checkAll() {
        for (NameTable.Entry<Decl.BaseRecordDecl> entry : decls.entries()) {
            base(entry.value());
        }
    }

    /**
     * The values of a test's record: its own, on top of its base's when it names one. Empty
     * when anything is wrong (reported).
     */
    Optional<List<RuleTest.Given>> values(Decl.RecordLiteral record, ObjectType object) {
        List<RuleTest.Given> own = new ArrayList<>();
        boolean ok = values.check(record, object, own) && object != null; // checks the values' formulas even so
        if (record.base().isEmpty()) {
            return ok ? Optional.of(own) : Optional.empty();
        }
        Optional<List<RuleTest.Given>> base = from(record.base().get(), object);
        return ok && base.isPresent() ? Optional.of(merge(base.get(), own)) : Optional.empty();
    }

    /** The checked values of the base named {@code name}, which must be a record of {@code object}. */
    private Optional<List<RuleTest.Given>> from(Name name, ObjectType object) {
        Optional<Decl.BaseRecordDecl> decl = decls.resolve(name, diagnostics);
        if (decl.isEmpty() || object == null) {
            return Optional.empty();
        }
        Name baseObject = decl.get().record().object();
        if (!baseObject.text().equalsIgnoreCase(object.name())) {
            diagnostics.error("wrong-object", name.span(), "record " + decl.get().name().text() + " is a record of "
                    + baseObject.text() + ", but this one is of " + object.name());
            return Optional.empty();
        }
        return base(decl.get());
    }

    private Optional<List<RuleTest.Given>> base(Decl.BaseRecordDecl decl) {
        String key = decl.name().text().toLowerCase(Locale.ROOT);
        if (checked.containsKey(key)) {
            return checked.get(key);
        }
        if (inProgress.putIfAbsent(key, decl.name().text()) != null) {
            diagnostics.error("record-cycle", decl.name().span(), "record " + decl.name().text()
                    + " starts from itself: " + String.join(" from ", inProgress.values()) + " from "
                    + decl.name().text());
            return Optional.empty();
        }
        Optional<ObjectType> object = symbols.objects().resolve(decl.record().object(), diagnostics);
        Optional<List<RuleTest.Given>> result = values(decl.record(), object.orElse(null));
        inProgress.remove(key);
        checked.put(key, result);
        return result;
    }

    /** The base's values with {@code own} in place of the fields it gives, then the fields only {@code own} gives. */
    private static List<RuleTest.Given> merge(List<RuleTest.Given> base, List<RuleTest.Given> own) {
        Map<String, RuleTest.Given> merged = new LinkedHashMap<>();
        for (RuleTest.Given given : base) {
            merged.put(given.field().text().toLowerCase(Locale.ROOT), given);
        }
        for (RuleTest.Given given : own) {
            merged.put(given.field().text().toLowerCase(Locale.ROOT), given);
        }
        return List.copyOf(merged.values());
    }
}

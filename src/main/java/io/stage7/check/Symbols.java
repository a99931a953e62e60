package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.ast.RulesFile;
import io.stage7.calendar.PeriodKind;
import io.stage7.diag.Diagnostics;
import io.stage7.diag.SourceSpan;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every named declaration of a program by kind, indexed before anything is checked so that
 * declarations may refer to each other in any order and across files.
 */
final class Symbols {

    private final NameTable<Decl.ObjectDecl> objectDecls = new NameTable<>("object", "object");
    private final NameTable<Decl.RequirementDecl> requirementDecls = new NameTable<>("requirement", "requirement");
    private final NameTable<Decl.RoutingDecl> routingDecls = new NameTable<>("routing set", "routing");
    private final NameTable<Decl.CalendarDecl> calendarDecls = new NameTable<>("calendar", "calendar");
    private final NameTable<Decl.RegionDecl> regionDecls = new NameTable<>("region", "region");
    private final NameTable<Decl.SlaDecl> slaDecls = new NameTable<>("SLA", "sla");
    private final NameTable<Decl.PeriodEndDecl> periodEndDecls = new NameTable<>("period end", "period-end");
    private final NameTable<Decl.BaseRecordDecl> baseRecordDecls = new NameTable<>("record", "record");
    private final Map<Decl, RulesFile> files = new IdentityHashMap<>();
    /** object.field (lower case) of fields declared with an invalid type: references stay silent. */
    private final Set<String> brokenFields = new HashSet<>();
    private NameTable<ObjectType> objects = new NameTable<>("object", "object");

    NameTable<Decl.ObjectDecl> objectDecls() {
        return objectDecls;
    }

    NameTable<Decl.RequirementDecl> requirementDecls() {
        return requirementDecls;
    }

    NameTable<Decl.RoutingDecl> routingDecls() {
        return routingDecls;
    }

    NameTable<Decl.CalendarDecl> calendarDecls() {
        return calendarDecls;
    }

    NameTable<Decl.RegionDecl> regionDecls() {
        return regionDecls;
    }

    NameTable<Decl.SlaDecl> slaDecls() {
        return slaDecls;
    }

    NameTable<Decl.PeriodEndDecl> periodEndDecls() {
        return periodEndDecls;
    }

    /** The base records of tests: {@code record Complete_Deal on Opportunity { ... }}. */
    NameTable<Decl.BaseRecordDecl> baseRecordDecls() {
        return baseRecordDecls;
    }

    /**
     * The period end named {@code name}. One of EoM, EoQ, EoY that is not declared gets its own
     * message: a suggestion of another declared one would mislead.
     */
    Optional<Decl.PeriodEndDecl> resolvePeriodEnd(String name, SourceSpan span,
                                                            Diagnostics diagnostics) {
        Optional<PeriodKind> kind = PeriodEndNames.parse(name);
        if (kind.isPresent() && periodEndDecls.find(name).isEmpty()) {
            diagnostics.error("unknown-period-end", span, "period end '" + name + "' is not declared: add "
                    + "'period_end " + PeriodEndNames.label(kind.get()) + " { last N business days of " + kind.get().period() + " }'");
            return Optional.empty();
        }
        return periodEndDecls.resolve(name, span, diagnostics);
    }

    /** The resolved objects, by name; set once the object declarations are checked. */
    NameTable<ObjectType> objects() {
        return objects;
    }

    void setObjects(NameTable<ObjectType> objects) {
        this.objects = objects;
    }

    void fileOf(Decl decl, RulesFile file) {
        files.put(decl, file);
    }

    /** The file a declaration was read from. */
    RulesFile fileOf(Decl decl) {
        return files.get(decl);
    }

    void markBroken(String object, String field) {
        brokenFields.add(key(object, field));
    }

    boolean isBrokenField(ObjectType object, String field) {
        return brokenFields.contains(key(object.name(), field));
    }

    private static String key(String object, String field) {
        return (object + "." + field).toLowerCase(Locale.ROOT);
    }
}

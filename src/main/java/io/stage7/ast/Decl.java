package io.stage7.ast;

import io.stage7.diag.SourceSpan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A top-level declaration in a rules file. Clauses that the grammar allows to be missing are
 * {@link Optional}; the AST builder has already reported a missing required clause or a
 * duplicated one, so a checker only needs to skip what is absent.
 */
public sealed interface Decl {

    SourceSpan span();

    /** {@code include "other.rules"}: the path is relative to the including file. */
    record Include(Located<String> path, SourceSpan span) implements Decl {
        public Include {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * {@code object Opportunity { Amount Currency ... }}: the record rules talk about, optionally
     * with the object's own metadata after its name ({@code object Invoice__c label "Invoice" {...}}).
     */
    record ObjectDecl(Name name, List<FieldDetail> details, List<FieldDecl> fields, SourceSpan span) implements Decl {
        public ObjectDecl {
            Objects.requireNonNull(name, "name");
            details = List.copyOf(details);
            fields = List.copyOf(fields);
        }

        /** An object without metadata details. */
        public ObjectDecl(Name name, List<FieldDecl> fields, SourceSpan span) {
            this(name, List.of(), fields, span);
        }
    }

    /**
     * A field of an object: {@code Discount Percent}, optionally with metadata details:
     * {@code Discount Percent(5, 2) label "Discount" required true}.
     */
    record FieldDecl(Name name, TypeRef type, List<FieldDetail> details, SourceSpan span) {
        public FieldDecl {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            details = List.copyOf(details);
        }

        /** A field without details. */
        public FieldDecl(Name name, TypeRef type, SourceSpan span) {
            this(name, type, List.of(), span);
        }
    }

    /** One metadata detail of a field, {@code label "PO Number"}: a key and a number, text or boolean. */
    record FieldDetail(Name key, TypeArg value, SourceSpan span) {
        public FieldDetail {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A field type as written: {@code Number(18, 2)}, {@code Picklist("A", "B")}, {@code Lookup(Account)}. */
    record TypeRef(Name name, List<TypeArg> arguments, SourceSpan span) {
        public TypeRef {
            Objects.requireNonNull(name, "name");
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * An argument of a field type: a number, a string (picklist value) or a name (lookup target);
     * also the value of a field detail.
     */
    sealed interface TypeArg {
        SourceSpan span();

        record NumberArg(BigDecimal value, SourceSpan span) implements TypeArg { }

        /**
         * Text in quotes; as a picklist value it may carry that value's metadata
         * ({@code "Net_30" label "Net 30"}), and {@code span} is the quoted text's own.
         */
        record TextArg(String value, List<FieldDetail> details, SourceSpan span) implements TypeArg {
            public TextArg {
                Objects.requireNonNull(value, "value");
                details = List.copyOf(details);
            }

            /** Text without details. */
            public TextArg(String value, SourceSpan span) {
                this(value, List.of(), span);
            }
        }

        record NameArg(Name name, SourceSpan span) implements TypeArg { }

        /** {@code true} or {@code false}: only field details take one. */
        record BooleanArg(boolean value, SourceSpan span) implements TypeArg { }
    }

    /** How bad a violated requirement is. */
    enum RuleSeverity { ERROR, WARNING }

    /**
     * A booking requirement, like a Salesforce validation rule: it fires (is violated) when its
     * condition is TRUE.
     */
    record RequirementDecl(Name name, Name object, RuleSeverity severity, Optional<Expr> condition,
                           Optional<Located<String>> message, Optional<QualifiedName> field,
                           Optional<Located<String>> description, boolean active, SourceSpan span)
            implements Decl {
        public RequirementDecl {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(description, "description");
        }
    }

    /** An ordered routing rule set: the first entry whose condition holds wins. */
    record RoutingDecl(Name name, Name object, List<RoutingEntry> entries, SourceSpan span) implements Decl {
        public RoutingDecl {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(object, "object");
            entries = List.copyOf(entries);
        }
    }

    /**
     * One entry of a routing set. An {@code otherwise} entry has no condition.
     *
     * @param number the entry's 1-based position in its routing set
     */
    record RoutingEntry(int number, Optional<Expr> condition, List<Assignment> assignments, SourceSpan span) {
        public RoutingEntry {
            Objects.requireNonNull(condition, "condition");
            assignments = List.copyOf(assignments);
        }

        public boolean isOtherwise() {
            return condition.isEmpty();
        }
    }

    /** {@code queue = TEXT(Region) & " Standard"}: one routing outcome. */
    record Assignment(Name target, Expr value, SourceSpan span) {
        public Assignment {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A business calendar: time zone, weekly hours and holidays. */
    record CalendarDecl(Name name, Optional<Located<String>> zone, List<HoursSpec> hours,
                        List<HolidaySource> holidays, SourceSpan span) implements Decl {
        public CalendarDecl {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(zone, "zone");
            hours = List.copyOf(hours);
            holidays = List.copyOf(holidays);
        }
    }

    /** {@code MON-FRI 07:00-17:00}: open hours on a range of weekdays, in the calendar's zone. */
    record HoursSpec(Name firstDay, Optional<Name> lastDay, Located<String> open, Located<String> close,
                     SourceSpan span) {
        public HoursSpec {
            Objects.requireNonNull(firstDay, "firstDay");
            Objects.requireNonNull(lastDay, "lastDay");
            Objects.requireNonNull(open, "open");
            Objects.requireNonNull(close, "close");
        }
    }

    /** Where a calendar's holidays come from. */
    sealed interface HolidaySource {
        SourceSpan span();

        /** {@code holidays from "holidays/amer.txt"}: one ISO date per line, {@code #} comments. */
        record HolidayFile(Located<String> path, SourceSpan span) implements HolidaySource { }

        /**
         * {@code holidays public "US" except "Veterans Day"}: a country's (or subdivision's)
         * public holidays, computed for every year, less the ones named.
         */
        record PublicHolidays(Located<String> region, List<Located<String>> except, SourceSpan span)
                implements HolidaySource {
            public PublicHolidays {
                Objects.requireNonNull(region, "region");
                except = List.copyOf(except);
            }
        }

        /** {@code holidays "2026-12-25", "2027-01-01"}. */
        record HolidayList(List<Located<String>> dates, SourceSpan span) implements HolidaySource {
            public HolidayList {
                dates = List.copyOf(dates);
            }
        }
    }

    /** A support region: the calendar its specialists work and its cutoff for complex work. */
    record RegionDecl(Name name, Optional<Name> calendar, List<Cutoff> cutoffs, SourceSpan span) implements Decl {
        public RegionDecl {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(calendar, "calendar");
            cutoffs = List.copyOf(cutoffs);
        }
    }

    /**
     * {@code cutoff "complex" after 16:30 except during EoM, EoQ, EoY}: work of that complexity
     * submitted after the time waits for the next business day, except in the named windows.
     */
    record Cutoff(Located<String> complexity, Located<String> time, List<Name> exceptDuring, SourceSpan span) {
        public Cutoff {
            Objects.requireNonNull(complexity, "complexity");
            Objects.requireNonNull(time, "time");
            exceptDuring = List.copyOf(exceptDuring);
        }
    }

    /** A service-level agreement: what is measured, from which field, within how many hours. */
    record SlaDecl(Name name, Name object, Optional<SlaMeasure> measure, Optional<Name> calendar,
                   Optional<Located<BigDecimal>> targetPercent, SourceSpan span) implements Decl {
        public SlaDecl {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(targetPercent, "targetPercent");
        }
    }

    /** {@code decided within 12 business hours of SubmittedAt}. */
    record SlaMeasure(Name event, Located<BigDecimal> hours, boolean businessHours, QualifiedName start,
                      SourceSpan span) {
        public SlaMeasure {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(hours, "hours");
            Objects.requireNonNull(start, "start");
        }
    }

    /** {@code fiscal year starts February}. */
    record FiscalYearDecl(Name startMonth, SourceSpan span) implements Decl {
        public FiscalYearDecl {
            Objects.requireNonNull(startMonth, "startMonth");
        }
    }

    /** A period-end window (EoM, EoQ or EoY) and the extended hours the team works in it. */
    record PeriodEndDecl(Name name, Optional<PeriodWindow> window, Optional<ExtendedHours> extendedHours,
                         SourceSpan span) implements Decl {
        public PeriodEndDecl {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(extendedHours, "extendedHours");
        }
    }

    /** {@code last 3 business days of quarter}. */
    record PeriodWindow(Located<BigDecimal> businessDays, Name period, SourceSpan span) {
        public PeriodWindow {
            Objects.requireNonNull(businessDays, "businessDays");
            Objects.requireNonNull(period, "period");
        }
    }

    /** {@code extended hours 07:00-20:00}. */
    record ExtendedHours(Located<String> open, Located<String> close, SourceSpan span) {
        public ExtendedHours {
            Objects.requireNonNull(open, "open");
            Objects.requireNonNull(close, "close");
        }
    }

    /** The escalation policy: when a submission asks to be fast-tracked and when that is refused. */
    record EscalationDecl(Name object, Optional<Expr> requestedWhen, List<Name> refusedDuring,
                          Optional<Located<BigDecimal>> priority, SourceSpan span) implements Decl {
        public EscalationDecl {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(requestedWhen, "requestedWhen");
            refusedDuring = List.copyOf(refusedDuring);
            Objects.requireNonNull(priority, "priority");
        }
    }

    /**
     * A unit test for the rules: a record, optionally its version before the save, an optional
     * evaluation instant, and expectations.
     */
    record TestDecl(Located<String> title, Optional<RecordLiteral> given, Optional<Located<String>> at,
                    List<Expectation> expectations, SourceSpan span, Optional<PriorRecord> prior) implements Decl {
        public TestDecl {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(given, "given");
            Objects.requireNonNull(at, "at");
            expectations = List.copyOf(expectations);
            Objects.requireNonNull(prior, "prior");
        }

        /** A test of a new record: no {@code prior} clause. */
        public TestDecl(Located<String> title, Optional<RecordLiteral> given, Optional<Located<String>> at,
                        List<Expectation> expectations, SourceSpan span) {
            this(title, given, at, expectations, span, Optional.empty());
        }
    }

    /**
     * {@code prior { Amount: 1000 }}: the fields whose value before the save differed from the
     * given record's; every other field had the value it has now.
     */
    record PriorRecord(List<RecordEntry> entries, SourceSpan span) {
        public PriorRecord {
            entries = List.copyOf(entries);
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * {@code Opportunity { Amount: 1000, Region: "EMEA" }}, or {@code Opportunity from Complete_Deal
     * { Amount: 1000 }}: the named base record's values, with these given in its place.
     */
    record RecordLiteral(Name object, Optional<Name> base, List<RecordEntry> entries, SourceSpan span) {
        public RecordLiteral {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(base, "base");
            entries = List.copyOf(entries);
        }

        /** A record given in full, from no base record. */
        public RecordLiteral(Name object, List<RecordEntry> entries, SourceSpan span) {
            this(object, Optional.empty(), entries, span);
        }
    }

    /**
     * {@code record Complete_Deal on Opportunity from Other { Field: value, ... }}: a named record
     * that tests start from ({@code given Opportunity from Complete_Deal { ... }}), so each test
     * gives only what differs.
     */
    record BaseRecordDecl(Name name, RecordLiteral record, SourceSpan span) implements Decl {
        public BaseRecordDecl {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(record, "record");
        }
    }

    /** One {@code field: value} pair of a record literal or a route expectation. */
    record RecordEntry(QualifiedName key, Expr value, SourceSpan span) {
        public RecordEntry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** What a test expects. */
    sealed interface Expectation {
        SourceSpan span();

        /** {@code expect no violations}. */
        record NoViolations(SourceSpan span) implements Expectation { }

        /**
         * {@code expect violations A, B} (exactly these requirements fire), {@code expect
         * violations include A, B} (at least these) or {@code expect no violation A, B} (none of these).
         */
        record Violations(List<Name> requirements, ViolationMatch match, SourceSpan span) implements Expectation {
            public Violations {
                requirements = List.copyOf(requirements);
                Objects.requireNonNull(match, "match");
            }

            /** {@code expect violations A, B}: exactly these. */
            public Violations(List<Name> requirements, SourceSpan span) {
                this(requirements, ViolationMatch.EXACTLY, span);
            }
        }

        /** {@code expect route Approval_Queue { queue: "EMEA Standard", priority: 3 }}. */
        record Route(Name routing, List<RecordEntry> outcome, SourceSpan span) implements Expectation {
            public Route {
                Objects.requireNonNull(routing, "routing");
                outcome = List.copyOf(outcome);
            }
        }
    }

    /** How the requirements an expectation names are compared with those that fire. */
    enum ViolationMatch {
        /** {@code expect violations A, B}: these fire, and no others. */
        EXACTLY("expect violations "),
        /** {@code expect violations include A, B}: these fire; others may too. */
        INCLUDES("expect violations include "),
        /** {@code expect no violation A, B}: none of these fires; others may. */
        NONE_OF("expect no violation ");

        private final String clause;

        ViolationMatch(String clause) {
            this.clause = clause;
        }

        /** The clause as written, up to the names: {@code "expect violations include "}. */
        public String clause() {
            return clause;
        }
    }
}

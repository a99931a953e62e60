package io.stage7.check;

import io.stage7.check.FunctionSpec.Param;
import io.stage7.check.FunctionSpec.Role;
import io.stage7.check.FunctionSpec.Typing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static io.stage7.check.ExprType.CHECKBOX;
import static io.stage7.check.ExprType.CURRENCY;
import static io.stage7.check.ExprType.DATE;
import static io.stage7.check.ExprType.DATETIME;
import static io.stage7.check.ExprType.MULTIPICKLIST;
import static io.stage7.check.ExprType.NUMBER;
import static io.stage7.check.ExprType.PERCENT;
import static io.stage7.check.ExprType.PICKLIST;
import static io.stage7.check.ExprType.TEXT;
import static io.stage7.check.ExprType.TIME;
import static io.stage7.check.FunctionCategory.DATE_TIME;
import static io.stage7.check.FunctionCategory.LOGICAL;
import static io.stage7.check.FunctionCategory.MATH;
import static io.stage7.check.FunctionCategory.POLICY;

/**
 * The formula function library: Salesforce's functions that make sense outside an org, with
 * Salesforce's signatures, plus the policy functions over period ends and business calendars.
 * Function names are case-insensitive.
 */
public final class Functions {

    static final Set<ExprType> NUM = EnumSet.of(NUMBER, CURRENCY, PERCENT);
    static final Set<ExprType> TXT = EnumSet.of(TEXT);
    static final Set<ExprType> BOOL = EnumSet.of(CHECKBOX);
    static final Set<ExprType> DAY = EnumSet.of(DATE);
    static final Set<ExprType> INSTANT = EnumSet.of(DATETIME);
    static final Set<ExprType> CLOCK = EnumSet.of(TIME);
    /** Every value type except the picklists, which Salesforce admits only in a few functions. */
    static final Set<ExprType> ANY = EnumSet.of(TEXT, NUMBER, CURRENCY, PERCENT, CHECKBOX, DATE, DATETIME, TIME);
    static final Set<ExprType> BLANKABLE = EnumSet.of(TEXT, NUMBER, CURRENCY, PERCENT, CHECKBOX, DATE, DATETIME,
            TIME, PICKLIST, MULTIPICKLIST);

    private static final Map<String, FunctionSpec> CATALOG = build();

    private Functions() {
    }

    /** The function named {@code name}, ignoring case. */
    public static Optional<FunctionSpec> lookup(String name) {
        return Optional.ofNullable(CATALOG.get(name.toUpperCase(Locale.ROOT)));
    }

    /** Every function, grouped by category in reference order. */
    public static List<FunctionSpec> all() {
        return List.copyOf(CATALOG.values());
    }

    static Set<String> names() {
        return CATALOG.keySet();
    }

    private static Map<String, FunctionSpec> build() {
        List<FunctionSpec> specs = new ArrayList<>();
        logical(specs);
        picklist(specs);
        recordChange(specs);
        text(specs);
        math(specs);
        dateTime(specs);
        policy(specs);
        Map<String, FunctionSpec> map = new LinkedHashMap<>();
        specs.forEach(s -> map.put(s.name(), s));
        return Collections.unmodifiableMap(map);
    }

    private static void logical(List<FunctionSpec> out) {
        out.add(fn("AND", LOGICAL, "TRUE when every argument is TRUE.").repeated("logical", BOOL).lazyFrom(1)
                .returns(CHECKBOX));
        out.add(fn("OR", LOGICAL, "TRUE when any argument is TRUE.").repeated("logical", BOOL).lazyFrom(1)
                .returns(CHECKBOX));
        out.add(fn("NOT", LOGICAL, "TRUE for FALSE and FALSE for TRUE.").param("logical", BOOL).returns(CHECKBOX));
        out.add(fn("IF", LOGICAL, "value_if_true when logical_test is TRUE, else value_if_false.")
                .param("logical_test", BOOL).param("value_if_true", ANY).param("value_if_false", ANY).lazyFrom(1)
                .returns("the type of the two values", CallTypings::ifType));
        out.add(fn("CASE", LOGICAL, "The result paired with the first value equal to expression, else else_result.")
                .param("expression", ANY).param("value1", ANY).param("result1", ANY).repeated("else_result", ANY)
                .signature("CASE(expression, value1, result1, value2, result2, ..., else_result)").atLeast(4).lazyFrom(2)
                .custom("the type of the results", CallTypings::caseType));
        out.add(fn("ISBLANK", LOGICAL, "TRUE when the expression has no value (an empty text is blank).")
                .param("expression", BLANKABLE).returns(CHECKBOX));
        out.add(fn("ISNULL", LOGICAL, "TRUE when the expression has no value; prefer ISBLANK, which also "
                + "treats empty text as blank.").param("expression", BLANKABLE).returns(CHECKBOX));
        out.add(fn("BLANKVALUE", LOGICAL, "The expression, or substitute_expression when the expression is blank.")
                .param("expression", ANY).param("substitute_expression", ANY).lazyFrom(1)
                .returns("the type of the two values", CallTypings::unifyAll));
        out.add(fn("NULLVALUE", LOGICAL, "The expression, or substitute_expression when it is null; "
                + "prefer BLANKVALUE.").param("expression", ANY).param("substitute_expression", ANY).lazyFrom(1)
                .returns("the type of the two values", CallTypings::unifyAll));
        out.add(fn("ISNUMBER", LOGICAL, "TRUE when the text is a number.").param("text", TXT).returns(CHECKBOX));
    }

    private static void picklist(List<FunctionSpec> out) {
        out.add(fn("ISPICKVAL", FunctionCategory.PICKLIST, "TRUE when the picklist field's value is text_literal.")
                .param("picklist_field", EnumSet.of(PICKLIST)).param("text_literal", TXT, Role.TEXT_LITERAL)
                .after(CallTypings::picklistValue).returns(CHECKBOX));
        out.add(fn("INCLUDES", FunctionCategory.PICKLIST, "TRUE when one of the multi-select picklist's selected "
                + "values is text_literal.").param("multiselect_picklist_field", EnumSet.of(MULTIPICKLIST))
                .param("text_literal", TXT, Role.TEXT_LITERAL).after(CallTypings::picklistValue).returns(CHECKBOX));
    }

    private static void recordChange(List<FunctionSpec> out) {
        FunctionCategory c = FunctionCategory.RECORD_CHANGE;
        out.add(fn("ISNEW", c, "TRUE while the record is being created (it has no prior version), FALSE when it "
                + "is updated.").returns(CHECKBOX));
        out.add(fn("ISCHANGED", c, "TRUE when the field's value differs from its value before the save (a blank "
                + "differs from every value); FALSE for a new record.").param("field", BLANKABLE, Role.FIELD)
                .returns(CHECKBOX));
        out.add(fn("PRIORVALUE", c, "The field's value before the save; for a new record, its current value.")
                .param("field", BLANKABLE, Role.FIELD).returns("the type of field", CallTypings::priorValueType));
    }

    private static void text(List<FunctionSpec> out) {
        FunctionCategory t = FunctionCategory.TEXT;
        out.add(fn("TEXT", t, "Converts a number, date, date/time, time or picklist value to text.")
                .param("value", EnumSet.of(TEXT, NUMBER, CURRENCY, PERCENT, DATE, DATETIME, TIME, PICKLIST))
                .returns(TEXT));
        out.add(fn("VALUE", t, "Converts text that represents a number to a number.").param("text", TXT).returns(NUMBER));
        out.add(fn("LEN", t, "The number of characters in text.").param("text", TXT).returns(NUMBER));
        out.add(fn("TRIM", t, "Removes spaces and tabs from the start and end of text.").param("text", TXT).returns(TEXT));
        out.add(fn("UPPER", t, "Text in upper case (locale-independent).").param("text", TXT).returns(TEXT));
        out.add(fn("LOWER", t, "Text in lower case (locale-independent).").param("text", TXT).returns(TEXT));
        out.add(fn("INITCAP", t, "Text with the first letter of each word capitalized and the rest lower case.")
                .param("text", TXT).returns(TEXT));
        out.add(fn("LEFT", t, "The first num_chars characters of text.").param("text", TXT)
                .param("num_chars", NUM).returns(TEXT));
        out.add(fn("RIGHT", t, "The last num_chars characters of text.").param("text", TXT)
                .param("num_chars", NUM).returns(TEXT));
        out.add(fn("MID", t, "num_chars characters of text starting at start_num (1-based).").param("text", TXT)
                .param("start_num", NUM).param("num_chars", NUM).returns(TEXT));
        out.add(fn("CONTAINS", t, "TRUE when text contains compare_text (case-sensitive).").param("text", TXT)
                .param("compare_text", TXT).returns(CHECKBOX));
        out.add(fn("BEGINS", t, "TRUE when text begins with compare_text (case-sensitive).").param("text", TXT)
                .param("compare_text", TXT).returns(CHECKBOX));
        out.add(fn("FIND", t, "The 1-based position of search_text in text from start_num, or 0 when absent.")
                .param("search_text", TXT).param("text", TXT).optional("start_num", NUM).returns(NUMBER));
        out.add(fn("SUBSTITUTE", t, "Text with every old_text replaced by new_text.").param("text", TXT)
                .param("old_text", TXT).param("new_text", TXT).returns(TEXT));
        out.add(fn("REGEX", t, "TRUE when the whole text matches the regular expression (Java syntax).")
                .param("text", TXT).param("regex_text", TXT, Role.REGEX).returns(CHECKBOX));
        out.add(fn("LPAD", t, "Text padded on the left with pad_string (default spaces) to padded_length, "
                + "or truncated to it.").param("text", TXT).param("padded_length", NUM)
                .optional("pad_string", TXT).returns(TEXT));
        out.add(fn("RPAD", t, "Text padded on the right with pad_string (default spaces) to padded_length, "
                + "or truncated to it.").param("text", TXT).param("padded_length", NUM)
                .optional("pad_string", TXT).returns(TEXT));
        out.add(fn("REVERSE", t, "Text with its characters in reverse order.").param("text", TXT).returns(TEXT));
        out.add(fn("ASCII", t, "The code point of the first character of text.").param("character", TXT)
                .returns(NUMBER));
        out.add(fn("CHR", t, "The character with the given code point.").param("code", NUM).returns(TEXT));
        out.add(fn("HTMLENCODE", t, "Text with HTML's reserved characters escaped.").param("text", TXT).returns(TEXT));
        out.add(fn("URLENCODE", t, "Text encoded for use in a URL (UTF-8, spaces as %20).").param("text", TXT)
                .returns(TEXT));
        out.add(fn("JSENCODE", t, "Text with JavaScript's reserved characters escaped.").param("text", TXT)
                .returns(TEXT));
    }

    private static void math(List<FunctionSpec> out) {
        out.add(fn("ABS", MATH, "The number without its sign.").param("number", NUM)
                .returns("the type of number", CallTypings::firstNumeric));
        out.add(fn("ROUND", MATH, "The number rounded to num_digits decimal places, halves away from zero.")
                .param("number", NUM).param("num_digits", NUM).returns("the type of number", CallTypings::firstNumeric));
        out.add(fn("TRUNC", MATH, "The number truncated toward zero to num_digits decimal places (default 0).")
                .param("number", NUM).optional("num_digits", NUM)
                .returns("the type of number", CallTypings::firstNumeric));
        out.add(fn("FLOOR", MATH, "The number rounded down to an integer (toward negative infinity).")
                .param("number", NUM).returns("the type of number", CallTypings::firstNumeric));
        out.add(fn("CEILING", MATH, "The number rounded up, away from zero, to an integer.")
                .param("number", NUM).returns("the type of number", CallTypings::firstNumeric));
        out.add(fn("MFLOOR", MATH, "The number rounded down to an integer (toward negative infinity).")
                .param("number", NUM).returns("the type of number", CallTypings::firstNumeric));
        out.add(fn("MCEILING", MATH, "The number rounded up to an integer (toward positive infinity).")
                .param("number", NUM).returns("the type of number", CallTypings::firstNumeric));
        out.add(fn("MOD", MATH, "The remainder of number divided by divisor, with the sign of number.")
                .param("number", NUM).param("divisor", NUM).returns("the type of number", CallTypings::firstNumeric));
        out.add(fn("MIN", MATH, "The smallest of the numbers.").repeated("number", NUM)
                .returns("the type of the numbers", CallTypings::unifyAll));
        out.add(fn("MAX", MATH, "The largest of the numbers.").repeated("number", NUM)
                .returns("the type of the numbers", CallTypings::unifyAll));
        out.add(fn("SQRT", MATH, "The positive square root of the number.").param("number", NUM).returns(NUMBER));
        out.add(fn("EXP", MATH, "e raised to the power of the number.").param("number", NUM).returns(NUMBER));
        out.add(fn("LN", MATH, "The natural logarithm of the number.").param("number", NUM).returns(NUMBER));
        out.add(fn("LOG", MATH, "The base-10 logarithm of the number.").param("number", NUM).returns(NUMBER));
    }

    private static void dateTime(List<FunctionSpec> out) {
        out.add(fn("TODAY", DATE_TIME, "The evaluation clock's current date.").returns(DATE));
        out.add(fn("NOW", DATE_TIME, "The evaluation clock's current date and time.").returns(DATETIME));
        out.add(fn("TIMENOW", DATE_TIME, "The evaluation clock's current time of day (GMT).").returns(TIME));
        out.add(fn("DATE", DATE_TIME, "The date with the given year, month and day.").param("year", NUM)
                .param("month", NUM).param("day", NUM).after(CallTypings::dateLiteral).returns(DATE));
        out.add(fn("DATEVALUE", DATE_TIME, "The date of a date/time (in GMT) or of text YYYY-MM-DD.")
                .param("expression", EnumSet.of(TEXT, DATETIME), Role.DATE_TEXT).returns(DATE));
        out.add(fn("DATETIMEVALUE", DATE_TIME, "The date/time of a date (midnight GMT) or of text "
                + "YYYY-MM-DD HH:MM:SS or YYYY-MM-DD, read as GMT.")
                .param("expression", EnumSet.of(TEXT, DATE), Role.DATETIME_TEXT).returns(DATETIME));
        out.add(fn("TIMEVALUE", DATE_TIME, "The time of day of a date/time (GMT) or of text HH:MM[:SS[.MMM]].")
                .param("expression", EnumSet.of(TEXT, DATETIME), Role.TIME_TEXT).returns(TIME));
        out.add(fn("YEAR", DATE_TIME, "The four-digit year of a date.").param("date", DAY).returns(NUMBER));
        out.add(fn("MONTH", DATE_TIME, "The month of a date, 1 (January) to 12.").param("date", DAY).returns(NUMBER));
        out.add(fn("DAY", DATE_TIME, "The day of the month of a date, 1 to 31.").param("date", DAY).returns(NUMBER));
        out.add(fn("WEEKDAY", DATE_TIME, "The day of the week of a date, 1 (Sunday) to 7 (Saturday).")
                .param("date", DAY).returns(NUMBER));
        out.add(fn("DAYOFYEAR", DATE_TIME, "The day of the year of a date, 1 to 366.").param("date", DAY)
                .returns(NUMBER));
        out.add(fn("ISOWEEK", DATE_TIME, "The ISO 8601 week number of a date, 1 to 53.").param("date", DAY)
                .returns(NUMBER));
        out.add(fn("ISOYEAR", DATE_TIME, "The ISO 8601 week-numbering year of a date.").param("date", DAY)
                .returns(NUMBER));
        out.add(fn("HOUR", DATE_TIME, "The hour of a time, 0 to 23.").param("time", CLOCK).returns(NUMBER));
        out.add(fn("MINUTE", DATE_TIME, "The minute of a time, 0 to 59.").param("time", CLOCK).returns(NUMBER));
        out.add(fn("SECOND", DATE_TIME, "The second of a time, 0 to 59.").param("time", CLOCK).returns(NUMBER));
        out.add(fn("MILLISECOND", DATE_TIME, "The millisecond of a time, 0 to 999.").param("time", CLOCK)
                .returns(NUMBER));
        out.add(fn("ADDMONTHS", DATE_TIME, "The date num months later; a month end stays a month end, and a "
                + "day past the target month's end becomes its last day.")
                .param("date", DAY).param("num", NUM).returns(DATE));
        out.add(fn("UNIXTIMESTAMP", DATE_TIME, "Seconds since 1970-01-01T00:00:00Z of a date (midnight GMT) or "
                + "date/time, or since midnight of a time.").param("value", EnumSet.of(DATE, DATETIME, TIME))
                .returns(NUMBER));
        out.add(fn("FROMUNIXTIME", DATE_TIME, "The date/time that many seconds after 1970-01-01T00:00:00Z.")
                .param("number", NUM).returns(DATETIME));
    }

    private static void policy(List<FunctionSpec> out) {
        out.add(fn("IS_PERIOD_END", POLICY, "TRUE when the instant falls in a period-end window: the named one "
                + "(\"EoM\", \"EoQ\", \"EoY\"), or any declared one; counted on the named calendar's business "
                + "days, or company-wide (Monday to Friday in GMT) without one.").param("datetime", INSTANT)
                .optional("window", TXT, Role.PERIOD_END).optional("calendar", TXT, Role.CALENDAR).returns(CHECKBOX));
        out.add(fn("PERIOD_END", POLICY, "The most significant period-end window the instant falls in: "
                + "\"EoY\", \"EoQ\", \"EoM\", or blank outside them; on the named calendar, or company-wide.")
                .param("datetime", INSTANT).optional("calendar", TXT, Role.CALENDAR).returns(TEXT));
        out.add(fn("IS_BUSINESS_HOURS", POLICY, "TRUE when the calendar is open at the instant.")
                .param("datetime", INSTANT).param("calendar", TXT, Role.CALENDAR).returns(CHECKBOX));
        out.add(fn("ADD_BUSINESS_HOURS", POLICY, "The instant after hours of the calendar's business hours have "
                + "passed since datetime.").param("datetime", INSTANT).param("hours", NUM)
                .param("calendar", TXT, Role.CALENDAR).returns(DATETIME));
        out.add(fn("BUSINESS_HOURS_BETWEEN", POLICY, "The calendar's business hours between two instants "
                + "(negative when end is before start).").param("start", INSTANT).param("end", INSTANT)
                .param("calendar", TXT, Role.CALENDAR).returns(NUMBER));
        out.add(fn("NEXT_BUSINESS_DAY", POLICY, "When the calendar next opens on a business day after the "
                + "calendar day of datetime.").param("datetime", INSTANT).param("calendar", TXT, Role.CALENDAR)
                .returns(DATETIME));
        out.add(fn("LOCAL_TIME", POLICY, "The time of day of the instant in the calendar's time zone.")
                .param("datetime", INSTANT).param("calendar", TXT, Role.CALENDAR).returns(TIME));
    }

    private static Builder fn(String name, FunctionCategory category, String description) {
        return new Builder(name, category, description);
    }

    /** Declares one function: its parameters in order, then how its call is typed. */
    private static final class Builder {
        private final String name;
        private final FunctionCategory category;
        private final String description;
        private final List<Param> params = new ArrayList<>();
        private int minArity = -1;
        private String signature;
        private Consumer<CallSite> after = site -> { };
        private int firstLazyArgument = Integer.MAX_VALUE;

        Builder(String name, FunctionCategory category, String description) {
            this.name = name;
            this.category = category;
            this.description = description;
        }

        Builder param(String param, Set<ExprType> accepts) {
            return param(param, accepts, Role.VALUE);
        }

        Builder param(String param, Set<ExprType> accepts, Role role) {
            params.add(new Param(param, accepts, role, false, false));
            return this;
        }

        Builder optional(String param, Set<ExprType> accepts) {
            return optional(param, accepts, Role.VALUE);
        }

        Builder optional(String param, Set<ExprType> accepts, Role role) {
            params.add(new Param(param, accepts, role, true, false));
            return this;
        }

        Builder repeated(String param, Set<ExprType> accepts) {
            params.add(new Param(param, accepts, Role.VALUE, false, true));
            return this;
        }

        Builder signature(String text) {
            signature = text;
            return this;
        }

        Builder atLeast(int count) {
            minArity = count;
            return this;
        }

        /** Arguments from {@code index} on are evaluated only when the function needs them. */
        Builder lazyFrom(int index) {
            firstLazyArgument = index;
            return this;
        }

        /** A check the typing runs before computing the type, for what only the call can see. */
        Builder after(Consumer<CallSite> check) {
            this.after = check;
            return this;
        }

        FunctionSpec returns(ExprType type) {
            Consumer<CallSite> check = after;
            return build(type.label(), type, false, site -> {
                check.accept(site);
                return type;
            });
        }

        FunctionSpec returns(String returns, Typing typing) {
            return build(returns, null, false, typing);
        }

        /** The typing checks the arguments itself (CASE's alternating values and results). */
        FunctionSpec custom(String returns, Typing typing) {
            return build(returns, null, true, typing);
        }

        private FunctionSpec build(String returns, ExprType fixed, boolean custom, Typing typing) {
            int min = 0;
            int max = 0;
            for (Param p : params) {
                if (p.repeated()) {
                    min += 1;
                    max = FunctionSpec.UNBOUNDED;
                } else {
                    min += p.optional() ? 0 : 1;
                    max = max == FunctionSpec.UNBOUNDED ? max : max + 1;
                }
            }
            return new FunctionSpec(name, category, params, minArity >= 0 ? minArity : min, max, returns, fixed,
                    description, signature, custom, typing, firstLazyArgument);
        }
    }
}

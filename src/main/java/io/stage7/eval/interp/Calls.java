package io.stage7.eval.interp;

import io.stage7.check.ExprType;
import io.stage7.eval.EvalContext;
import io.stage7.eval.PolicyRuntime;
import io.stage7.functions.Conversions;
import io.stage7.functions.DateFunctions;
import io.stage7.functions.LogicalFunctions;
import io.stage7.functions.MathFunctions;
import io.stage7.functions.PicklistFunctions;
import io.stage7.functions.TextFunctions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * The eager functions of the catalog, dispatched by canonical name and, where Salesforce has
 * one function for several types, by the static type of the argument. Every argument has been
 * evaluated, left to right. The lazy functions (IF, CASE, AND, OR, BLANKVALUE, NULLVALUE) are
 * evaluated by the walk, which decides which arguments to evaluate at all.
 */
final class Calls {

    private Calls() {
    }

    /**
     * Calls the function {@code name} on evaluated arguments.
     *
     * @param types the static type of each argument
     * @param args  the value of each argument; {@code null} is blank
     */
    static Object call(String name, List<ExprType> types, List<Object> args, PolicyRuntime policy,
                       EvalContext context) {
        int n = args.size();
        return switch (name) {
            // logical
            case "NOT" -> LogicalFunctions.not(bool(args, 0));
            case "ISBLANK" -> LogicalFunctions.isBlank(args.get(0));
            case "ISNULL" -> types.get(0) == ExprType.TEXT ? LogicalFunctions.isNullText(text(args, 0))
                    : LogicalFunctions.isNull(args.get(0));
            case "ISNUMBER" -> TextFunctions.isNumber(text(args, 0));
            // picklist
            case "ISPICKVAL" -> PicklistFunctions.isPickval(text(args, 0), text(args, 1));
            case "INCLUDES" -> PicklistFunctions.includes(selections(args, 0), text(args, 1));
            // text
            case "TEXT" -> text(types.get(0), args.get(0));
            case "VALUE" -> Conversions.value(text(args, 0));
            case "LEN" -> TextFunctions.len(text(args, 0));
            case "TRIM" -> TextFunctions.trim(text(args, 0));
            case "UPPER" -> TextFunctions.upper(text(args, 0));
            case "LOWER" -> TextFunctions.lower(text(args, 0));
            case "INITCAP" -> TextFunctions.initcap(text(args, 0));
            case "LEFT" -> TextFunctions.left(text(args, 0), number(args, 1));
            case "RIGHT" -> TextFunctions.right(text(args, 0), number(args, 1));
            case "MID" -> TextFunctions.mid(text(args, 0), number(args, 1), number(args, 2));
            case "CONTAINS" -> TextFunctions.contains(text(args, 0), text(args, 1));
            case "BEGINS" -> TextFunctions.begins(text(args, 0), text(args, 1));
            case "FIND" -> n == 2 ? TextFunctions.find(text(args, 0), text(args, 1))
                    : TextFunctions.find(text(args, 0), text(args, 1), number(args, 2));
            case "SUBSTITUTE" -> TextFunctions.substitute(text(args, 0), text(args, 1), text(args, 2));
            case "REGEX" -> TextFunctions.regex(text(args, 0), text(args, 1));
            case "LPAD" -> n == 2 ? TextFunctions.lpad(text(args, 0), number(args, 1))
                    : TextFunctions.lpad(text(args, 0), number(args, 1), text(args, 2));
            case "RPAD" -> n == 2 ? TextFunctions.rpad(text(args, 0), number(args, 1))
                    : TextFunctions.rpad(text(args, 0), number(args, 1), text(args, 2));
            case "REVERSE" -> TextFunctions.reverse(text(args, 0));
            case "ASCII" -> TextFunctions.ascii(text(args, 0));
            case "CHR" -> TextFunctions.chr(number(args, 0));
            case "HTMLENCODE" -> TextFunctions.htmlEncode(text(args, 0));
            case "URLENCODE" -> TextFunctions.urlEncode(text(args, 0));
            case "JSENCODE" -> TextFunctions.jsEncode(text(args, 0));
            // math
            case "ABS" -> MathFunctions.abs(number(args, 0));
            case "ROUND" -> MathFunctions.round(number(args, 0), number(args, 1));
            case "TRUNC" -> n == 1 ? MathFunctions.trunc(number(args, 0))
                    : MathFunctions.trunc(number(args, 0), number(args, 1));
            case "FLOOR" -> MathFunctions.floor(number(args, 0));
            case "CEILING" -> MathFunctions.ceiling(number(args, 0));
            case "MFLOOR" -> MathFunctions.mfloor(number(args, 0));
            case "MCEILING" -> MathFunctions.mceiling(number(args, 0));
            case "MOD" -> MathFunctions.mod(number(args, 0), number(args, 1));
            case "MIN" -> MathFunctions.min(numbers(args));
            case "MAX" -> MathFunctions.max(numbers(args));
            case "SQRT" -> MathFunctions.sqrt(number(args, 0));
            case "EXP" -> MathFunctions.exp(number(args, 0));
            case "LN" -> MathFunctions.ln(number(args, 0));
            case "LOG" -> MathFunctions.log(number(args, 0));
            // date and time
            case "TODAY" -> DateFunctions.today(context.now(), context.zone());
            case "NOW" -> DateFunctions.now(context.now());
            case "TIMENOW" -> DateFunctions.timeNow(context.now());
            case "DATE" -> DateFunctions.date(number(args, 0), number(args, 1), number(args, 2));
            case "DATEVALUE" -> types.get(0) == ExprType.DATETIME ? Conversions.dateValue(instant(args, 0))
                    : Conversions.dateValue(text(args, 0));
            case "DATETIMEVALUE" -> types.get(0) == ExprType.DATE ? Conversions.dateTimeValue(date(args, 0))
                    : Conversions.dateTimeValue(text(args, 0));
            case "TIMEVALUE" -> types.get(0) == ExprType.DATETIME ? Conversions.timeValue(instant(args, 0))
                    : Conversions.timeValue(text(args, 0));
            case "YEAR" -> DateFunctions.year(date(args, 0));
            case "MONTH" -> DateFunctions.month(date(args, 0));
            case "DAY" -> DateFunctions.day(date(args, 0));
            case "WEEKDAY" -> DateFunctions.weekday(date(args, 0));
            case "DAYOFYEAR" -> DateFunctions.dayOfYear(date(args, 0));
            case "ISOWEEK" -> DateFunctions.isoWeek(date(args, 0));
            case "ISOYEAR" -> DateFunctions.isoYear(date(args, 0));
            case "HOUR" -> DateFunctions.hour(time(args, 0));
            case "MINUTE" -> DateFunctions.minute(time(args, 0));
            case "SECOND" -> DateFunctions.second(time(args, 0));
            case "MILLISECOND" -> DateFunctions.millisecond(time(args, 0));
            case "ADDMONTHS" -> DateFunctions.addMonths(date(args, 0), number(args, 1));
            case "UNIXTIMESTAMP" -> unixTimestamp(types.get(0), args.get(0));
            case "FROMUNIXTIME" -> DateFunctions.fromUnixTime(number(args, 0));
            // policy
            case "IS_PERIOD_END" -> policy.isPeriodEnd(instant(args, 0), optionalText(args, 1),
                    optionalText(args, 2));
            case "PERIOD_END" -> policy.periodEnd(instant(args, 0), optionalText(args, 1));
            case "IS_BUSINESS_HOURS" -> policy.isBusinessHours(instant(args, 0), text(args, 1));
            case "ADD_BUSINESS_HOURS" -> policy.addBusinessHours(instant(args, 0), number(args, 1), text(args, 2));
            case "BUSINESS_HOURS_BETWEEN" -> policy.businessHoursBetween(instant(args, 0), instant(args, 1),
                    text(args, 2));
            case "NEXT_BUSINESS_DAY" -> policy.nextBusinessDay(instant(args, 0), text(args, 1));
            case "LOCAL_TIME" -> policy.localTime(instant(args, 0), text(args, 1));
            default -> throw new IllegalStateException("no implementation of function " + name);
        };
    }

    /** TEXT(value): the conversion for the argument's static type. */
    private static String text(ExprType type, Object value) {
        switch (type) {
            case NUMBER:
            case CURRENCY:
            case PERCENT:
                return Conversions.text((BigDecimal) value);
            case DATE:
                return Conversions.text((LocalDate) value);
            case DATETIME:
                return Conversions.text((Instant) value);
            case TIME:
                return Conversions.text((LocalTime) value);
            default:
                return Conversions.text((String) value); // Text, Picklist, and a NULL literal
        }
    }

    private static BigDecimal unixTimestamp(ExprType type, Object value) {
        switch (type) {
            case DATE:
                return DateFunctions.unixTimestamp((LocalDate) value);
            case TIME:
                return DateFunctions.unixTimestamp((LocalTime) value);
            default:
                return DateFunctions.unixTimestamp((Instant) value); // DateTime, and a NULL literal
        }
    }

    private static Boolean bool(List<Object> args, int i) {
        return (Boolean) args.get(i);
    }

    private static String text(List<Object> args, int i) {
        return (String) args.get(i);
    }

    /** An optional Text argument; left off, it is blank. */
    private static String optionalText(List<Object> args, int i) {
        return i < args.size() ? (String) args.get(i) : null;
    }

    private static BigDecimal number(List<Object> args, int i) {
        return (BigDecimal) args.get(i);
    }

    private static BigDecimal[] numbers(List<Object> args) {
        BigDecimal[] numbers = new BigDecimal[args.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = (BigDecimal) args.get(i);
        }
        return numbers;
    }

    private static LocalDate date(List<Object> args, int i) {
        return (LocalDate) args.get(i);
    }

    private static Instant instant(List<Object> args, int i) {
        return (Instant) args.get(i);
    }

    private static LocalTime time(List<Object> args, int i) {
        return (LocalTime) args.get(i);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> selections(List<Object> args, int i) {
        return (Set<String>) args.get(i);
    }
}

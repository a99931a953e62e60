package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.calendar.PeriodEnds;
import io.stage7.calendar.PeriodKind;
import io.stage7.check.ExprType;
import io.stage7.check.FunctionSpec;
import io.stage7.check.PeriodEndNames;
import io.stage7.eval.EvalContext;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.PolicyRuntime.NamedCalendar;
import io.stage7.functions.Conversions;
import io.stage7.functions.DateFunctions;
import io.stage7.functions.FormulaError;
import io.stage7.functions.MathFunctions;
import io.stage7.functions.TextFunctions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The catalog's functions that compute a value from evaluated arguments: text, math, date and
 * time, and the policy functions. Each binds to the library method of its arguments' static
 * types; an optional argument left off is passed as the overload without it, as the interpreter
 * calls it. Policy calls with a constant calendar and window resolve them once.
 */
final class LibraryCalls {
    private static final Val<Object> BLANK = new ValueNodes.Const<>(null);

    private final ExprCompiler exprs;
    private final PolicyRuntime policy;

    LibraryCalls(ExprCompiler exprs, PolicyRuntime policy) {
        this.exprs = exprs;
        this.policy = policy;
    }

    Cond cond(Expr.Call call, FunctionSpec spec) {
        List<Expr> args = call.arguments();
        switch (spec.name()) {
            case "ISNUMBER":
                return new LogicNodes.Test1<String>(arg(args, 0), TextFunctions::isNumber);
            case "CONTAINS":
                return new LogicNodes.Test2<String, String>(arg(args, 0), arg(args, 1), TextFunctions::contains);
            case "BEGINS":
                return new LogicNodes.OfBoolean(call2(args, (String t, String c) -> TextFunctions.begins(t, c)));
            case "IS_PERIOD_END":
                return isPeriodEnd(args);
            case "IS_BUSINESS_HOURS": {
                Val<NamedCalendar> resolved = resolvedCalendar(args.get(1));
                if (resolved != null) {
                    return new PolicyNodes.IsBusinessHours(arg(args, 0), resolved, policy);
                }
                return new LogicNodes.OfBoolean(call2(args, (Instant i, String c) -> policy.isBusinessHours(i, c)));
            }
            default:
                throw new IllegalStateException("no compiled form of " + spec.name() + " as a Checkbox");
        }
    }

    Val<?> value(Expr.Call call, FunctionSpec spec, ExprType type) {
        List<Expr> args = call.arguments();
        String name = spec.name();
        switch (name) {
            case "TEXT":
                return text(args.get(0));
            case "VALUE":
                return call1(args, Conversions::value);
            case "LEN": {
                Expr trimmed = exprs.trimmedText(args.get(0));
                if (trimmed != null) { // LEN(TRIM(x)) without the trimmed copy
                    return new ValueNodes.Call1<String, BigDecimal>(exprs.typed(trimmed), TextFunctions::lenOfTrim);
                }
                return call1(args, TextFunctions::len);
            }
            case "TRIM":
                return call1(args, TextFunctions::trim);
            case "UPPER":
                return call1(args, TextFunctions::upper);
            case "LOWER":
                return call1(args, TextFunctions::lower);
            case "INITCAP":
                return call1(args, TextFunctions::initcap);
            case "REVERSE":
                return call1(args, TextFunctions::reverse);
            case "HTMLENCODE":
                return call1(args, TextFunctions::htmlEncode);
            case "URLENCODE":
                return call1(args, TextFunctions::urlEncode);
            case "JSENCODE":
                return call1(args, TextFunctions::jsEncode);
            case "ASCII":
                return call1(args, TextFunctions::ascii);
            case "CHR":
                return call1(args, TextFunctions::chr);
            case "LEFT":
                return call2(args, (String t, BigDecimal n) -> TextFunctions.left(t, n));
            case "RIGHT":
                return call2(args, (String t, BigDecimal n) -> TextFunctions.right(t, n));
            case "MID":
                return call3(args, (String t, BigDecimal s, BigDecimal n) -> TextFunctions.mid(t, s, n));
            case "FIND":
                return args.size() == 2 ? call2(args, (String s, String t) -> TextFunctions.find(s, t))
                        : call3(args, (String s, String t, BigDecimal n) -> TextFunctions.find(s, t, n));
            case "SUBSTITUTE":
                return call3(args, (String t, String o, String n) -> TextFunctions.substitute(t, o, n));
            case "LPAD":
                return args.size() == 2 ? call2(args, (String t, BigDecimal n) -> TextFunctions.lpad(t, n))
                        : call3(args, (String t, BigDecimal n, String p) -> TextFunctions.lpad(t, n, p));
            case "RPAD":
                return args.size() == 2 ? call2(args, (String t, BigDecimal n) -> TextFunctions.rpad(t, n))
                        : call3(args, (String t, BigDecimal n, String p) -> TextFunctions.rpad(t, n, p));
            default:
                return math(name, args).or(() -> dateTime(name, args)).or(() -> policy(name, args))
                        .orElseThrow(() -> new IllegalStateException("no compiled form of " + name));
        }
    }

    private Optional<Val<?>> math(String name, List<Expr> args) {
        switch (name) {
            case "ABS":
                return Optional.of(call1(args, MathFunctions::abs));
            case "FLOOR":
                return Optional.of(call1(args, MathFunctions::floor));
            case "CEILING":
                return Optional.of(call1(args, MathFunctions::ceiling));
            case "MFLOOR":
                return Optional.of(call1(args, MathFunctions::mfloor));
            case "MCEILING":
                return Optional.of(call1(args, MathFunctions::mceiling));
            case "SQRT":
                return Optional.of(call1(args, MathFunctions::sqrt));
            case "EXP":
                return Optional.of(call1(args, MathFunctions::exp));
            case "LN":
                return Optional.of(call1(args, MathFunctions::ln));
            case "LOG":
                return Optional.of(call1(args, MathFunctions::log));
            case "ROUND":
                return Optional.of(call2(args, (BigDecimal n, BigDecimal d) -> MathFunctions.round(n, d)));
            case "TRUNC":
                return Optional.of(args.size() == 1 ? call1(args, (BigDecimal n) -> MathFunctions.trunc(n))
                        : call2(args, (BigDecimal n, BigDecimal d) -> MathFunctions.trunc(n, d)));
            case "MOD": {
                Val<?> whole = WholeNodes.Arithmetic.of(arg(args, 0), arg(args, 1), WholeNodes.Arithmetic.Op.MOD);
                return Optional.of(whole != null ? whole
                        : call2(args, (BigDecimal n, BigDecimal d) -> MathFunctions.mod(n, d)));
            }
            case "MIN":
            case "MAX": {
                @SuppressWarnings("unchecked")
                Val<BigDecimal>[] operands = new Val[args.size()];
                for (int i = 0; i < operands.length; i++) {
                    operands[i] = arg(args, i);
                }
                return Optional.of(new ValueNodes.Extreme(operands, name.equals("MIN") ? -1 : 1));
            }
            default:
                return Optional.empty();
        }
    }

    private Optional<Val<?>> dateTime(String name, List<Expr> args) {
        switch (name) {
            case "TODAY":
                return Optional.of(new ValueNodes.Clock<>(LibraryCalls::today));
            case "NOW":
                return Optional.of(new ValueNodes.Clock<>(c -> DateFunctions.now(c.now())));
            case "TIMENOW":
                return Optional.of(new ValueNodes.Clock<>(c -> DateFunctions.timeNow(c.now())));
            case "DATE":
                return Optional.of(call3(args, (BigDecimal y, BigDecimal m, BigDecimal d) -> DateFunctions.date(y, m, d)));
            case "DATEVALUE":
                if (exprs.typeOf(args.get(0)) == ExprType.DATETIME) { // an epoch day, for date arithmetic
                    return Optional.of(new DateNodes.DateValue(arg(args, 0)));
                }
                return Optional.of(byType(args, ExprType.DATETIME, (Instant i) -> Conversions.dateValue(i),
                        (String t) -> Conversions.dateValue(t)));
            case "DATETIMEVALUE":
                return Optional.of(byType(args, ExprType.DATE, (LocalDate d) -> Conversions.dateTimeValue(d),
                        (String t) -> Conversions.dateTimeValue(t)));
            case "TIMEVALUE":
                return Optional.of(byType(args, ExprType.DATETIME, (Instant i) -> Conversions.timeValue(i),
                        (String t) -> Conversions.timeValue(t)));
            case "YEAR":
                return Optional.of(new WholeNodes.DatePart(arg(args, 0), WholeNodes.Part.YEAR));
            case "MONTH":
                return Optional.of(new WholeNodes.DatePart(arg(args, 0), WholeNodes.Part.MONTH));
            case "DAY":
                return Optional.of(new WholeNodes.DatePart(arg(args, 0), WholeNodes.Part.DAY));
            case "WEEKDAY":
                return Optional.of(new WholeNodes.DatePart(arg(args, 0), WholeNodes.Part.WEEKDAY));
            case "DAYOFYEAR":
                return Optional.of(call1(args, DateFunctions::dayOfYear));
            case "ISOWEEK":
                return Optional.of(call1(args, DateFunctions::isoWeek));
            case "ISOYEAR":
                return Optional.of(call1(args, DateFunctions::isoYear));
            case "HOUR":
                return Optional.of(call1(args, DateFunctions::hour));
            case "MINUTE":
                return Optional.of(call1(args, DateFunctions::minute));
            case "SECOND":
                return Optional.of(call1(args, DateFunctions::second));
            case "MILLISECOND":
                return Optional.of(call1(args, DateFunctions::millisecond));
            case "ADDMONTHS":
                return Optional.of(DateNodes.AddMonths.of(arg(args, 0), arg(args, 1),
                        () -> call2(args, (LocalDate d, BigDecimal n) -> DateFunctions.addMonths(d, n))));
            case "UNIXTIMESTAMP": {
                ExprType type = exprs.typeOf(args.get(0));
                if (type == ExprType.DATE) {
                    return Optional.of(call1(args, (LocalDate d) -> DateFunctions.unixTimestamp(d)));
                }
                if (type == ExprType.TIME) {
                    return Optional.of(call1(args, (LocalTime t) -> DateFunctions.unixTimestamp(t)));
                }
                return Optional.of(call1(args, (Instant i) -> DateFunctions.unixTimestamp(i)));
            }
            case "FROMUNIXTIME":
                return Optional.of(call1(args, DateFunctions::fromUnixTime));
            default:
                return Optional.empty();
        }
    }

    private Optional<Val<?>> policy(String name, List<Expr> args) {
        Optional<Val<?>> resolved = policyResolved(name, args);
        if (resolved.isPresent()) {
            return resolved;
        }
        switch (name) {
            case "PERIOD_END":
                return Optional.of(args.size() == 1 ? call1(args, (Instant i) -> policy.periodEnd(i, null))
                        : call2(args, (Instant i, String c) -> policy.periodEnd(i, c)));
            case "ADD_BUSINESS_HOURS":
                return Optional.of(call3(args, (Instant i, BigDecimal h, String c) -> policy.addBusinessHours(i, h, c)));
            case "BUSINESS_HOURS_BETWEEN":
                return Optional.of(call3(args, (Instant s, Instant e, String c) -> policy.businessHoursBetween(s, e, c)));
            case "NEXT_BUSINESS_DAY":
                return Optional.of(call2(args, (Instant i, String c) -> policy.nextBusinessDay(i, c)));
            case "LOCAL_TIME":
                return Optional.of(call2(args, (Instant i, String c) -> policy.localTime(i, c)));
            default:
                return Optional.empty();
        }
    }

    /** The calendar functions whose calendar argument is resolved at compile time (when it can be). */
    private Optional<Val<?>> policyResolved(String name, List<Expr> args) {
        switch (name) {
            case "ADD_BUSINESS_HOURS": {
                Val<NamedCalendar> c = resolvedCalendar(args.get(2));
                return c == null ? Optional.empty() : Optional.of(new ValueNodes.Call3<>(arg(args, 0), arg(args, 1), c,
                        (Instant i, BigDecimal h, NamedCalendar cal) -> policy.addBusinessHours(i, h, cal)));
            }
            case "BUSINESS_HOURS_BETWEEN": {
                Val<NamedCalendar> c = resolvedCalendar(args.get(2));
                return c == null ? Optional.empty() : Optional.of(new ValueNodes.Call3<>(arg(args, 0), arg(args, 1), c,
                        (Instant s, Instant e, NamedCalendar cal) -> policy.businessHoursBetween(s, e, cal)));
            }
            case "NEXT_BUSINESS_DAY": {
                Val<NamedCalendar> c = resolvedCalendar(args.get(1));
                return c == null ? Optional.empty() : Optional.of(new ValueNodes.Call2<>(arg(args, 0), c,
                        (Instant i, NamedCalendar cal) -> policy.nextBusinessDay(i, cal)));
            }
            case "LOCAL_TIME": {
                Val<NamedCalendar> c = resolvedCalendar(args.get(1));
                return c == null ? Optional.empty() : Optional.of(new ValueNodes.Call2<>(arg(args, 0), c,
                        (Instant i, NamedCalendar cal) -> policy.localTime(i, cal)));
            }
            default:
                return Optional.empty();
        }
    }

    /**
     * A calendar argument resolved at compile time: a constant name (folded text included), or a
     * CASE whose results are all constant names, becomes the calendars themselves; {@code null}
     * when the name is computed otherwise or some constant names no declared calendar (the general
     * call then raises the error when evaluated). A blank constant stays blank.
     */
    private Val<NamedCalendar> resolvedCalendar(Expr calendarArg) {
        Val<String> calendar = exprs.typed(calendarArg);
        Object constant = ExprCompiler.constantOf(calendar);
        if (constant != ExprCompiler.NOT_CONSTANT) {
            NamedCalendar[] one = new NamedCalendar[1];
            return resolve(constant, one, 0) ? new ValueNodes.Const<>(one[0]) : null;
        }
        if (calendar instanceof CaseNodes.CaseValue<?> choice) {
            NamedCalendar[] results = new NamedCalendar[choice.results.length];
            for (int i = 0; i < results.length; i++) {
                Object name = ExprCompiler.constantOf(choice.results[i]);
                if (name == ExprCompiler.NOT_CONSTANT || !resolve(name, results, i)) {
                    return null;
                }
            }
            NamedCalendar[] otherwise = new NamedCalendar[1];
            Object name = ExprCompiler.constantOf(choice.otherwise);
            if (name == ExprCompiler.NOT_CONSTANT || !resolve(name, otherwise, 0)) {
                return null;
            }
            return new CaseNodes.Choice<>(choice.matcher, results, otherwise[0]);
        }
        return null;
    }

    /** Resolves a constant name into {@code into[index]}: blank stays {@code null}; false for an undeclared name. */
    private boolean resolve(Object name, NamedCalendar[] into, int index) {
        if (name == null) {
            return true;
        }
        NamedCalendar found = policy.find((String) name);
        into[index] = found;
        return found != null;
    }

    /** TEXT(value) by the value's static type. */
    private Val<?> text(Expr arg) {
        ExprType type = exprs.typeOf(arg);
        if (type.isNumeric()) {
            return new ValueNodes.Call1<BigDecimal, String>(exprs.typed(arg), Conversions::text);
        }
        switch (type) {
            case DATE:
                return new ValueNodes.Call1<LocalDate, String>(exprs.typed(arg), Conversions::text);
            case DATETIME:
                return new ValueNodes.Call1<Instant, String>(exprs.typed(arg), Conversions::text);
            case TIME:
                return new ValueNodes.Call1<LocalTime, String>(exprs.typed(arg), Conversions::text);
            case NULL:
                return exprs.value(arg);
            default:
                return new ValueNodes.Call1<String, String>(exprs.typed(arg), Conversions::text);
        }
    }

    /**
     * IS_PERIOD_END(datetime [, window [, calendar]]): with a constant (or no) window and calendar
     * the windows are resolved here and the call tests the instant directly.
     */
    private Cond isPeriodEnd(List<Expr> args) {
        Val<Instant> instant = arg(args, 0);
        Val<String> window = args.size() > 1 ? arg(args, 1) : blank();
        Val<String> calendar = args.size() > 2 ? arg(args, 2) : blank();
        Object windowName = ExprCompiler.constantOf(window);
        Object calendarName = ExprCompiler.constantOf(calendar);
        if (windowName != ExprCompiler.NOT_CONSTANT && calendarName != ExprCompiler.NOT_CONSTANT) {
            try {
                PeriodEnds ends = policy.periodEnds((String) calendarName);
                String w = (String) windowName;
                PeriodKind kind = w == null || w.isEmpty() ? null : PeriodEndNames.parse(w).orElseThrow(
                        () -> new FormulaError("no such window"));
                return new PolicyNodes.IsPeriodEnd(instant, ends, kind);
            } catch (FormulaError unknown) {
                // fall through: the general call raises the error when it is evaluated
            }
        }
        return new PolicyNodes.IsPeriodEndCall(instant, window, calendar, policy);
    }

    /**
     * TODAY(): {@link DateFunctions#today}, computed without {@code ZoneOffset.getRules()} for a
     * fixed-offset zone (the usual GMT clock), which allocates a ZoneRules on every call.
     */
    static LocalDate today(EvalContext context) {
        if (context.zone() instanceof ZoneOffset offset) {
            return LocalDate.ofEpochDay(Math.floorDiv(context.now().getEpochSecond() + offset.getTotalSeconds(), 86_400L));
        }
        return DateFunctions.today(context.now(), context.zone());
    }

    @SuppressWarnings("unchecked")
    private static <T> Val<T> blank() {
        return (Val<T>) BLANK;
    }

    /** A conversion whose overload is picked by the argument's static type; NULL stays blank. */
    private Val<?> byType(List<Expr> args, ExprType other, Function<?, ?> ofOther, Function<String, ?> ofText) {
        ExprType type = exprs.typeOf(args.get(0));
        if (type == ExprType.NULL) {
            return exprs.value(args.get(0));
        }
        @SuppressWarnings("unchecked")
        Function<Object, Object> f = (Function<Object, Object>) (type == other ? ofOther : ofText);
        return new ValueNodes.Call1<>(arg(args, 0), f);
    }

    private <T> Val<T> arg(List<Expr> args, int index) {
        return exprs.typed(args.get(index));
    }

    private <A, R> Val<R> call1(List<Expr> args, Function<A, R> function) {
        return new ValueNodes.Call1<>(arg(args, 0), function);
    }

    private <A, B, R> Val<R> call2(List<Expr> args, BiFunction<A, B, R> function) {
        return new ValueNodes.Call2<>(arg(args, 0), arg(args, 1), function);
    }

    private <A, B, C, R> Val<R> call3(List<Expr> args, Fn3<A, B, C, R> function) {
        return new ValueNodes.Call3<>(arg(args, 0), arg(args, 1), arg(args, 2), function);
    }
}

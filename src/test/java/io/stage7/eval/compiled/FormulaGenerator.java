package io.stage7.eval.compiled;

import java.util.Random;

/**
 * A seeded generator of well-typed formulas over {@link #OBJECTS}: every field type, every
 * operator, and most of the function catalog, nested a few levels, with blanks, edge values and
 * calls that fail at run time (division by zero, VALUE of non-numbers, invalid dates). The same
 * seed gives the same formulas. A few generated formulas may still not check (a Percent
 * where Number is wanted is fine, but e.g. an out-of-range DATE literal is not); callers skip
 * those.
 */
final class FormulaGenerator {
    /** The kinds of formula the generator produces. */
    enum Kind { CHECKBOX, NUMBER, TEXT, DATE, DATETIME, TIME }

    /** The objects generated formulas read, with a calendar and region for the policy functions. */
    static final String OBJECTS = """
            fiscal year starts February
            calendar C {
              zone "Europe/Dublin"
              hours MON-FRI 08:00-17:00
              holidays "2026-03-17"
            }
            region R {
              calendar C
            }
            period_end EoM {
              last 2 business days of month
            }
            period_end EoQ {
              last 3 business days of quarter
            }
            object Acct {
              Name   Text
              Tier   Picklist("Gold", "Silver")
              Hold   Checkbox
            }
            object T {
              T1     Text
              T2     Text
              N1     Number
              N2     Number
              C1     Currency
              P1     Percent
              B1     Checkbox
              B2     Checkbox
              D1     Date
              D2     Date
              DT1    DateTime
              DT2    DateTime
              TM1    Time
              TM2    Time
              PK     Picklist("a", "b", "c")
              MP     MultiPicklist("x", "y", "z")
              Acct   Lookup(Acct)
            }
            """;

    /**
     * The literals and small sub-formulas the generator picks from. {@link #ORDINARY} keeps
     * exponents, pad lengths and business hours small, so that differential runs compare values;
     * {@link #EXTREME} aims at the library's limits (huge and tiny numbers, huge counts, far dates,
     * long texts), where most results are runtime errors.
     */
    record Literals(String[] numbers, String[] texts, String[] regexes, String[] exponents, String[] padLengths,
                    String[] businessHours, String[] characterCodes, String[] years, String[] dates,
                    String[] dateTimes) {
        static final Literals ORDINARY = new Literals(
                new String[] {"0", "1", "2", "3", "-1", "2.5", "0.1", "0.2", "100", "12345.678", "0.5", "1000000", "7"},
                new String[] {"\"\"", "\"a\"", "\"abc\"", "\" a b \"", "\"12\"", "\"1.5\"", "\"x@y.com\"", "\"Gold\"",
                    "\"b\"", "\"ab%c\"", "\"2026-03-10\"", "\"10:30:00\""},
                new String[] {"\"[a-c]+\"", "\"a.*\"", "\".*@.*\"", "\"\\\\d+(\\\\.\\\\d+)?\"", "\"\""},
                new String[] {"0", "2", "-1", "0.5", "3"},
                new String[] {"0", "3", "-1", "2.5", "LEN(T1) + 2", "NULL"},
                new String[] {"0", "1", "12.5", "MOD(ABS(N1), 50)", "-1"},
                new String[] {"65", "97", "N1", "0"},
                new String[] {"2026", "2024", "N1", "YEAR(D1)"},
                new String[] {"D1", "D2", "DATE(2026, 3, 31)", "TODAY()", "DATEVALUE(\"2024-02-29\")"},
                new String[] {"DT1", "DT2", "NOW()", "DATETIMEVALUE(\"2026-03-30 16:45:00\")"});

        static final Literals EXTREME = new Literals(
                new String[] {"0", "1", "-1", "0.5", "7", "999999999999999999", "-999999999999999999",
                    "0.000000000000000001", "2147483648", "(10 ^ 17)", "-(10 ^ 17)", "(0.1 ^ 999999999)",
                    "(12345.678 ^ 1000000)", "(0.5 ^ 999999999)", "VALUE(\"1e-999999999\")", "(2 ^ 62)", "N1", "N2"},
                new String[] {"\"\"", "\"a\"", "\"%&\\\\<\"", "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"",
                    "LPAD(\"a\", 131072, \"ab\")", "LPAD(\"&\", 65536, \"&\")", "RPAD(\"%\", 50000, \"%\\\\\")",
                    "\"1e999999999\"", "\"1e-999999999\"", "\"4000-12-31\"", "\"1699-12-31\""},
                new String[] {"\"((a+)+)+b\"", "\"(a|aa)+\"", "\"(.*a){20}\"", "\"a.*\"", "\"\""},
                new String[] {"0", "2", "-1", "0.5", "1000000", "999999999", "-999999999", "(10 ^ 17)", "N1",
                    "(0.5 ^ 999999999)"},
                new String[] {"0", "-1", "131072", "131073", "(10 ^ 17)", "-(10 ^ 17)", "N1", "LEN(T1) * 1000", "2147483648"},
                new String[] {"0", "1", "1000000", "1000001", "(10 ^ 17)", "(0.5 ^ 999999999)", "N1", "ABS(N1)", "-1"},
                new String[] {"65", "0", "N1", "(10 ^ 17)", "1114112", "-(10 ^ 17)"},
                new String[] {"1699", "1700", "4000", "4001", "(10 ^ 17)", "N1", "2147483648"},
                new String[] {"D1", "D2", "DATE(1700, 1, 1)", "DATE(4000, 12, 31)", "TODAY()"},
                new String[] {"DT1", "DT2", "NOW()", "DATETIMEVALUE(\"4000-12-31 23:59:59\")",
                    "DATETIMEVALUE(\"1700-01-01 00:00:00\")"});
    }

    private final Random random;
    private final Literals literals;

    FormulaGenerator(long seed) {
        this(seed, Literals.ORDINARY);
    }

    FormulaGenerator(long seed, Literals literals) {
        this.random = new Random(seed);
        this.literals = literals;
    }

    Kind anyKind() {
        return Kind.values()[random.nextInt(Kind.values().length)];
    }

    /** A formula of the kind, nested at most {@code depth} levels. */
    String formula(Kind kind, int depth) {
        if (depth <= 0 || random.nextInt(10) < 2) {
            return leaf(kind);
        }
        switch (kind) {
            case CHECKBOX:
                return checkbox(depth - 1);
            case NUMBER:
                return number(depth - 1);
            case TEXT:
                return text(depth - 1);
            case DATE:
                return date(depth - 1);
            case DATETIME:
                return dateTime(depth - 1);
            default:
                return time(depth - 1);
        }
    }

    private String leaf(Kind kind) {
        boolean blank = random.nextInt(14) == 0;
        switch (kind) {
            case CHECKBOX:
                return blank ? "NULL" : random.nextInt(4) == 0 ? recordChange()
                        : pick("B1", "B2", "TRUE", "FALSE", "Acct.Hold", "N1 > 1", "ISBLANK(T1)");
            case NUMBER:
                return blank ? "NULL" : random.nextBoolean() ? pick("N1", "N2", "C1", "P1", "PRIORVALUE(N1)", "PRIORVALUE(C1)")
                        : pick(literals.numbers);
            case TEXT:
                return blank ? "NULL" : random.nextBoolean()
                        ? pick("T1", "T2", "Acct.Name", "TEXT(PK)", "PRIORVALUE(T1)", "TEXT(PRIORVALUE(PK))")
                        : pick(literals.texts);
            case DATE:
                return blank ? "NULL" : random.nextInt(6) == 0 ? "PRIORVALUE(D1)" : pick(literals.dates);
            case DATETIME:
                return blank ? "NULL" : random.nextInt(6) == 0 ? "PRIORVALUE(DT1)" : pick(literals.dateTimes);
            default:
                return blank ? "NULL" : pick("TM1", "TM2", "TIMEVALUE(\"16:30:00\")", "TIMENOW()", "PRIORVALUE(TM1)");
        }
    }

    /** ISNEW, ISCHANGED of every field type, and PRIORVALUE where only a Checkbox fits. */
    private String recordChange() {
        return pick("ISNEW()", "NOT(ISNEW())", "ISCHANGED(T1)", "ISCHANGED(N1)", "ISCHANGED(C1)", "ISCHANGED(P1)",
                "ISCHANGED(B1)", "ISCHANGED(D1)", "ISCHANGED(DT1)", "ISCHANGED(TM1)", "ISCHANGED(PK)", "ISCHANGED(MP)",
                "ISCHANGED(Acct)", "PRIORVALUE(B1)", "ISPICKVAL(PRIORVALUE(PK), \"a\")",
                "INCLUDES(PRIORVALUE(MP), \"x\")", "ISBLANK(PRIORVALUE(MP))", "(N1 > PRIORVALUE(N1))");
    }

    private String checkbox(int d) {
        switch (random.nextInt(24)) {
            case 0: return "(" + f(Kind.CHECKBOX, d) + " && " + f(Kind.CHECKBOX, d) + ")";
            case 1: return "(" + f(Kind.CHECKBOX, d) + " || " + f(Kind.CHECKBOX, d) + ")";
            case 2: return "NOT(" + f(Kind.CHECKBOX, d) + ")";
            case 3: return "!" + "(" + f(Kind.CHECKBOX, d) + ")";
            case 4: return "AND(" + f(Kind.CHECKBOX, d) + ", " + f(Kind.CHECKBOX, d) + ", " + f(Kind.CHECKBOX, d) + ")";
            case 5: return "OR(" + f(Kind.CHECKBOX, d) + ", " + f(Kind.CHECKBOX, d) + ", " + f(Kind.CHECKBOX, d) + ")";
            case 6: return "IF(" + f(Kind.CHECKBOX, d) + ", " + f(Kind.CHECKBOX, d) + ", " + f(Kind.CHECKBOX, d) + ")";
            case 7: {
                Kind k = pick(Kind.NUMBER, Kind.DATE, Kind.DATETIME, Kind.TIME);
                return "(" + f(k, d) + " " + pick("<", "<=", ">", ">=", "=", "<>", "==", "!=") + " " + f(k, d) + ")";
            }
            case 8: return "(" + f(Kind.TEXT, d) + " " + pick("=", "<>") + " " + f(Kind.TEXT, d) + ")";
            case 9: return pick("ISBLANK(", "ISNULL(") + f(anyKind(), d) + ")";
            case 10: return pick("ISPICKVAL(PK, \"a\")", "ISPICKVAL(PK, \"b\")", "ISPICKVAL(PK, \"c\")",
                    "ISPICKVAL(Acct.Tier, \"Gold\")");
            case 11: return "INCLUDES(MP, " + pick("\"x\"", "\"y\"", "\"z\"") + ")";
            case 12: return pick("CONTAINS(", "BEGINS(") + f(Kind.TEXT, d) + ", " + f(Kind.TEXT, d) + ")";
            case 13: return "REGEX(" + f(Kind.TEXT, d) + ", " + (random.nextInt(4) == 0 ? f(Kind.TEXT, d) : pick(literals.regexes)) + ")";
            case 14: return "ISNUMBER(" + f(Kind.TEXT, d) + ")";
            case 15: return "CASE(PK, \"a\", " + f(Kind.CHECKBOX, d) + ", \"b\", " + f(Kind.CHECKBOX, d) + ", "
                    + f(Kind.CHECKBOX, d) + ")";
            case 16: return pick("BLANKVALUE(", "NULLVALUE(") + f(Kind.CHECKBOX, d) + ", " + f(Kind.CHECKBOX, d) + ")";
            case 17: return "IS_PERIOD_END(" + f(Kind.DATETIME, d) + pick("", ", \"EoQ\"", ", \"EoM\", \"C\"", ", T1") + ")";
            case 18: return "IS_BUSINESS_HOURS(" + f(Kind.DATETIME, d) + ", \"C\")";
            case 19: return "(" + f(Kind.CHECKBOX, d) + " " + pick("=", "<>") + " " + f(Kind.CHECKBOX, d) + ")";
            case 20: return "CASE(" + f(Kind.NUMBER, d) + ", 1, " + f(Kind.CHECKBOX, d) + ", " + f(Kind.NUMBER, d) + ", "
                    + f(Kind.CHECKBOX, d) + ", " + f(Kind.CHECKBOX, d) + ")";
            case 21: return "CASE(" + f(Kind.TEXT, d) + ", \"a\", " + f(Kind.CHECKBOX, d) + ", " + f(Kind.TEXT, d) + ", "
                    + f(Kind.CHECKBOX, d) + ", " + f(Kind.CHECKBOX, d) + ")";
            case 22: return "(TEXT(PK) " + pick("=", "<>") + " " + pick("\"a\"", "\"c\"", "\"\"") + ")";
            default: return "CASE(" + f(Kind.CHECKBOX, d) + ", TRUE, " + f(Kind.CHECKBOX, d) + ", "
                    + f(Kind.CHECKBOX, d) + ")";
        }
    }

    private String number(int d) {
        switch (random.nextInt(26)) {
            case 0: return "(" + f(Kind.NUMBER, d) + " " + pick("+", "-", "*", "/") + " " + f(Kind.NUMBER, d) + ")";
            case 1: return "(" + f(Kind.NUMBER, d) + " ^ " + pick(literals.exponents) + ")";
            case 2: return "-(" + f(Kind.NUMBER, d) + ")";
            case 3: return pick("ABS(", "FLOOR(", "CEILING(", "MFLOOR(", "MCEILING(", "TRUNC(", "SQRT(", "LN(", "EXP(", "LOG(")
                    + f(Kind.NUMBER, d) + ")";
            case 4: return pick("ROUND(", "TRUNC(", "MOD(") + f(Kind.NUMBER, d) + ", " + f(Kind.NUMBER, d) + ")";
            case 5: return pick("MIN(", "MAX(") + f(Kind.NUMBER, d) + ", " + f(Kind.NUMBER, d) + ", " + f(Kind.NUMBER, d) + ")";
            case 6: return pick("LEN(", "VALUE(", "ASCII(") + f(Kind.TEXT, d) + ")";
            case 7: return "FIND(" + f(Kind.TEXT, d) + ", " + f(Kind.TEXT, d) + pick("", ", 2", ", N1") + ")";
            case 8: return "IF(" + f(Kind.CHECKBOX, d) + ", " + f(Kind.NUMBER, d) + ", " + f(Kind.NUMBER, d) + ")";
            case 9: return "CASE(" + f(Kind.NUMBER, d) + ", 1, " + f(Kind.NUMBER, d) + ", 2.50, " + f(Kind.NUMBER, d) + ", "
                    + f(Kind.NUMBER, d) + ")";
            case 10: return "CASE(PK, \"a\", " + f(Kind.NUMBER, d) + ", \"c\", " + f(Kind.NUMBER, d) + ", "
                    + f(Kind.NUMBER, d) + ")";
            case 11: return pick("BLANKVALUE(", "NULLVALUE(") + f(Kind.NUMBER, d) + ", " + f(Kind.NUMBER, d) + ")";
            case 12: return pick("YEAR(", "MONTH(", "DAY(", "WEEKDAY(", "DAYOFYEAR(", "ISOWEEK(", "ISOYEAR(")
                    + f(Kind.DATE, d) + ")";
            case 13: return pick("HOUR(", "MINUTE(", "SECOND(", "MILLISECOND(") + f(Kind.TIME, d) + ")";
            case 14: return "(" + f(Kind.DATE, d) + " - " + f(Kind.DATE, d) + ")";
            case 15: return "(" + f(Kind.DATETIME, d) + " - " + f(Kind.DATETIME, d) + ")";
            case 16: return "(" + f(Kind.TIME, d) + " - " + f(Kind.TIME, d) + ")";
            case 17: return "UNIXTIMESTAMP(" + f(pick(Kind.DATE, Kind.DATETIME, Kind.TIME), d) + ")";
            case 18: return "BUSINESS_HOURS_BETWEEN(" + leaf(Kind.DATETIME) + ", " + leaf(Kind.DATETIME) + ", \"C\")";
            case 19: return "CASE(" + f(Kind.TEXT, d) + ", \"a\", " + f(Kind.NUMBER, d) + ", \"\", "
                    + f(Kind.NUMBER, d) + ", " + f(Kind.NUMBER, d) + ")";
            case 20: return "+" + f(Kind.NUMBER, d);
            case 21: return "(" + f(Kind.NUMBER, d) + " + NULL)";
            case 22: return "MIN(" + f(Kind.NUMBER, d) + ")";
            case 23: return "(" + pick(literals.numbers) + " " + pick("+", "*", "/") + " " + pick(literals.numbers) + ")";
            default: return "CASE(" + f(Kind.DATE, d) + ", DATE(2026, 3, 31), " + f(Kind.NUMBER, d) + ", "
                    + f(Kind.NUMBER, d) + ")";
        }
    }

    private String text(int d) {
        switch (random.nextInt(22)) {
            case 0: return "(" + f(Kind.TEXT, d) + " & " + f(Kind.TEXT, d) + ")";
            case 1: return "(" + f(Kind.TEXT, d) + " + " + f(Kind.TEXT, d) + ")";
            case 2: return "TEXT(" + f(pick(Kind.NUMBER, Kind.DATE, Kind.DATETIME, Kind.TIME, Kind.TEXT), d) + ")";
            case 3: return "TEXT(" + pick("PK", "Acct.Tier") + ")";
            case 4: return pick("TRIM(", "UPPER(", "LOWER(", "INITCAP(", "REVERSE(", "HTMLENCODE(", "URLENCODE(",
                    "JSENCODE(") + f(Kind.TEXT, d) + ")";
            case 5: return pick("LEFT(", "RIGHT(") + f(Kind.TEXT, d) + ", " + f(Kind.NUMBER, d) + ")";
            case 6: return "MID(" + f(Kind.TEXT, d) + ", " + f(Kind.NUMBER, d) + ", " + f(Kind.NUMBER, d) + ")";
            case 7: return "SUBSTITUTE(" + f(Kind.TEXT, d) + ", " + f(Kind.TEXT, d) + ", " + f(Kind.TEXT, d) + ")";
            case 8: return pick("LPAD(", "RPAD(") + f(Kind.TEXT, d) + ", " + pick(literals.padLengths)
                    + (random.nextBoolean() ? ", " + f(Kind.TEXT, d) : "") + ")";
            case 9: return "IF(" + f(Kind.CHECKBOX, d) + ", " + f(Kind.TEXT, d) + ", " + f(Kind.TEXT, d) + ")";
            case 10: return "CASE(" + f(Kind.TEXT, d) + ", \"a\", " + f(Kind.TEXT, d) + ", \"\", " + f(Kind.TEXT, d) + ", "
                    + f(Kind.TEXT, d) + ")";
            case 11: return "CASE(PK, \"a\", " + f(Kind.TEXT, d) + ", \"b\", " + f(Kind.TEXT, d) + ", "
                    + f(Kind.TEXT, d) + ")";
            case 12: return pick("BLANKVALUE(", "NULLVALUE(") + f(Kind.TEXT, d) + ", " + f(Kind.TEXT, d) + ")";
            case 13: return "PERIOD_END(" + f(Kind.DATETIME, d) + pick("", ", \"C\"") + ")";
            case 14: return "CHR(" + pick(literals.characterCodes) + ")";
            case 15: return "CASE(" + f(Kind.TEXT, d) + ", " + f(Kind.TEXT, d) + ", " + f(Kind.TEXT, d) + ", "
                    + f(Kind.TEXT, d) + ")";
            case 16: return "(\"" + random.nextInt(3) + "\" & " + pick(literals.texts) + ")";
            case 17: return "CASE(PK, " + caseValues(12, d) + f(Kind.TEXT, d) + ")";
            case 18: return "CASE(" + f(Kind.NUMBER, d) + ", 0, \"zero\", 1, \"one\", NULL)";
            case 19: return "CASE(" + f(Kind.CHECKBOX, d) + ", FALSE, \"no\", \"yes\")";
            case 20: return "(NULL + " + f(Kind.TEXT, d) + ")";
            default: return "TEXT(" + f(Kind.NUMBER, d) + " / 3)";
        }
    }

    /** Many constant picklist values: the hashed CASE. */
    private String caseValues(int count, int d) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i % 3 == 2 ? "\"c\"" : i % 3 == 1 ? "\"b\"" : "\"a\"").append(", ")
                    .append(i % 3 == 0 ? f(Kind.TEXT, d) : "\"r" + i + "\"").append(", ");
        }
        return out.toString();
    }

    private String date(int d) {
        switch (random.nextInt(11)) {
            case 0: return "(" + f(Kind.DATE, d) + " " + pick("+", "-") + " " + f(Kind.NUMBER, d) + ")";
            case 1: return "(" + f(Kind.NUMBER, d) + " + " + f(Kind.DATE, d) + ")";
            case 2: return "DATE(" + pick(literals.years) + ", " + pick("2", "13", "MONTH(D2)", "N2")
                    + ", " + pick("29", "31", "1", "N1") + ")";
            case 3: return "DATEVALUE(" + f(random.nextBoolean() ? Kind.DATETIME : Kind.TEXT, d) + ")";
            case 4: return "ADDMONTHS(" + f(Kind.DATE, d) + ", " + f(Kind.NUMBER, d) + ")";
            case 5: return "IF(" + f(Kind.CHECKBOX, d) + ", " + f(Kind.DATE, d) + ", " + f(Kind.DATE, d) + ")";
            case 6: return pick("BLANKVALUE(", "NULLVALUE(") + f(Kind.DATE, d) + ", " + f(Kind.DATE, d) + ")";
            case 7: return "CASE(PK, \"a\", " + f(Kind.DATE, d) + ", " + f(Kind.DATE, d) + ")";
            case 8: return "(" + f(Kind.DATE, d) + " - NULL)";
            case 9: return "(NULL + " + f(Kind.DATE, d) + ")";
            default: return "TODAY()";
        }
    }

    private String dateTime(int d) {
        switch (random.nextInt(10)) {
            case 0: return "(" + f(Kind.DATETIME, d) + " " + pick("+", "-") + " " + f(Kind.NUMBER, d) + ")";
            case 1: return "DATETIMEVALUE(" + f(random.nextBoolean() ? Kind.DATE : Kind.TEXT, d) + ")";
            case 2: return "ADD_BUSINESS_HOURS(" + leaf(Kind.DATETIME) + ", " + pick(literals.businessHours) + ", \"C\")";
            case 3: return "NEXT_BUSINESS_DAY(" + f(Kind.DATETIME, d) + ", \"C\")";
            case 4: return "IF(" + f(Kind.CHECKBOX, d) + ", " + f(Kind.DATETIME, d) + ", " + f(Kind.DATETIME, d) + ")";
            case 5: return pick("BLANKVALUE(", "NULLVALUE(") + f(Kind.DATETIME, d) + ", " + f(Kind.DATETIME, d) + ")";
            case 6: return "FROMUNIXTIME(" + f(Kind.NUMBER, d) + ")";
            case 7: return "(" + f(Kind.NUMBER, d) + " + " + f(Kind.DATETIME, d) + ")";
            case 8: return "CASE(" + f(Kind.DATETIME, d) + ", DT2, " + f(Kind.DATETIME, d) + ", " + f(Kind.DATETIME, d) + ")";
            default: return "NOW()";
        }
    }

    private String time(int d) {
        switch (random.nextInt(7)) {
            case 0: return "(" + f(Kind.TIME, d) + " " + pick("+", "-") + " " + f(Kind.NUMBER, d) + ")";
            case 1: return "TIMEVALUE(" + f(random.nextBoolean() ? Kind.DATETIME : Kind.TEXT, d) + ")";
            case 2: return "LOCAL_TIME(" + f(Kind.DATETIME, d) + ", \"C\")";
            case 3: return "IF(" + f(Kind.CHECKBOX, d) + ", " + f(Kind.TIME, d) + ", " + f(Kind.TIME, d) + ")";
            case 4: return pick("BLANKVALUE(", "NULLVALUE(") + f(Kind.TIME, d) + ", " + f(Kind.TIME, d) + ")";
            case 5: return "(" + f(Kind.NUMBER, d) + " + " + f(Kind.TIME, d) + ")";
            default: return "TIMENOW()";
        }
    }

    private String f(Kind kind, int depth) {
        return formula(kind, depth);
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}

package io.stage7.eval.compiled;

import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;
import io.stage7.eval.RecordType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.stage7.eval.compiled.SpecialisedDifferential.row;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Date and DateTime arithmetic on epoch days and milliseconds ({@link DateNodes}), ADDMONTHS
 * included, agrees with the interpreter: at both edges of the date range, with blanks, negative,
 * fractional, huge and exponent-form counts, leap days, daylight-saving changes in the clock's zone and instants
 * finer than a millisecond.
 */
class DateArithmeticTest {
    private static final String OBJECT = """
            object T {
              D   Date
              D2  Date
              N   Number
              DT  DateTime
              DT2 DateTime
              B   Checkbox
            }
            """;

    private static final List<SpecialisedDifferential.Row> ROWS = List.of(
            row("D + N", DateNodes.Shift.class),
            row("N + D", DateNodes.Shift.class),
            row("D - N", DateNodes.Shift.class),
            row("D + 30", DateNodes.Shift.class),
            row("D - 30", DateNodes.Shift.class),
            row("D + 1.7", DateNodes.Shift.class),
            row("D - 1.7", DateNodes.Shift.class),
            row("D + -0.5", DateNodes.Shift.class),
            row("-2.9 + D", DateNodes.Shift.class),
            row("D - 0", DateNodes.Shift.class),
            row("D + 999999999999999", DateNodes.Shift.class),
            row("D - 1000000000000000", ValueNodes.Call2.class),
            row("D + NULL", ValueNodes.Call2.class),
            row("D - N - N", DateNodes.Shift.class),
            row("IF(B, D, D2) + 1", DateNodes.Shift.class),
            row("D - D2", DateNodes.Between.class),
            row("(D + N) - (D2 - 1)", DateNodes.Between.class),
            row("D - 30 > TODAY()", DateNodes.Compare.class),
            row("D - 30 < D2 + N", DateNodes.Compare.class),
            row("D = D2", DateNodes.Compare.class),
            row("D < D2", DateNodes.Compare.class),
            row("IF(B, D, D2) >= D2", DateNodes.Compare.class),
            row("D <> D2 - 0", DateNodes.Compare.class),
            row("D >= DATE(2024, 2, 29)", DateNodes.Compare.class),
            row("D - D2 > 30", DateNodes.CountCompare.class),
            row("30 <= D - D2", DateNodes.CountCompare.class),
            row("D - D2 = N", DateNodes.CountCompare.class),
            row("N <> D2 - D", DateNodes.CountCompare.class),
            row("TODAY() - D > 2.5", DateNodes.CountCompare.class),
            row("TODAY() - D < VALUE(\"1E+3\")", DateNodes.CountCompare.class),
            row("D + VALUE(\"1E+2\")", DateNodes.Shift.class),
            row("DATEVALUE(DT)", DateNodes.DateValue.class),
            row("DATEVALUE(DT) - 1", DateNodes.Shift.class),
            row("DATEVALUE(DT) = D", DateNodes.Compare.class),
            row("DATEVALUE(DT) + N > TODAY()", DateNodes.Compare.class),
            row("TODAY() - DATEVALUE(DT) >= 0", DateNodes.CountCompare.class),
            row("ADDMONTHS(D, N)", DateNodes.AddMonths.class),
            row("ADDMONTHS(D, 1)", DateNodes.AddMonths.class),
            row("ADDMONTHS(D, -13)", DateNodes.AddMonths.class),
            row("ADDMONTHS(D, 1.9)", DateNodes.AddMonths.class),
            row("ADDMONTHS(D, -0.5)", DateNodes.AddMonths.class),
            row("ADDMONTHS(D, 99999999999)", DateNodes.AddMonths.class),
            row("ADDMONTHS(D, NULL)", ValueNodes.Call2.class),
            row("ADDMONTHS(D, MONTH(D2) - 6)", DateNodes.AddMonths.class),
            row("ADDMONTHS(D, (D - D2) * 100)", DateNodes.AddMonths.class),
            row("ADDMONTHS(D + N, 12) - 1", DateNodes.Shift.class),
            row("D2 <> ADDMONTHS(D, N) - 1", DateNodes.Compare.class),
            row("DT + N", DateNodes.InstantShift.class),
            row("N + DT", DateNodes.InstantShift.class),
            row("DT - N", DateNodes.InstantShift.class),
            row("DT + 1", DateNodes.InstantShift.class),
            row("DT - 0.5", DateNodes.InstantShift.class),
            row("DT + 0.0000000058", DateNodes.InstantShift.class),
            row("DT - 0.0000000058", DateNodes.InstantShift.class),
            row("DT + 11574074", DateNodes.InstantShift.class),
            row("DT + 11574075", ValueNodes.Call2.class),
            row("DT - 30 > NOW()", CompareNodes.Ordered.class),
            row("DT + N < DT2", CompareNodes.Ordered.class),
            row("DATETIMEVALUE(D) + 1", DateNodes.InstantShift.class),
            row("TIMEVALUE(DT)", ValueNodes.Call1.class),
            row("DATETIMEVALUE(D)", ValueNodes.Call1.class));

    private static final LocalDate[] DATES = {null, LocalDate.of(1700, 1, 1), LocalDate.of(1700, 1, 31),
        LocalDate.of(4000, 12, 31), LocalDate.of(4000, 12, 1), LocalDate.of(2024, 2, 29), LocalDate.of(2023, 3, 1),
        LocalDate.of(2026, 3, 8), LocalDate.of(1699, 12, 31), LocalDate.MIN, LocalDate.MAX};
    private static final String[] NUMBERS = {null, "0", "30", "-30", "1.7", "-1.7", "0.5", "-0.5", "2.5", "1E+3",
        "999999999999999", "1000000000000000", "-1000000000000000", "12345.678", "1E-20", "0.00000000579", "365",
        "1000000000", "123456789", "-999999999", "1E+999999999", "838000", "-838000"};
    private static final Instant[] INSTANTS = {null, Instant.parse("1700-01-01T00:00:00Z"),
        Instant.parse("4000-12-31T23:59:59.999Z"), Instant.parse("2026-03-08T10:00:00Z"),
        Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2026-11-01T08:59:59Z"),
        Instant.parse("2026-03-10T10:00:00.123456789Z"), Instant.parse("1699-12-31T23:59:59Z"),
        Instant.parse("2024-02-29T23:59:59.500Z"), Instant.MIN, Instant.MAX, Instant.EPOCH};

    @Test
    void dateAndDateTimeArithmeticAgreesWithTheInterpreter() {
        List<EvalContext> clocks = new ArrayList<>();
        for (String now : new String[] {"2026-03-08T09:59:59Z", "2026-03-08T10:00:00Z", "2026-03-29T00:59:59Z",
            "2026-11-01T08:30:00Z", "2024-02-29T12:00:00Z"}) {
            for (String zone : new String[] {"UTC", "America/Los_Angeles", "Europe/Dublin", "Pacific/Kiritimati"}) {
                clocks.add(new EvalContext(Instant.parse(now), ZoneId.of(zone)));
            }
        }
        SpecialisedDifferential.Counts counts = SpecialisedDifferential.check(OBJECT, ROWS, DateArithmeticTest::records,
                clocks);
        assertTrue(counts.errors() > counts.comparisons() / 50, "the range edges are reached: " + counts.errors()
                + " errors in " + counts.comparisons());
        assertTrue(counts.errors() < counts.comparisons() / 2, "values are compared too: " + counts.errors()
                + " errors in " + counts.comparisons());
    }

    /** Every date, number and instant at least once, in seeded random combinations. */
    private static List<DataRecord> records(RecordType type) {
        Random random = new Random(20_261_208L);
        List<DataRecord> out = new ArrayList<>();
        int count = Math.max(DATES.length, Math.max(NUMBERS.length, INSTANTS.length)) * 6;
        for (int i = 0; i < count; i++) {
            String number = NUMBERS[i < NUMBERS.length ? i : random.nextInt(NUMBERS.length)];
            out.add(DataRecord.builder(type).id("r" + i)
                    .set("D", DATES[i < DATES.length ? i : random.nextInt(DATES.length)])
                    .set("D2", DATES[random.nextInt(DATES.length)])
                    .set("N", number == null ? null : new BigDecimal(number))
                    .set("DT", INSTANTS[i < INSTANTS.length ? i : random.nextInt(INSTANTS.length)])
                    .set("DT2", INSTANTS[random.nextInt(INSTANTS.length)])
                    .set("B", random.nextBoolean())
                    .build());
        }
        return out;
    }
}

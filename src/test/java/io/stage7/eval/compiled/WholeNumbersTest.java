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
 * Whole-number arithmetic on longs ({@link WholeNodes}) agrees with the interpreter, values and
 * scales alike: blanks, negative numbers, MOD by zero and by negatives, dates at both ends of
 * LocalDate's range, and expressions whose bound passes the limit, which keep the BigDecimal path.
 */
class WholeNumbersTest {
    private static final String OBJECT = """
            object T {
              D   Date
              D2  Date
              N   Number
              DT  DateTime
            }
            """;

    private static final List<SpecialisedDifferential.Row> ROWS = List.of(
            row("MONTH(D)", WholeNodes.DatePart.class),
            row("YEAR(D)", WholeNodes.DatePart.class),
            row("DAY(D)", WholeNodes.DatePart.class),
            row("WEEKDAY(D)", WholeNodes.DatePart.class),
            row("WEEKDAY(D + 3)", WholeNodes.DatePart.class),
            row("YEAR(D - 1)", WholeNodes.DatePart.class),
            row("MONTH(DATEVALUE(DT))", WholeNodes.DatePart.class),
            row("DAY(D2 + N)", WholeNodes.DatePart.class),
            row("MONTH(D) - 1", WholeNodes.Arithmetic.class),
            row("MOD(MONTH(D) - 1, 3)", WholeNodes.Arithmetic.class),
            row("MOD(MONTH(D) - 13, 3)", WholeNodes.Arithmetic.class),
            row("MOD(MONTH(D) - 13, -5)", WholeNodes.Arithmetic.class),
            row("MOD(DAY(D), MONTH(D2) - MONTH(D2))", WholeNodes.Arithmetic.class),
            row("MOD(DAY(D), 0)", WholeNodes.Arithmetic.class),
            row("MOD(D - D2, 7)", WholeNodes.Arithmetic.class),
            row("MOD(N, 3)", ValueNodes.Call2.class),
            row("MOD(DAY(D), 2.5)", ValueNodes.Call2.class),
            row("YEAR(D) * 12 + MONTH(D) - (YEAR(D2) * 12 + MONTH(D2))", WholeNodes.Arithmetic.class),
            row("YEAR(D) * YEAR(D2)", ValueNodes.Call2.class),
            row("(D - D2) * 100", WholeNodes.Arithmetic.class),
            row("(D - D2) * 1000", ValueNodes.Call2.class),
            row("DAY(D) + 2147483647", WholeNodes.Arithmetic.class),
            row("DAY(D) + 2147483648", ValueNodes.Call2.class),
            row("DAY(D) + 1.0", ValueNodes.Call2.class),
            row("DAY(D) + N", ValueNodes.Call2.class),
            row("MOD(MONTH(D) - 1, 3) <> 0", WholeNodes.Compare.class),
            row("DAY(D) = 15", WholeNodes.Compare.class),
            row("15 < DAY(D)", WholeNodes.Compare.class),
            row("YEAR(D) > YEAR(D2)", WholeNodes.Compare.class),
            row("YEAR(D) >= YEAR(TODAY())", WholeNodes.Compare.class),
            row("WEEKDAY(D) <= -3", WholeNodes.Compare.class),
            row("D - D2 - 1 > 30", WholeNodes.Compare.class),
            row("DAY(D) = 15.0", CompareNodes.Ordered.class),
            row("DAY(D) = N", CompareNodes.Ordered.class),
            row("TEXT(MOD(D - D2, 10) * 3)", ValueNodes.Call1.class),
            row("YEAR(D) - 1 = YEAR(TODAY()) - 1", WholeNodes.Compare.class));

    private static final LocalDate[] DATES = {null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 15),
        LocalDate.of(2024, 2, 29), LocalDate.of(2026, 12, 31), LocalDate.of(1969, 12, 28), LocalDate.of(1970, 1, 4),
        LocalDate.of(-40, 6, 30), LocalDate.of(1700, 1, 1), LocalDate.of(4000, 12, 31), LocalDate.MIN, LocalDate.MAX,
        LocalDate.of(2026, 5, 28)};
    private static final String[] NUMBERS = {null, "0", "3", "-3", "1.5", "-0.5", "40", "1E+2", "-400000"};
    private static final Instant[] INSTANTS = {null, Instant.parse("2026-03-31T23:59:59Z"), Instant.EPOCH,
        Instant.parse("1969-12-31T23:59:59.999Z"), Instant.parse("4000-12-31T23:59:59Z")};

    @Test
    void wholeNumberArithmeticAgreesWithTheInterpreter() {
        List<EvalContext> clocks = List.of(new EvalContext(Instant.parse("2026-05-28T16:20:00Z"), ZoneId.of("UTC")),
                new EvalContext(Instant.parse("2026-12-31T23:30:00Z"), ZoneId.of("Pacific/Kiritimati")));
        SpecialisedDifferential.Counts counts = SpecialisedDifferential.check(OBJECT, ROWS, WholeNumbersTest::records,
                clocks);
        assertTrue(counts.errors() > 0, "MOD by zero and the date range edges are reached");
        assertTrue(counts.errors() < counts.comparisons() / 4, "values are compared too: " + counts.errors()
                + " errors in " + counts.comparisons());
    }

    /** Every date, number and instant at least once, in seeded random combinations. */
    private static List<DataRecord> records(RecordType type) {
        Random random = new Random(20_261_208L);
        List<DataRecord> out = new ArrayList<>();
        for (int i = 0; i < DATES.length * 8; i++) {
            String number = NUMBERS[i < NUMBERS.length ? i : random.nextInt(NUMBERS.length)];
            out.add(DataRecord.builder(type).id("r" + i)
                    .set("D", DATES[i < DATES.length ? i : random.nextInt(DATES.length)])
                    .set("D2", DATES[random.nextInt(DATES.length)])
                    .set("N", number == null ? null : new BigDecimal(number))
                    .set("DT", INSTANTS[i < INSTANTS.length ? i : random.nextInt(INSTANTS.length)])
                    .build());
        }
        return out;
    }
}

package io.stage7.eval.compiled;

import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Seeded random records of {@link FormulaGenerator#OBJECTS}' T, about a quarter of each field blank,
 * with {@link Values#ORDINARY ordinary} or {@link Values#EXTREME extreme} field values.
 */
final class RandomRecords {
    /** The field values records are made of. */
    record Values(String[] texts, BigDecimal[] numbers, LocalDate[] dates, Instant[] instants, LocalTime[] times) {
        static final Values ORDINARY = new Values(TEXTS, map(NUMBERS, BigDecimal::new, BigDecimal[]::new), map(DATES, LocalDate::parse, LocalDate[]::new),
                map(INSTANTS, Instant::parse, Instant[]::new), map(TIMES, LocalTime::parse, LocalTime[]::new));

        /** Values at the ends of each type's range: what an API caller, not a data file, can put in a record. */
        static final Values EXTREME = new Values(
                new String[] {"a", "a".repeat(io.stage7.functions.TextFunctions.MAX_TEXT_LENGTH), "%".repeat(100_000), "\\".repeat(1_000),
                    "a".repeat(40), "1e999999999", "Ünïcode"},
                map(new String[] {"0", "999999999999999999", "-999999999999999999", "1E+999999999", "-1E+999999999",
                    "1E-999999999", "1E+30", "0.000000000000000001", "2147483648", "123456789012345678.9"},
                    BigDecimal::new, BigDecimal[]::new),
                new LocalDate[] {LocalDate.MIN, LocalDate.MAX, LocalDate.of(1700, 1, 1), LocalDate.of(4000, 12, 31),
                    LocalDate.of(1, 1, 1), LocalDate.of(2026, 3, 31)},
                new Instant[] {Instant.MIN, Instant.MAX, Instant.parse("1700-01-01T00:00:00Z"),
                    Instant.parse("4000-12-31T23:59:59.999Z"), Instant.parse("0001-01-01T00:00:00Z"),
                    Instant.parse("2026-03-30T16:45:00Z")},
                new LocalTime[] {LocalTime.MIN, LocalTime.MAX, LocalTime.NOON});
    }

    private static final String[] TEXTS = {"a", "abc", " a b ", "12", "1.5", "x@y.com", "Gold", "b", "ab%c",
        "2026-03-10", "10:30:00", "Ünïcode", "a\"b<c>"};
    private static final String[] NUMBERS = {"0", "1", "-1", "2.5", "2.50", "0.1", "100", "12345.678", "-0.5",
        "1000000", "3", "0.25", "99999999999"};
    private static final String[] DATES = {"2026-03-31", "2026-03-10", "2024-02-29", "2025-12-31", "2026-01-01",
        "1970-01-01", "2026-03-27"};
    private static final String[] INSTANTS = {"2026-03-10T10:00:00Z", "2026-03-30T16:45:00Z", "2026-03-31T23:59:59Z",
        "2026-01-30T07:00:00Z", "2026-03-17T12:00:00Z", "2026-03-14T09:00:00Z", "2026-04-29T16:31:00Z"};
    private static final String[] TIMES = {"00:00", "08:00", "16:30", "16:30:00.001", "23:59:59.999", "12:00"};
    private static final String[] CLOCKS = {"2026-03-10T12:00:00Z", "2026-03-30T16:45:00Z", "2026-04-01T00:30:00Z"};

    private final Random random;
    private final Values values;

    RandomRecords(long seed) {
        this(seed, Values.ORDINARY);
    }

    RandomRecords(long seed, Values values) {
        this.random = new Random(seed);
        this.values = values;
    }

    DataRecord next(RecordType type, String id) {
        return DataRecord.builder(type).id(id)
                .set("T1", text()).set("T2", text())
                .set("N1", number()).set("N2", number()).set("C1", number()).set("P1", number())
                .set("B1", random.nextBoolean()).set("B2", random.nextBoolean())
                .set("D1", date()).set("D2", date())
                .set("DT1", instant()).set("DT2", instant())
                .set("TM1", time()).set("TM2", time())
                .set("PK", blank() ? null : pick(new String[] {"a", "b", "c"}))
                .set("MP", blank() ? null : selections())
                .set("Acct", blank() ? null : "001A")
                .set("Acct.Name", text()).set("Acct.Tier", blank() ? null : pick(new String[] {"Gold", "Silver"}))
                .set("Acct.Hold", random.nextBoolean())
                .build();
    }

    /**
     * The record's prior version, or none (a new record) for about a third of records: another
     * random version for a third, and for the rest the record with about a third of its fields
     * redrawn, so unchanged fields are common too.
     */
    java.util.Optional<DataRecord> prior(DataRecord record) {
        int kind = random.nextInt(3);
        if (kind == 0) {
            return java.util.Optional.empty();
        }
        DataRecord other = next(record.type(), record.id());
        if (kind == 1) {
            return java.util.Optional.of(other);
        }
        io.stage7.eval.RecordBuilder before = DataRecord.builder(record.type()).id(record.id());
        for (int slot = 0; slot < record.type().size(); slot++) {
            before.set(slot, random.nextInt(3) == 0 ? other.value(slot) : record.value(slot));
        }
        return java.util.Optional.of(before.build());
    }

    EvalContext clock() {
        return new EvalContext(Instant.parse(pick(CLOCKS)),
                ZoneId.of(random.nextBoolean() ? "UTC" : "America/Los_Angeles"));
    }

    private TreeSet<String> selections() {
        TreeSet<String> set = new TreeSet<>();
        for (String value : List.of("x", "y", "z")) {
            if (random.nextBoolean()) {
                set.add(value);
            }
        }
        return set;
    }

    private boolean blank() {
        return random.nextInt(4) == 0;
    }

    private String text() {
        return blank() ? null : pick(values.texts);
    }

    private BigDecimal number() {
        return blank() ? null : pick(values.numbers);
    }

    private LocalDate date() {
        return blank() ? null : pick(values.dates);
    }

    private Instant instant() {
        return blank() ? null : pick(values.instants);
    }

    private LocalTime time() {
        return blank() ? null : pick(values.times);
    }

    private <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static <T> T[] map(String[] texts, java.util.function.Function<String, T> parse,
                               java.util.function.IntFunction<T[]> array) {
        return java.util.Arrays.stream(texts).map(parse).toArray(array);
    }
}

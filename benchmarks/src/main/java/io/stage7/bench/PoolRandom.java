package io.stage7.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** The seeded draws the peer pools are made of: blanks, picks, boundaries and subsets. */
final class PoolRandom {
    private final SplittableRandom random;

    PoolRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** {@code value}, or blank with probability {@code blank}. */
    <T> T maybe(double blank, T value) {
        return chance(blank) ? null : value;
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** A whole number from {@code from} (inclusive) to {@code to} (exclusive). */
    int between(int from, int to) {
        return random.nextInt(from, to);
    }

    /** A fraction with two decimals (a Percent from percent units), {@code 0.00} to {@code maxPercent / 100}. */
    BigDecimal percent(int maxPercent) {
        return BigDecimal.valueOf(random.nextInt(maxPercent + 1), 2);
    }

    /** Log-uniform from {@code low} to {@code high}, in cents. */
    BigDecimal amount(double low, double high) {
        double log = Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low));
        return BigDecimal.valueOf(Math.round(Math.exp(log) * 100), 2);
    }

    LocalDate day(LocalDate around, int from, int to) {
        return around.plusDays(random.nextInt(from, to));
    }

    /** A minute of the {@code days} days from {@code start}. */
    Instant minute(Instant start, int days) {
        return start.plus(Duration.ofMinutes(random.nextLong(days * 24L * 60)));
    }

    /** Each value with probability {@code p}; blank when none is chosen. */
    TreeSet<String> subset(double p, String... values) {
        TreeSet<String> chosen = new TreeSet<>();
        for (String value : values) {
            if (chance(p)) {
                chosen.add(value);
            }
        }
        return chosen.isEmpty() ? null : chosen;
    }
}

package io.stage7.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over seeded generated cases: our own small replacement for a property-based
 * testing library. Each case draws from its own {@link SplittableRandom}, derived from the suite's
 * seed and the case index, so one failing case replays alone. A failure names the seed and the
 * index, and the system properties that replay it:
 * <ul>
 *   <li>{@code -Dstage7.fuzz.seed=N}: run every property with seed N instead of its own;</li>
 *   <li>{@code -Dstage7.fuzz.cases=N}: run N cases per property instead of its default;</li>
 *   <li>{@code -Dstage7.fuzz.case=I}: run only case I (with the seed the failure printed).</li>
 * </ul>
 */
final class Fuzz {
    private Fuzz() {
    }

    /**
     * Checks {@code property} on {@code cases} inputs drawn by {@code generator}; the system
     * properties above override the seed and the number of cases.
     */
    static <T> void forAll(long seed, int cases, Function<SplittableRandom, T> generator, Consumer<T> property) {
        long runSeed = Long.getLong("stage7.fuzz.seed", seed);
        int runCases = Integer.getInteger("stage7.fuzz.cases", cases);
        Integer only = Integer.getInteger("stage7.fuzz.case");
        int from = only == null ? 0 : only;
        int to = only == null ? runCases : only + 1;
        for (int index = from; index < to; index++) {
            try {
                property.accept(generator.apply(random(runSeed, index)));
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                throw new AssertionError("fuzz case failed: seed " + runSeed + ", case " + index
                        + "; replay with -Dstage7.fuzz.seed=" + runSeed + " -Dstage7.fuzz.case=" + index
                        + "\n" + e.getMessage(), e);
            }
        }
    }

    /** The random source of case {@code index}: independent of every other case's. */
    static SplittableRandom random(long seed, int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    /** One of {@code choices}, uniformly. */
    static <T> T oneOf(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /**
     * A string of up to {@code maxLength} characters, mostly printable ASCII, with control
     * characters, other Unicode characters and supplementary code points mixed in.
     */
    static String anyString(SplittableRandom random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                out.append((char) random.nextInt(0x20, 0x7F));
            } else if (kind < 7) {
                out.append((char) random.nextInt(0x00, 0x20));
            } else if (kind < 8) {
                out.append((char) random.nextInt(0x7F, 0xA0));
            } else if (kind < 9) {
                out.append((char) random.nextInt(0xA0, 0xD800));
            } else {
                out.appendCodePoint(random.nextInt(0x10000, 0x110000));
            }
        }
        return out.toString();
    }
}

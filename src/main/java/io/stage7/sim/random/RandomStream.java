package io.stage7.sim.random;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * One named source of random numbers: xoshiro256** (Blackman and Vigna, 2018), whose 256-bit
 * state is derived from (seed, replication, name) by {@link RandomStreams}.
 *
 * <p>xoshiro256** is fast, passes BigCrush, and has period 2<sup>256</sup> − 1, so streams
 * started from independent hashed states do not overlap in any feasible run. The generator is
 * written out here, rather than obtained from {@code RandomGeneratorFactory}, so that its output
 * for a seed is fixed by this code and not by the JDK. Not thread-safe: a stream belongs to one
 * replication.
 */
public final class RandomStream implements RandomGenerator {

    /** SplitMix64's increment: the odd integer closest to 2^64 / φ. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final String name;
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    RandomStream(String name, long s0, long s1, long s2, long s3) {
        this.name = Objects.requireNonNull(name, "name");
        if ((s0 | s1 | s2 | s3) == 0) {
            // The one state xoshiro cannot leave; a hash output of all zeros is never expected.
            s0 = 0x9E3779B97F4A7C15L;
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }

    /** The name this stream was requested under. */
    public String name() {
        return name;
    }

    @Override
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /**
     * A new stream for one entity (an opportunity, say), seeded from this stream's next output:
     * the 64-bit value is expanded into the four words of state by SplitMix64, the seeding its
     * authors recommend. Splitting consumes one value of this stream, so entities split off in a
     * fixed order (arrival order) get the same streams in every configuration: each entity's draws
     * stay with it whatever happens to the others (common random numbers).
     *
     * @param childName the new stream's name, for messages
     */
    public RandomStream split(String childName) {
        long seed = nextLong();
        long s0 = splitMix64(seed += GOLDEN_GAMMA);
        long s1 = splitMix64(seed += GOLDEN_GAMMA);
        long s2 = splitMix64(seed += GOLDEN_GAMMA);
        long s3 = splitMix64(seed + GOLDEN_GAMMA);
        return new RandomStream(childName, s0, s1, s2, s3);
    }

    /** SplitMix64's output function (Steele, Lea and Flood, 2014). */
    private static long splitMix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in [0, 1), from the top 53 bits of {@link #nextLong()}. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * A uniform double in the open interval (0, 1): never 0 or 1, so it can go straight into an
     * inverse CDF or a logarithm. Equivalent to {@link Uniforms#open(RandomGenerator)}.
     */
    public double nextOpenDouble() {
        return Uniforms.open(this);
    }

    @Override
    public String toString() {
        return "RandomStream[" + name + "]";
    }
}

package io.stage7.sim.random;

import java.util.random.RandomGenerator;

/** Uniform variates built from {@link RandomGenerator#nextLong()} alone, so they are the same on every JDK. */
final class Uniforms {

    private Uniforms() {
    }

    /**
     * A uniform double in the open interval (0, 1): the top 52 bits plus one half, scaled. The
     * smallest value is 2<sup>-53</sup> and the largest 1 − 2<sup>-53</sup>, both exact (with 53
     * bits the largest would round up to 1).
     */
    static double open(RandomGenerator generator) {
        return ((generator.nextLong() >>> 12) + 0.5) * 0x1.0p-52;
    }

    /** A uniform double in [0, 1). */
    static double halfOpen(RandomGenerator generator) {
        return (generator.nextLong() >>> 11) * 0x1.0p-53;
    }
}

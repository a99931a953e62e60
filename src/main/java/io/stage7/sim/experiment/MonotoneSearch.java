package io.stage7.sim.experiment;

import java.util.OptionalInt;

/**
 * The smallest integer in [min, max] that passes a test assumed monotone (fails below some
 * value, passes from it on), probed one value at a time: from a starting guess, step away with
 * doubling steps until the answer is bracketed, then bisect. A hint (for example the headcount
 * that makes the queue stable) may replace a step when it jumps further.
 *
 * <p>The answer is always backed by evidence: the returned value passed, and the value below it
 * failed (or is below min).
 */
final class MonotoneSearch {

    private final int min;
    private final int max;
    private final int start;
    /** The highest value known to fail (min − 1 when none). */
    private int failing;
    /** The lowest value known to pass (max + 1 when none). */
    private int passing;
    private int upStep = 1;
    private int downStep = 1;
    private boolean started;
    private OptionalInt hint = OptionalInt.empty();

    MonotoneSearch(int min, int max, int start) {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
        this.start = Math.max(min, Math.min(max, start));
        failing = min - 1;
        passing = max + 1;
    }

    /** The next value to test, or empty when the answer is known. */
    OptionalInt next() {
        if (!started) {
            return OptionalInt.of(start);
        }
        if (passing == failing + 1) {
            return OptionalInt.empty();
        }
        int candidate;
        if (passing > max) {
            candidate = failing + upStep;
            upStep *= 2;
            if (hint.isPresent() && hint.getAsInt() > candidate) {
                candidate = hint.getAsInt();
            }
        } else if (failing < min) {
            candidate = passing - downStep;
            downStep *= 2;
            if (hint.isPresent() && hint.getAsInt() < candidate) {
                candidate = hint.getAsInt();
            }
        } else {
            candidate = (failing + passing) >>> 1;
        }
        hint = OptionalInt.empty();
        return OptionalInt.of(Math.max(Math.max(min, failing + 1), Math.min(Math.min(max, passing - 1), candidate)));
    }

    /**
     * The outcome of testing {@code value}; {@code nextHint}, if present, is where the caller
     * expects the boundary to be, used for the next step only.
     */
    void record(int value, boolean passes, OptionalInt nextHint) {
        started = true;
        if (passes) {
            passing = Math.min(passing, value);
        } else {
            failing = Math.max(failing, value);
        }
        if (failing >= passing) {
            // The test was not monotone at this resolution (noise): trust the latest evidence.
            if (passes) {
                failing = value - 1;
            } else {
                passing = value + 1;
            }
        }
        hint = nextHint;
    }

    /** The smallest passing value, once {@link #next()} is empty; empty when even max fails. */
    OptionalInt answer() {
        return passing <= max ? OptionalInt.of(passing) : OptionalInt.empty();
    }
}

package io.stage7.sim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.OptionalInt;
import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonotoneSearchTest {

    /** Runs the search against a threshold test and returns {answer or -1, probes}. */
    private static int[] search(int min, int max, int start, IntPredicate passes) {
        MonotoneSearch search = new MonotoneSearch(min, max, start);
        int probes = 0;
        for (OptionalInt next = search.next(); next.isPresent(); next = search.next()) {
            probes++;
            int value = next.getAsInt();
            assertTrue(value >= min && value <= max, "probe " + value + " out of bounds");
            search.record(value, passes.test(value), OptionalInt.empty());
        }
        return new int[]{search.answer().orElse(-1), probes};
    }

    @ParameterizedTest
    @CsvSource({"1, 30, 10, 1", "1, 30, 10, 7", "1, 30, 10, 10", "1, 30, 10, 11", "1, 30, 10, 30",
            "1, 30, 1, 29", "0, 100, 50, 0", "5, 5, 5, 5", "1, 1000, 3, 731"})
    void findsTheSmallestPassingValueInLogarithmicallyManyProbes(int min, int max, int start, int threshold) {
        int[] result = search(min, max, start, value -> value >= threshold);
        assertEquals(threshold, result[0]);
        int range = max - min + 1;
        int bound = 2 * (32 - Integer.numberOfLeadingZeros(range)) + 2;
        assertTrue(result[1] <= bound, result[1] + " probes, more than " + bound);
    }

    @Test
    void saysSoWhenEvenTheUpperBoundFails() {
        int[] result = search(1, 30, 10, value -> false);
        assertEquals(-1, result[0]);
    }

    @Test
    void aHintJumpsStraightToTheBoundary() {
        MonotoneSearch search = new MonotoneSearch(1, 100, 2);
        assertEquals(2, search.next().getAsInt());
        search.record(2, false, OptionalInt.of(40));
        assertEquals(40, search.next().getAsInt());
        search.record(40, true, OptionalInt.empty());
        assertEquals(21, search.next().getAsInt(), "then bisects between the failing 2 and the passing 40");
    }
}

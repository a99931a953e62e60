package io.stage7.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SimTimeTest {

    @Test
    void hoursBecomeMillisecondsRoundedToTheNearest() {
        assertEquals(900_000, SimTime.millisFromHours(0.25));
        assertEquals(43_200_000, SimTime.millisFromHours(12));
        assertEquals(1, SimTime.millisFromHours(0.6 / SimTime.MILLIS_PER_HOUR));
        assertEquals(0, SimTime.millisFromHours(0));
        assertEquals(0.25, SimTime.hoursFromMillis(900_000), 0);
    }

    @Test
    void aDurationThatIsNegativeOrNotANumberIsABug() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimTime.millisFromHours(-1));
        assertEquals("a duration must be a finite, non-negative number of hours, got -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimTime.millisFromHours(Double.NaN));
    }

    @Test
    void aDurationPastTheClocksRangeEndsAfterAnyHorizonInsteadOfOverflowing() {
        long longest = SimTime.millisFromHours(Double.POSITIVE_INFINITY);
        assertEquals(longest, SimTime.millisFromHours(1e13));
        assertEquals(longest, SimTime.millisFromHours(Double.MAX_VALUE));
        assertEquals(Long.MAX_VALUE / 2, longest, SimTime.MILLIS_PER_HOUR);
    }
}

package io.stage7.sim.random;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** {@link RandomStream#split}: an entity's own stream, fixed by the parent's state alone. */
class RandomStreamSplitTest {

    private static long[] first(RandomStream stream, int n) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = stream.nextLong();
        }
        return values;
    }

    @Test
    void theNthSplitIsTheSameStreamWhateverIsDrawnFromTheSplitsBeforeIt() {
        RandomStream parent = RandomStreams.of(42).stream("opportunities");
        RandomStream firstChild = parent.split("opportunity");
        first(firstChild, 1000); // an opportunity that draws a lot
        long[] second = first(parent.split("opportunity"), 5);

        RandomStream again = RandomStreams.of(42).stream("opportunities");
        again.split("opportunity"); // one that draws nothing
        assertEquals(Arrays.toString(second), Arrays.toString(first(again.split("opportunity"), 5)));
    }

    @Test
    void splittingTakesOneValueOfTheParentAndGivesADifferentStream() {
        RandomStream parent = RandomStreams.of(7).stream("opportunities");
        RandomStream reference = RandomStreams.of(7).stream("opportunities");
        RandomStream child = parent.split("opportunity");
        reference.nextLong();
        assertEquals(reference.nextLong(), parent.nextLong());
        assertNotEquals(Arrays.toString(first(RandomStreams.of(7).stream("opportunities"), 4)),
                Arrays.toString(first(child, 4)));
        assertEquals("opportunity", child.name());
    }
}

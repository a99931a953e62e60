package io.stage7.sim.trace;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Fingerprints of ids: repeats found among many, each repeated print named once. */
class IdPrintsTest {

    @Test
    void repeatedFingerprintsAreNamedOnceInOrder() {
        IdPrints prints = new IdPrints();
        for (int i = 0; i < 100_000; i++) {
            prints.add("OPP-" + i);
        }
        prints.add("OPP-42");
        prints.add("OPP-42");
        prints.add("OPP-99999");
        long a = IdPrints.fingerprint("OPP-42");
        long b = IdPrints.fingerprint("OPP-99999");
        long[] expected = a < b ? new long[]{a, b} : new long[]{b, a};
        assertArrayEquals(expected, prints.repeated());
    }

    @Test
    void distinctIdsHaveDistinctPrints() {
        IdPrints prints = new IdPrints();
        for (int i = 0; i < 200_000; i++) {
            prints.add(Integer.toString(i, 36));
        }
        assertEquals(0, prints.repeated().length);
        assertNotEquals(IdPrints.fingerprint("ab"), IdPrints.fingerprint("ba"));
    }
}

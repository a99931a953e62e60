package io.stage7.records;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link IdIndex} answers exactly as a {@code HashMap<String, Integer>} of first lines would. */
class IdIndexTest {

    @Test
    void answersAsAMapOfFirstLinesOnRandomIdsWithRepeats() {
        Random random = new Random(11);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            pool.add(randomId(random));
        }
        check(random, pool, 60_000);
    }

    @Test
    void idsWhoseJavaHashCodesCollideStayApart() {
        // "Aa" and "BB" have the same String.hashCode, so every string of n such pairs shares one.
        List<String> pool = new ArrayList<>();
        for (int mask = 0; mask < 1 << 12; mask++) {
            StringBuilder id = new StringBuilder();
            for (int bit = 0; bit < 12; bit++) {
                id.append((mask >> bit & 1) == 0 ? "Aa" : "BB");
            }
            pool.add(id.toString());
        }
        check(new Random(12), pool, 10_000);
    }

    @Test
    void idsLongerThanAChunkAndEmptyAndNonAsciiIdsAreKept() {
        List<String> pool = List.of("x".repeat(300_000), "x".repeat(300_001), "", "Ωμέγα-1", "Ωμέγα-2", "😀", "a\u0000b");
        check(new Random(13), pool, 60);
    }

    private static void check(Random random, List<String> pool, int lookups) {
        IdIndex index = new IdIndex();
        Map<String, Integer> expected = new HashMap<>();
        for (int line = 1; line <= lookups; line++) {
            String id = pool.get(random.nextInt(pool.size()));
            Integer first = expected.putIfAbsent(id, line);
            assertEquals(first == null ? -1 : first, index.firstLine(id, line), "line " + line + ", id of length " + id.length());
        }
        assertEquals(expected.size(), index.size());
    }

    private static String randomId(Random random) {
        StringBuilder id = new StringBuilder();
        int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 16);
        for (int i = 0; i < length; i++) {
            id.append(random.nextInt(8) == 0 ? (char) (0x80 + random.nextInt(0x700)) : (char) ('0' + random.nextInt(75)));
        }
        return id.toString();
    }
}

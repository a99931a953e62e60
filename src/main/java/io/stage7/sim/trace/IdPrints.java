package io.stage7.sim.trace;

import java.util.Arrays;

/**
 * The ids of a trace's rows as 64-bit fingerprints, 8 bytes a row instead of the ids themselves,
 * to find duplicate ids in a file too long to hold. Fingerprints that occur more than once name
 * the few ids worth a closer look: the scan reads those rows' ids again and compares them
 * exactly, so two ids that merely share a fingerprint are never reported.
 */
final class IdPrints {

    private long[] prints = new long[1 << 10];
    private int size;

    void add(String id) {
        if (size == prints.length) {
            prints = Arrays.copyOf(prints, prints.length + (prints.length >> 1));
        }
        prints[size++] = fingerprint(id);
    }

    /**
     * The fingerprints added more than once, sorted; the fingerprints are dropped (nothing can be
     * added after this).
     */
    long[] repeated() {
        long[] sorted = prints;
        int n = size;
        prints = null;
        Arrays.sort(sorted, 0, n);
        long[] repeated = new long[0];
        int count = 0;
        for (int i = 1; i < n; i++) {
            if (sorted[i] == sorted[i - 1] && (count == 0 || repeated[count - 1] != sorted[i])) {
                if (count == repeated.length) {
                    repeated = Arrays.copyOf(repeated, Math.max(8, count * 2));
                }
                repeated[count++] = sorted[i];
            }
        }
        return Arrays.copyOf(repeated, count);
    }

    /** FNV-1a over the UTF-16 units, then the SplitMix64 finalizer. */
    static long fingerprint(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }
}

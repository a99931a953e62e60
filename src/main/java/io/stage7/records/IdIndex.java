package io.stage7.records;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ids a data file has given so far, each with the line it was first given on, held in about
 * 25 bytes an id (for ids of a dozen characters) rather than the hundred or so of a
 * {@code HashMap<String, Integer>}: this is what lets a million-row export be checked for
 * duplicate ids in a small heap. Exact: ids are kept whole, as UTF-8 bytes in large shared
 * chunks, and compared byte for byte.
 *
 * <p>Ids are hashed with a polynomial over the prime field 2^61 − 1 whose base is drawn at
 * random per index, so no crafted set of ids can make them all collide (two distinct ids of
 * length n collide with probability at most n / 2^61, whatever they are). Which ids collide
 * changes only the time taken, never the answer: output does not depend on the draw.
 * Not thread-safe: one reader checks the ids in file order.
 */
final class IdIndex {
    private static final long PRIME = (1L << 61) - 1;
    /**
     * Chunks of 256 KB: under half of G1's smallest region (1 MB, in heaps up to 2 GB), so a
     * chunk is an ordinary object; a 1 MB chunk was "humongous" and took two whole regions.
     */
    private static final int CHUNK_BITS = 18;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int MAX_CHUNKS = 1 << (31 - CHUNK_BITS);

    private final long base = 256 + ThreadLocalRandom.current().nextLong(PRIME - 512);
    /** Entries, {@code [line: 4 bytes][length: varint][UTF-8 bytes]}; none spans two chunks. */
    private byte[][] chunks = new byte[8][];
    private int chunkCount;
    private int used = CHUNK_SIZE;
    /** Open addressing, linear probing: an entry's reference + 1, or 0 when the slot is empty. */
    private int[] table = new int[1024];
    private int size;

    /**
     * The line {@code id} was first given on; or, when this is its first time, -1 after
     * recording it as given on {@code line}.
     */
    int firstLine(String id, int line) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        int mask = table.length - 1;
        for (int slot = spread(hash(bytes, 0, bytes.length)) & mask; ; slot = (slot + 1) & mask) {
            int reference = table[slot];
            if (reference == 0) {
                table[slot] = add(bytes, line) + 1;
                if (++size > table.length / 4 * 3) {
                    grow();
                }
                return -1;
            }
            if (holds(reference - 1, bytes)) {
                return lineAt(reference - 1);
            }
        }
    }

    /** How many distinct ids were given. */
    int size() {
        return size;
    }

    private int add(byte[] bytes, int line) {
        int needed = 4 + varintLength(bytes.length) + bytes.length;
        if (CHUNK_SIZE - used < needed) {
            if (chunkCount == MAX_CHUNKS) {
                throw new IllegalStateException("more than 2 GB of ids in one file");
            }
            if (chunkCount == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunkCount * 2);
            }
            // An id longer than a chunk gets a chunk of its own, still referenced from its start.
            chunks[chunkCount++] = new byte[Math.max(CHUNK_SIZE, needed)];
            used = 0;
        }
        byte[] chunk = chunks[chunkCount - 1];
        int reference = ((chunkCount - 1) << CHUNK_BITS) | used;
        int at = used;
        chunk[at++] = (byte) (line >>> 24);
        chunk[at++] = (byte) (line >>> 16);
        chunk[at++] = (byte) (line >>> 8);
        chunk[at++] = (byte) line;
        for (int length = bytes.length; ; length >>>= 7) {
            if (length < 0x80) {
                chunk[at++] = (byte) length;
                break;
            }
            chunk[at++] = (byte) (length & 0x7F | 0x80);
        }
        System.arraycopy(bytes, 0, chunk, at, bytes.length);
        used = Math.min(CHUNK_SIZE, at + bytes.length);
        return reference;
    }

    private int lineAt(int reference) {
        byte[] chunk = chunks[reference >>> CHUNK_BITS];
        int at = reference & (CHUNK_SIZE - 1);
        return (chunk[at] & 0xFF) << 24 | (chunk[at + 1] & 0xFF) << 16 | (chunk[at + 2] & 0xFF) << 8 | chunk[at + 3] & 0xFF;
    }

    /** Whether the entry at {@code reference} is the id {@code bytes}. */
    private boolean holds(int reference, byte[] bytes) {
        byte[] chunk = chunks[reference >>> CHUNK_BITS];
        int length = length(chunk, reference);
        int at = start(reference, length);
        return length == bytes.length && Arrays.equals(chunk, at, at + length, bytes, 0, length);
    }

    /** The length of the id in the entry at {@code reference}, in bytes. */
    private static int length(byte[] chunk, int reference) {
        int at = (reference & (CHUNK_SIZE - 1)) + 4;
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = chunk[at++];
            length |= (b & 0x7F) << shift;
            if (b >= 0) {
                return length;
            }
        }
    }

    /** Where the bytes of the id in the entry at {@code reference} start. */
    private static int start(int reference, int length) {
        return (reference & (CHUNK_SIZE - 1)) + 4 + varintLength(length);
    }

    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        int mask = table.length - 1;
        for (int reference : old) {
            if (reference == 0) {
                continue;
            }
            byte[] chunk = chunks[(reference - 1) >>> CHUNK_BITS];
            int length = length(chunk, reference - 1);
            int slot = spread(hash(chunk, start(reference - 1, length), length)) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = reference;
        }
    }

    private long hash(byte[] bytes, int from, int length) {
        long h = 0;
        for (int i = from; i < from + length; i++) {
            h = multiply(h, base) + (bytes[i] & 0xFF) + 1;
            if (h >= PRIME) {
                h -= PRIME;
            }
        }
        return h;
    }

    /** {@code a * b mod 2^61 − 1} for {@code a, b < 2^61 − 1}. */
    private static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        long r = (low & PRIME) + ((low >>> 61) | (high << 3));
        if (r >= PRIME) {
            r -= PRIME;
        }
        return r >= PRIME ? r - PRIME : r;
    }

    /** The hash's bits mixed so that the low ones, which pick the slot, depend on all of them. */
    private static int spread(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }

    private static int varintLength(int length) {
        int bytes = 1;
        while (length >= 0x80) {
            length >>>= 7;
            bytes++;
        }
        return bytes;
    }
}

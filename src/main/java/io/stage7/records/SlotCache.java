package io.stage7.records;

import io.stage7.eval.RecordType;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link RowBuilder#slotOf} remembered per key as written: a JSON Lines file names the same keys
 * on every line, and finding a slot ignoring case (lower-casing the key, then a lookup) was a
 * tenth of the time spent reading a line. Shared by the threads parsing one file's rows. Only
 * keys that name a slot are kept, at most {@link #LIMIT} per object, so a file of made-up keys
 * cannot grow it.
 */
final class SlotCache {
    static final int LIMIT = 4096;

    private final Map<RecordType, Map<String, Integer>> byType = new ConcurrentHashMap<>();

    OptionalInt slotOf(RecordType type, String path) {
        Map<String, Integer> slots = byType.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
        Integer known = slots.get(path);
        if (known != null) {
            return OptionalInt.of(known);
        }
        OptionalInt slot = RowBuilder.slotOf(type, path);
        if (slot.isPresent() && slots.size() < LIMIT) {
            slots.put(path, slot.getAsInt());
        }
        return slot;
    }
}

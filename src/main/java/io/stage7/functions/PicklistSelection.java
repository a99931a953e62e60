package io.stage7.functions;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * A multi-select picklist value whose selections are all among the field's declared values,
 * held as bits over those values ({@link Values}): {@code INCLUDES} of a declared literal is one
 * bit test. It is an unmodifiable {@link SortedSet} in the natural order of its strings, equal to
 * (and hashing, printing and iterating as) the {@code TreeSet} of the same values, so every API
 * that takes or gives a {@code SortedSet<String>} works with it unchanged.
 */
public final class PicklistSelection extends AbstractSet<String> implements SortedSet<String> {
    private final Values values;
    /** The bits of the first 64 values, in {@link Values}' order. */
    private final long low;
    /** The bits of the values past the first 64, 64 a word; null when the field declares 64 or fewer. */
    private final long[] high;

    private PicklistSelection(Values values, long low, long[] high) {
        this.values = values;
        this.low = low;
        this.high = high;
    }

    /**
     * The declared values of a picklist field, sorted as strings sort, each with its bit. One
     * instance per distinct declaration (interned), so a compiled rule recognizes the selections
     * of its field by identity.
     */
    public static final class Values {
        /** Distinct declarations kept; past this many, new ones are not interned (still correct, only slower). */
        private static final int INTERNED = 4096;
        private static final Map<List<String>, Values> KNOWN = new ConcurrentHashMap<>();

        private final String[] sorted;
        private final Map<String, Integer> bits;

        private Values(List<String> declared) {
            this.sorted = new TreeSet<>(declared).toArray(new String[0]);
            Map<String, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < sorted.length; i++) {
                index.put(sorted[i], i);
            }
            this.bits = Map.copyOf(index);
        }

        /**
         * The last declarations asked for, by the identity of their (immutable) list: a field
         * hands out the same list every time, and every multi-select value a reader or builder makes asks for
         * its field's values, so this spares hashing and comparing the whole declared list per
         * value. Entries are immutable, so a race only costs a lookup in {@link #KNOWN}.
         */
        private static final AtomicReferenceArray<Recent> RECENT = new AtomicReferenceArray<>(16);

        private record Recent(List<String> declared, Values values) {
        }

        /** The values of a declaration, {@code declared} as the field lists them. */
        public static Values of(List<String> declared) {
            int at = System.identityHashCode(declared) & (RECENT.length() - 1);
            Recent recent = RECENT.getPlain(at);
            if (recent != null && recent.declared == declared) {
                return recent.values;
            }
            Values values = lookUp(declared);
            if (List.copyOf(declared) == declared) { // immutable (a field's list is): safe to know by identity
                RECENT.setRelease(at, new Recent(declared, values));
            }
            return values;
        }

        private static Values lookUp(List<String> declared) {
            Values known = KNOWN.get(declared);
            if (known != null) {
                return known;
            }
            Values made = new Values(declared);
            if (KNOWN.size() >= INTERNED) {
                return made;
            }
            Values raced = KNOWN.putIfAbsent(List.copyOf(declared), made);
            return raced != null ? raced : made;
        }

        /** The bit of a declared value, or -1 for a value the field does not declare. */
        public int bit(String value) {
            Integer bit = value == null ? null : bits.get(value);
            return bit == null ? -1 : bit;
        }

        int size() {
            return sorted.length;
        }
    }

    /**
     * The selections as a multi-select value of a field declaring {@code values}: blank
     * ({@code null}) when none is selected, a {@link PicklistSelection} when every one is declared,
     * else (an unrestricted picklist's extra values) an unmodifiable {@code TreeSet}.
     *
     * @throws ClassCastException when a selection is not a String
     */
    public static SortedSet<String> of(Values values, Collection<?> selections) {
        if (selections.isEmpty()) {
            return null;
        }
        if (selections instanceof PicklistSelection selection && selection.values == values) {
            return selection;
        }
        long low = 0;
        long[] high = values.size() > 64 ? new long[(values.size() - 1) / 64] : null;
        for (Object element : selections) {
            String value = (String) element;
            int bit = values.bit(value);
            if (bit < 0) {
                TreeSet<String> copy = new TreeSet<>();
                for (Object each : selections) {
                    copy.add((String) each);
                }
                return Collections.unmodifiableSortedSet(copy);
            }
            if (bit < 64) {
                low |= 1L << bit;
            } else {
                high[(bit >> 6) - 1] |= 1L << bit;
            }
        }
        return new PicklistSelection(values, low, high);
    }

    /** Whether the value of {@code bit} (a bit of {@link #values()}) is selected: INCLUDES of a declared value. */
    public boolean has(int bit) {
        return bit < 64 ? (low & 1L << bit) != 0 : (high[(bit >> 6) - 1] & 1L << bit) != 0;
    }

    /** The declared values this selection is over. */
    public Values values() {
        return values;
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        int bit = values.bit(text);
        return bit >= 0 && has(bit);
    }

    @Override
    public int size() {
        int size = Long.bitCount(low);
        if (high != null) {
            for (long word : high) {
                size += Long.bitCount(word);
            }
        }
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = nextSet(0);

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public String next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                String value = values.sorted[next];
                next = nextSet(next + 1);
                return value;
            }
        };
    }

    private int nextSet(int from) {
        for (int bit = from; bit < values.sorted.length; bit++) {
            if (has(bit)) {
                return bit;
            }
        }
        return -1;
    }

    @Override
    public Comparator<? super String> comparator() {
        return null; // natural order, as a TreeSet of strings
    }

    @Override
    public String first() {
        return iterator().next();
    }

    @Override
    public String last() {
        String last = null;
        for (String value : this) {
            last = value;
        }
        if (last == null) {
            throw new NoSuchElementException();
        }
        return last;
    }

    @Override
    public SortedSet<String> subSet(String fromElement, String toElement) {
        return snapshot().subSet(fromElement, toElement);
    }

    @Override
    public SortedSet<String> headSet(String toElement) {
        return snapshot().headSet(toElement);
    }

    @Override
    public SortedSet<String> tailSet(String fromElement) {
        return snapshot().tailSet(fromElement);
    }

    /** The same values as an unmodifiable TreeSet: this set never changes, so its views may be the copy's. */
    private SortedSet<String> snapshot() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(this));
    }

    @Override
    public boolean add(String value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends String> values) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> values) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection<?> values) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeIf(Predicate<? super String> filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }
}

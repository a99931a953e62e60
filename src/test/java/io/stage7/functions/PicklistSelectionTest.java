package io.stage7.functions;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A selection held as bits is, to every SortedSet caller, the TreeSet of the same values, and cannot change. */
class PicklistSelectionTest {

    @Test
    void actsAsTheTreeSetOfItsValues() {
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            declared.add("value " + (149 - i)); // declared out of order: bits follow the sorted order
        }
        PicklistSelection.Values values = PicklistSelection.Values.of(declared);
        assertSame(values, PicklistSelection.Values.of(List.copyOf(declared)), "one instance per declaration");
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            TreeSet<String> expected = new TreeSet<>();
            for (String value : declared) {
                if (random.nextInt(round % 5 + 2) == 0) {
                    expected.add(value);
                }
            }
            SortedSet<String> selection = PicklistSelection.of(values, expected);
            if (expected.isEmpty()) {
                assertNull(selection, "no selection is blank");
                continue;
            }
            assertTrue(selection instanceof PicklistSelection);
            assertEquals(expected, selection);
            assertEquals(selection, expected);
            assertEquals(expected.hashCode(), selection.hashCode());
            assertEquals(expected.toString(), selection.toString());
            assertEquals(List.copyOf(expected), List.copyOf(selection), "iterates in sorted order");
            assertEquals(expected.first(), selection.first());
            assertEquals(expected.last(), selection.last());
            assertEquals(expected.headSet("value 5"), selection.headSet("value 5"));
            assertEquals(expected.tailSet("value 5"), selection.tailSet("value 5"));
            for (String value : declared) {
                assertEquals(expected.contains(value), selection.contains(value), value);
                int bit = values.bit(value);
                assertEquals(expected.contains(value), ((PicklistSelection) selection).has(bit), value);
            }
            assertTrue(!selection.contains("undeclared") && !selection.contains(null));
            assertThrows(UnsupportedOperationException.class, () -> selection.add("value 1"));
            assertThrows(UnsupportedOperationException.class, () -> selection.remove(expected.first()));
            assertThrows(UnsupportedOperationException.class, selection::clear);
            assertThrows(UnsupportedOperationException.class, () -> selection.iterator().remove());
        }
    }

    @Test
    void anUndeclaredValueMakesAnUnmodifiableSortedCopy() {
        PicklistSelection.Values values = PicklistSelection.Values.of(List.of("a", "b"));
        SortedSet<String> mixed = PicklistSelection.of(values, List.of("b", "c"));
        assertEquals(new TreeSet<>(List.of("b", "c")), mixed);
        assertTrue(!(mixed instanceof PicklistSelection));
        assertThrows(UnsupportedOperationException.class, () -> mixed.add("a"));
        assertEquals(-1, values.bit("c"));
    }
}

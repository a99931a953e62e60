package io.stage7.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {

    @Test
    void suggestsTheClosestNameWithinAFewEdits() {
        assertEquals(Optional.of("Amount"), Suggestions.closest("Amout", List.of("Name", "Amount", "Account")));
        assertEquals(Optional.of("EMEA"), Suggestions.closest("EMAE", List.of("APAC", "EMEA")), "a swap is one edit");
        assertEquals(Optional.of("Opportunity"), Suggestions.closest("opportunity", List.of("Opportunity")));
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertEquals(Optional.empty(), Suggestions.closest("Zebra", List.of("Amount", "Name")));
        assertEquals(Optional.empty(), Suggestions.closest("x".repeat(100_000), List.of("Amount")));
        assertEquals(Optional.empty(), Suggestions.closest("EoW", List.of()));
    }
}

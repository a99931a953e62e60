package io.stage7.functions;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A constant REGEX compiled once answers as {@link TextFunctions#regex(String, String)} does, on any thread, after any error. */
class CompiledRegexTest {
    private static final String EMAIL = "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";

    @Test
    void answersAsTheLibrary() {
        TextFunctions.CompiledRegex email = TextFunctions.CompiledRegex.of(EMAIL);
        for (String text : new String[] {"ap@dunmore.example", "ap at dunmore", "", null, " a@b.cd", "a@b.cd"}) {
            assertEquals(TextFunctions.regex(text, EMAIL), email.matches(text), String.valueOf(text));
        }
        assertTrue(TextFunctions.CompiledRegex.of("").matches(null), "a blank text matches the empty pattern");
        assertFalse(TextFunctions.CompiledRegex.of("x?y").matches(""));
    }

    @Test
    void aTooComplicatedMatchLeavesTheThreadsMatcherUsable() {
        TextFunctions.CompiledRegex catastrophic = TextFunctions.CompiledRegex.of("((a+)+)+b");
        String text = "a".repeat(40);
        FormulaError error = assertThrows(FormulaError.class, () -> catastrophic.matches(text));
        assertTrue(error.getMessage().endsWith("Regex too complicated"), error.getMessage());
        assertTrue(catastrophic.matches("aaab"), "the step count starts again for the next text");
        assertFalse(catastrophic.matches("aaa"));
    }

    @Test
    void threadsDoNotShareAMatcher() throws Exception {
        TextFunctions.CompiledRegex email = TextFunctions.CompiledRegex.of(EMAIL);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < 20_000; i++) {
                        boolean valid = (i + thread) % 2 == 0;
                        String text = valid ? "user" + i + "@example.com" : "user" + i + " at example";
                        wrong += email.matches(text) == valid ? 0 : 1;
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(0, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

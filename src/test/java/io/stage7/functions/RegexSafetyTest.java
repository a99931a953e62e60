package io.stage7.functions;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RegexSafety}'s classification: the patterns it calls linear read each character of any
 * text a bounded number of times (counted here on adversarial and random texts up to the longest
 * it matches unguarded), so the unguarded match gives the guarded match's answer; catastrophic
 * patterns, and what it does not read, keep the guard.
 */
class RegexSafetyTest {
    private static final List<String> LINEAR = List.of(
            "", "abc", "[A-Z]{2}-\\d{4}", "\\d{5}(-\\d{4})?", "[^@\\s]+@[^@\\s]+", "^[A-Z][a-z]*$",
            "(USD|EUR|GBP)", "(?:PO|SO)-\\d+", "\\d+(\\.\\d+)?", "[a-c]+", "a*b*c*", "[0-9]{3}-[0-9]{3}-[0-9]{4}",
            "(?<code>[A-Z]{3})\\d{2,5}", "\\p{L}{2}\\d+", "[\\w&&[^_]]x".substring(0, 0) + "\\w+@", "x\\.y", "a+?b",
            "a*+b", "a.*", "(a?)c", "\\bSO\\d+\\b", "[-a-z]+:\\d+", "\\x41+B", "\\u00e9+e");
    private static final List<String> GUARDED = List.of(
            "(a+)+$", "(a|aa)*b", "(\\w+\\s?)*$", "((a+)+)+b", "(a|aa)+", "(.*a){20}", "a*+a", ".*@.*", "\\d*\\d*x",
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}", "(a|a)b", "(a?)*c", "(x)\\1", "(?=a)a", "(?i)abc",
            "a|", "\\Qa+\\E", "(ab)*", "(ab){2}", "[a-z]+[aeiou]", "\\w+\\d", "(?>a+)b", "[a[b]]+c");

    @Test
    void linearPatternsAreMatchedWithoutTheGuard() {
        for (String pattern : LINEAR) {
            assertTrue(RegexSafety.maxUnguardedLength(pattern) > 10_000, pattern + " is linear");
            assertTrue(TextFunctions.CompiledRegex.of(pattern).unguarded(), pattern);
        }
    }

    @Test
    void catastrophicAndUnreadPatternsKeepTheGuard() {
        for (String pattern : GUARDED) {
            Pattern.compile(pattern); // every one is a valid pattern
            assertEquals(-1, RegexSafety.maxUnguardedLength(pattern), pattern + " keeps the guard");
            assertTrue(!TextFunctions.CompiledRegex.of(pattern).unguarded(), pattern);
        }
    }

    @Test
    void aLinearPatternReadsTheLongestUnguardedTextWithinTheStepLimitAndAnswersAsTheGuard() {
        Random random = new Random(20_261_208L);
        for (String pattern : LINEAR) {
            int longest = RegexSafety.maxUnguardedLength(pattern);
            Pattern compiled = Pattern.compile(pattern);
            TextFunctions.CompiledRegex unguarded = TextFunctions.CompiledRegex.of(pattern);
            String alphabet = "aAbz0159_-@. \t\n\u00e9xPOSUDE:" + pattern.replaceAll("[\\\\{}()\\[\\]]", "");
            for (int t = 0; t < 60; t++) {
                String text = t < alphabet.length()
                        ? String.valueOf(alphabet.charAt(t)).repeat(longest) + (t % 2 == 0 ? "!" : "")
                        : randomText(random, alphabet, t % 3 == 0 ? longest : random.nextInt(40));
                if (text.length() > longest) {
                    text = text.substring(0, longest);
                }
                Counted counted = new Counted(text);
                boolean matched = compiled.matcher(counted).matches();
                assertTrue(counted.reads <= TextFunctions.MAX_REGEX_STEPS, pattern + " read a text of " + text.length()
                        + " characters " + counted.reads + " times");
                assertEquals(TextFunctions.regex(text, pattern), matched, pattern);
                assertEquals(matched, unguarded.matches(text), pattern);
            }
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            int run = random.nextInt(4) == 0 ? 1 + random.nextInt(length + 1) : 1;
            for (int i = 0; i < run && out.length() < length; i++) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A text that counts its character reads. */
    private static final class Counted implements CharSequence {
        private final String text;
        long reads;

        Counted(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}

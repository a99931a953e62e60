package io.stage7.syntax;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Characters that look like a character of the language but are not one: typographic quotes,
 * dashes and operators that word processors, web pages and Salesforce Help put into copied
 * formulas, and full-width forms. Each maps to the ASCII text meant, so a message can name both
 * and the front end can read on as if the right text had been typed.
 */
final class LookAlikes {
    private static final Map<Integer, String> MEANT = Map.ofEntries(
            Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x201E, "\""), Map.entry(0x201F, "\""),
            Map.entry(0x2033, "\""), Map.entry(0x00AB, "\""), Map.entry(0x00BB, "\""),
            Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201A, "'"), Map.entry(0x201B, "'"),
            Map.entry(0x2032, "'"), Map.entry(0x02BC, "'"), Map.entry(0x00B4, "'"), Map.entry(0x0060, "'"),
            Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2013, "-"),
            Map.entry(0x2014, "-"), Map.entry(0x2015, "-"), Map.entry(0x2212, "-"), Map.entry(0xFE63, "-"),
            Map.entry(0x00D7, "*"), Map.entry(0x2217, "*"), Map.entry(0x00F7, "/"), Map.entry(0x2215, "/"),
            Map.entry(0x2044, "/"), Map.entry(0x2260, "<>"), Map.entry(0x2264, "<="), Map.entry(0x2265, ">="),
            Map.entry(0x2227, "&&"), Map.entry(0x2228, "||"), Map.entry(0x00AC, "!"));

    private LookAlikes() {
    }

    /** The ASCII text {@code codePoint} was meant to be ({@code "<="} for U+2264), if it is a look-alike. */
    static Optional<String> meant(int codePoint) {
        if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
            // Full-width ASCII, as East Asian input methods type it: U+FF01 is '!', offset by 0xFEE0.
            return Optional.of(String.valueOf((char) (codePoint - 0xFEE0)));
        }
        return Optional.ofNullable(MEANT.get(codePoint));
    }

    /** Whether {@code codePoint} is a look-alike of a quote, which only a whole string can replace. */
    static boolean isQuote(int codePoint) {
        return meant(codePoint).filter(text -> text.equals("\"") || text.equals("'")).isPresent();
    }

    /** {@code U+201C LEFT DOUBLE QUOTATION MARK}: the code point and, when Java knows it, its Unicode name. */
    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name);
    }
}

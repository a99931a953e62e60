package io.stage7.functions;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Text operators and functions. Positions and lengths count UTF-16 code units, as Java and
 * Apex strings do. Blank text ({@code null} or {@code ""}) in gives blank ({@code null}) out
 * unless a method says otherwise, and no method returns {@code ""}.
 *
 * <p>A function whose result would be longer than {@link #MAX_TEXT_LENGTH} characters throws
 * {@code #Error! Text longer than 131,072 characters} instead of building it.
 */
public final class TextFunctions {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * The longest text a function returns: 131,072 characters, the largest text field Salesforce
     * has (Long Text Area), so any text a Salesforce record can hold passes, while
     * {@code LPAD(x, 1E9)} or nested {@code SUBSTITUTE}s fail fast instead of exhausting memory.
     * (Salesforce's own formula limits are smaller: 3,900 characters of formula source, about 1,300
     * of a Text formula's displayed result.)
     */
    public static final int MAX_TEXT_LENGTH = 131_072;

    /**
     * How many times {@code REGEX} may read a character of its input: 1,000,000, Apex's limit
     * ("Regex too complicated"). A pattern that backtracks catastrophically, such as
     * {@code (a+)+b} on a long run of a's, fails fast instead of running for hours; so does one
     * that would overflow the stack ({@code (a|aa)+} on thousands of a's).
     */
    public static final int MAX_REGEX_STEPS = 1_000_000;

    /**
     * The longest {@code REGEX} pattern: 3,900 characters, Salesforce's limit on a whole formula,
     * so no pattern a formula can spell is refused; a longer one, built from data, is
     * {@code #Error! Regular expression longer than 3,900 characters} (compiling a long literal
     * pattern takes time quadratic in its length).
     */
    public static final int MAX_REGEX_LENGTH = 3_900;

    private TextFunctions() {
    }

    /**
     * {@code a & b}: concatenation. Blank text counts as {@code ""}, so
     * {@code "a" & blank = "a"}; only two blanks give blank. Over {@link #MAX_TEXT_LENGTH}
     * characters is an error.
     */
    public static String concat(String a, String b) {
        if (isBlank(a)) {
            return blankToNull(b);
        }
        if (isBlank(b)) {
            return a;
        }
        requireLength((long) a.length() + b.length());
        return a.concat(b);
    }

    /** {@code LEN(text)}: the number of characters; 0 for blank text. */
    public static BigDecimal len(String text) {
        return count(text == null ? 0 : text.length());
    }

    /**
     * The length {@code TRIM(text)} would have (0 for blank), without making the trimmed text:
     * {@code LEN(TRIM(x))} is {@code count} of it and {@code ISBLANK(TRIM(x))} is it being 0.
     */
    public static int trimmedLength(String text) {
        if (text == null) {
            return 0;
        }
        int start = trimmedStart(text);
        return trimmedEnd(text, start) - start;
    }

    /** The index of the first character that is not a space or tab (the length if none). */
    private static int trimmedStart(String text) {
        int start = 0;
        while (start < text.length() && isSpaceOrTab(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** One past the last character at or after {@code start} that is not a space or tab. */
    private static int trimmedEnd(String text, int start) {
        int end = text.length();
        while (end > start && isSpaceOrTab(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** {@code LEN(TRIM(text))}, without making the trimmed text. */
    public static BigDecimal lenOfTrim(String text) {
        return count(trimmedLength(text));
    }

    /** {@code TRIM(text)}: removes spaces and tabs from both ends (Salesforce: "spaces and tabs"). */
    public static String trim(String text) {
        if (isBlank(text)) {
            return null;
        }
        int start = trimmedStart(text);
        return blankToNull(text.substring(start, trimmedEnd(text, start)));
    }

    /**
     * {@code UPPER(text)}: upper case by Unicode's locale-independent rules. Salesforce's
     * optional locale argument is not supported.
     */
    public static String upper(String text) {
        return isBlank(text) ? null : checkLength(text.toUpperCase(Locale.ROOT));
    }

    /** {@code LOWER(text)}: lower case by Unicode's locale-independent rules. */
    public static String lower(String text) {
        return isBlank(text) ? null : checkLength(text.toLowerCase(Locale.ROOT));
    }

    /**
     * {@code LEFT(text, num_chars)}: the first {@code num_chars} characters, or all of them.
     * Salesforce: "if the num_chars value is less than zero, Salesforce replaces the value with
     * zero" (the result is blank).
     */
    public static String left(String text, BigDecimal numChars) {
        if (isBlank(text) || numChars == null) {
            return null;
        }
        int n = MathFunctions.clampToInt(numChars);
        if (n <= 0) {
            return null;
        }
        return n >= text.length() ? text : text.substring(0, n);
    }

    /** {@code RIGHT(text, num_chars)}: the last {@code num_chars} characters; negative counts as 0. */
    public static String right(String text, BigDecimal numChars) {
        if (isBlank(text) || numChars == null) {
            return null;
        }
        int n = MathFunctions.clampToInt(numChars);
        if (n <= 0) {
            return null;
        }
        return n >= text.length() ? text : text.substring(text.length() - n);
    }

    /**
     * {@code MID(text, start_num, num_chars)}: {@code num_chars} characters from the 1-based
     * position {@code start_num}. Salesforce's doc is silent on out-of-range arguments; Stage7
     * follows Apex's {@code String.mid}: a start before 1 counts as 1, a negative count as 0,
     * and a start beyond the end or a count running past it return what is there (blank if
     * nothing).
     */
    public static String mid(String text, BigDecimal startNum, BigDecimal numChars) {
        if (isBlank(text) || startNum == null || numChars == null) {
            return null;
        }
        long begin = Math.max(1, MathFunctions.clampToInt(startNum)) - 1L;
        int count = MathFunctions.clampToInt(numChars);
        if (count <= 0 || begin >= text.length()) {
            return null;
        }
        long end = Math.min(text.length(), begin + count);
        return text.substring((int) begin, (int) end);
    }

    /**
     * {@code CONTAINS(text, compare_text)}: TRUE if {@code text} contains {@code compare_text},
     * case-sensitively. Salesforce "considers a BLANK value as true": a blank
     * {@code compare_text} is contained in anything. Blank {@code text} contains nothing else.
     */
    public static boolean contains(String text, String compareText) {
        if (isBlank(compareText)) {
            return true;
        }
        return !isBlank(text) && text.contains(compareText);
    }

    /**
     * {@code BEGINS(text, compare_text)}: TRUE if {@code text} begins with
     * {@code compare_text}, case-sensitively. A blank {@code compare_text} matches. For blank
     * {@code text} Salesforce says "fields that are blank are considered valid" in validation
     * rules whichever way the rule is written, so the result is blank ({@code null}), which
     * never fires a rule.
     */
    public static Boolean begins(String text, String compareText) {
        if (isBlank(compareText)) {
            return Boolean.TRUE;
        }
        if (isBlank(text)) {
            return null;
        }
        return text.startsWith(compareText);
    }

    /** {@code FIND(search_text, text)}: {@link #find(String, String, BigDecimal)} from position 1. */
    public static BigDecimal find(String searchText, String text) {
        return find(searchText, text, BigDecimal.ONE);
    }

    /**
     * {@code FIND(search_text, text, start_num)}: the 1-based position of {@code search_text}
     * in {@code text} at or after {@code start_num}, case-sensitively, or 0 when absent. As
     * Salesforce documents: 0 when {@code text} is blank, when {@code start_num} is 0 or
     * negative, or when it is beyond the end. Where the doc is silent, a blank
     * {@code search_text} is never found (0) and a blank {@code start_num} gives blank.
     */
    public static BigDecimal find(String searchText, String text, BigDecimal startNum) {
        if (startNum == null) {
            return null;
        }
        int start = MathFunctions.clampToInt(startNum);
        if (isBlank(text) || isBlank(searchText) || start <= 0 || start > text.length()) {
            return BigDecimal.ZERO;
        }
        return count(text.indexOf(searchText, start - 1) + 1);
    }

    /**
     * {@code SUBSTITUTE(text, old_text, new_text)}: replaces every occurrence of
     * {@code old_text}, left to right without overlaps. A blank {@code new_text} deletes; a
     * blank {@code old_text} leaves {@code text} unchanged (Salesforce's doc is silent). The
     * result's length is computed before it is built: over {@link #MAX_TEXT_LENGTH} is an error.
     */
    public static String substitute(String text, String oldText, String newText) {
        if (isBlank(text)) {
            return null;
        }
        if (isBlank(oldText)) {
            return text;
        }
        String replacement = newText == null ? "" : newText;
        if (replacement.length() > oldText.length()) {
            long length = text.length();
            for (int i = text.indexOf(oldText); i >= 0; i = text.indexOf(oldText, i + oldText.length())) {
                length += replacement.length() - oldText.length();
                requireLength(length);
            }
        }
        return blankToNull(text.replace(oldText, replacement));
    }

    /**
     * {@code REGEX(text, regex_text)}: TRUE if the <em>whole</em> text matches the Java regular
     * expression. Blank text is matched as {@code ""} (why Salesforce's own examples end their
     * patterns in {@code ?} to accept blank fields). An invalid pattern is an error. When the
     * pattern is a constant, compile it once with {@link #compileRegex} and call
     * {@link #regex(String, Pattern)}.
     */
    public static boolean regex(String text, String regexText) {
        return regex(text, compileRegex(regexText == null ? "" : regexText));
    }

    /** {@code REGEX} with a precompiled pattern. */
    public static boolean regex(String text, Pattern pattern) {
        if (isBlank(text)) {
            return pattern.matcher("").matches();
        }
        return matchCounted(pattern.matcher(""), new CountedText(), text);
    }

    /** Matches {@code text} in full with a matcher over a reusable counted text. */
    private static boolean matchCounted(Matcher matcher, CountedText counted, String text) {
        counted.reset(text);
        try {
            return matcher.reset(counted).matches();
        } catch (StackOverflowError deepBacktracking) {
            // java.util.regex recurses once per repetition of a group: (a|b)+ on a long text
            throw new FormulaError("Regex too complicated");
        } finally {
            counted.reset(null); // hold no reference to the text between calls
        }
    }

    /**
     * A constant {@code REGEX} pattern, compiled once: {@link #matches} is {@link #regex(String, Pattern)}
     * without allocating, as each thread keeps its own matcher and counted text for the pattern
     * (a match cannot start another match on the same thread, so one per thread is enough). A
     * pattern that cannot backtrack catastrophically ({@link RegexSafety}) matches texts short
     * enough to stay within the step limit directly, without counting its reads.
     */
    public static final class CompiledRegex {
        private final Pattern pattern;
        private final boolean matchesBlank;
        private final int maxUnguardedLength;
        private final ThreadLocal<Reader> readers;

        private CompiledRegex(Pattern pattern) {
            this.pattern = pattern;
            this.matchesBlank = pattern.matcher("").matches();
            this.maxUnguardedLength = RegexSafety.maxUnguardedLength(pattern.pattern());
            this.readers = ThreadLocal.withInitial(() -> new Reader(pattern.matcher("")));
        }

        /** Whether the pattern is matched without the step count (on texts up to a length). */
        public boolean unguarded() {
            return maxUnguardedLength >= 0;
        }

        /** Compiles a constant pattern; an invalid one throws the same FormulaError as {@link #compileRegex}. */
        public static CompiledRegex of(String regexText) {
            return new CompiledRegex(compileRegex(regexText));
        }

        /** {@code REGEX(text, pattern)}: whether the whole text matches. */
        public boolean matches(String text) {
            if (isBlank(text)) {
                return matchesBlank;
            }
            Reader reader = readers.get();
            if (text.length() <= maxUnguardedLength) {
                Matcher matcher = reader.matcher;
                try {
                    return matcher.reset(text).matches();
                } finally {
                    matcher.reset(""); // hold no reference to the text between calls
                }
            }
            return matchCounted(reader.matcher, reader.text, text);
        }

        @Override
        public String toString() {
            return pattern.pattern();
        }

        private static final class Reader {
            final Matcher matcher;
            final CountedText text = new CountedText();

            Reader(Matcher matcher) {
                this.matcher = matcher;
            }
        }
    }

    /** Compiles a {@code REGEX} pattern; an invalid one is {@code #Error! Invalid regular expression}. */
    public static Pattern compileRegex(String regexText) {
        if (regexText.length() > MAX_REGEX_LENGTH) {
            throw new FormulaError("Regular expression longer than 3,900 characters");
        }
        try {
            return Pattern.compile(regexText);
        } catch (PatternSyntaxException e) {
            throw new FormulaError("Invalid regular expression: " + e.getDescription());
        }
    }

    /** {@code LPAD(text, padded_length)}: pads with spaces on the left. */
    public static String lpad(String text, BigDecimal paddedLength) {
        return pad(text, paddedLength, " ", true);
    }

    /**
     * {@code LPAD(text, padded_length, pad_string)}: inserts {@code pad_string}, repeated and
     * cut to fit, on the left until the text is {@code padded_length} long. Salesforce: "if
     * the value in text is longer than padded_length, text is truncated to the size of
     * padded_length" (keeping its left part). Where the doc is silent: blank text gives blank,
     * a length of 0 or less gives blank, and a blank {@code pad_string} only truncates. A
     * {@code padded_length} over {@link #MAX_TEXT_LENGTH} is
     * {@code #Error! Text longer than 131,072 characters}.
     */
    public static String lpad(String text, BigDecimal paddedLength, String padString) {
        return pad(text, paddedLength, padString, true);
    }

    /** {@code RPAD(text, padded_length)}: pads with spaces on the right. */
    public static String rpad(String text, BigDecimal paddedLength) {
        return pad(text, paddedLength, " ", false);
    }

    /** {@code RPAD(text, padded_length, pad_string)}: as {@link #lpad(String, BigDecimal, String)}, on the right. */
    public static String rpad(String text, BigDecimal paddedLength, String padString) {
        return pad(text, paddedLength, padString, false);
    }

    /** {@code REVERSE(text)}: the characters in reverse order (surrogate pairs kept whole). */
    public static String reverse(String text) {
        return isBlank(text) ? null : new StringBuilder(text).reverse().toString();
    }

    /**
     * {@code INITCAP(text)}: "returns the text as lowercase with the first character of each
     * word in uppercase". Words are separated by whitespace (the doc does not define a word):
     * {@code INITCAP("o'NEIL-smith jr") = "O'neil-smith Jr"}.
     */
    public static String initcap(String text) {
        if (isBlank(text)) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean startOfWord = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out.appendCodePoint(startOfWord ? Character.toTitleCase(cp) : Character.toLowerCase(cp));
            startOfWord = Character.isWhitespace(cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * {@code ISNUMBER(text)}: TRUE if the text is a number: optional sign, digits with an
     * optional decimal point, optional exponent ({@code "2E2"} is TRUE, per Salesforce). FALSE
     * for blank, for spaces and for locale formats such as {@code "1 000"} or {@code "123,12"}.
     */
    public static boolean isNumber(String text) {
        return !isBlank(text) && NUMBER.matcher(text).matches();
    }

    /** {@code ASCII(text)}: the code point of the first character ({@code ASCII("A") = 65}). */
    public static BigDecimal ascii(String text) {
        return isBlank(text) ? null : BigDecimal.valueOf(text.codePointAt(0));
    }

    /**
     * {@code CHR(number)}: the character with that code point ({@code CHR(65) = "A"}). Outside
     * 1 to 0x10FFFF, or a lone surrogate, is {@code #Error! Invalid character code}.
     */
    public static String chr(BigDecimal code) {
        if (code == null) {
            return null;
        }
        int cp = MathFunctions.clampToInt(code);
        if (cp < 1 || cp > Character.MAX_CODE_POINT || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
            throw new FormulaError("Invalid character code " + MathFunctions.describe(code));
        }
        return new String(Character.toChars(cp));
    }

    /**
     * {@code HTMLENCODE(text)}: replaces the characters reserved in HTML with entities:
     * {@code & < > " '} become {@code &amp; &lt; &gt; &quot; &#39;}.
     */
    public static String htmlEncode(String text) {
        if (isBlank(text)) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            out = append(out, text, i, entity, c);
        }
        return out == null ? text : checkLength(out.toString());
    }

    /**
     * {@code JSENCODE(text)}: escapes characters unsafe in a JavaScript string literal with a
     * backslash: {@code \ ' "} and line breaks; {@code < >} become {@code \u003C \u003E} so
     * the text cannot close a script element. (Salesforce names the apostrophe and backslash;
     * the rest of the set is Stage7's choice.)
     */
    public static String jsEncode(String text) {
        if (isBlank(text)) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '\'' -> "\\'";
                case '"' -> "\\\"";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '<' -> "\\u003C";
                case '>' -> "\\u003E";
                default -> null;
            };
            out = append(out, text, i, escape, c);
        }
        return out == null ? text : checkLength(out.toString());
    }

    /**
     * {@code URLENCODE(text)}: percent-encodes the UTF-8 bytes of every character outside
     * RFC 3986's unreserved set ({@code A-Z a-z 0-9 - . _ ~}), as Salesforce documents: a space
     * is {@code %20}, {@code !} is {@code %21}.
     */
    public static String urlEncode(String text) {
        if (isBlank(text)) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        requireLength(bytes.length); // each byte is one character or three
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return checkLength(out.toString());
    }

    /** True for blank text: {@code null} or {@code ""}. */
    public static boolean isBlank(String text) {
        return text == null || text.isEmpty();
    }

    /** The canonical form of a text value: {@code ""} becomes {@code null}. */
    public static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static boolean matchesNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    private static String pad(String text, BigDecimal paddedLength, String padString, boolean left) {
        if (isBlank(text) || paddedLength == null) {
            return null;
        }
        int length = MathFunctions.clampToInt(paddedLength);
        if (length <= 0) {
            return null;
        }
        requireLength(length);
        if (text.length() >= length) {
            return text.substring(0, length);
        }
        if (isBlank(padString)) {
            return text;
        }
        StringBuilder out = new StringBuilder(length);
        int fill = length - text.length();
        if (!left) {
            out.append(text);
        }
        for (int i = 0; i < fill; i++) {
            out.append(padString.charAt(i % padString.length()));
        }
        if (left) {
            out.append(text);
        }
        return out.toString();
    }

    /** The text itself, or {@code #Error! Text longer than ...} when it is over the limit. */
    static String checkLength(String text) {
        requireLength(text.length());
        return text;
    }

    /** Lengths and positions up to this are shared constants: LEN and FIND allocate nothing for them. */
    private static final int SHARED_COUNTS = 1_024;
    private static final BigDecimal[] COUNTS = new BigDecimal[SHARED_COUNTS + 1];

    static {
        for (int i = 0; i <= SHARED_COUNTS; i++) {
            COUNTS[i] = BigDecimal.valueOf(i);
        }
    }

    /** A non-negative count or position as a Number: a shared constant when small. */
    private static BigDecimal count(int n) {
        return n <= SHARED_COUNTS ? COUNTS[n] : BigDecimal.valueOf(n);
    }

    /** Throws {@code #Error! Text longer than ...} when a result of {@code length} would be over the limit. */
    static void requireLength(long length) {
        if (length > MAX_TEXT_LENGTH) {
            throw new FormulaError("Text longer than 131,072 characters");
        }
    }

    /** The text a REGEX reads, counting character reads against {@link #MAX_REGEX_STEPS}. */
    private static final class CountedText implements CharSequence {
        private String text;
        private int steps;

        /** Reads {@code text} from the start of the step count. */
        void reset(String text) {
            this.text = text;
            this.steps = 0;
        }

        @Override
        public char charAt(int index) {
            if (++steps > MAX_REGEX_STEPS) {
                throw new FormulaError("Regex too complicated");
            }
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

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    /** Appends one character or its replacement, allocating the builder only once something changes. */
    private static StringBuilder append(StringBuilder out, String text, int index, String replacement, char c) {
        if (replacement == null) {
            if (out != null) {
                out.append(c);
            }
            return out;
        }
        StringBuilder result = out;
        if (result == null) {
            result = new StringBuilder(text.length() + 16).append(text, 0, index);
        }
        return result.append(replacement);
    }
}

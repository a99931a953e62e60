package io.stage7.functions;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Decides, from a {@code REGEX} pattern alone, whether matching it can backtrack
 * catastrophically; if it cannot, a match reads each character of the text a bounded number of
 * times, and {@link TextFunctions.CompiledRegex} matches without counting its steps. The analysis
 * is conservative: a pattern it does not understand keeps the guard.
 *
 * <p>The rule: a pattern is <em>linear</em> when
 * <ul>
 *   <li>it uses only literal characters, {@code .}, character classes (no nesting, no {@code &&}),
 *       the escapes {@code \d \D \w \W \s \S \t \n \r \f \a \e \xhh \\uhhhh}, escaped punctuation,
 *       {@code \p{..}} and its kin (taken as "any character"), the zero-width anchors
 *       {@code ^ $ \b \B \A \z \Z \G}, capturing, named and non-capturing groups and {@code |};
 *       no backreference, lookaround, atomic group, inline flag or {@code \Q};</li>
 *   <li>only single characters are repeated ({@code * + {n,m}}, greedy, lazy or possessive); a group
 *       may be made optional with {@code ?} but not repeated;</li>
 *   <li>the characters a variable repetition matches cannot start what may follow it, and the
 *       characters an optional group starts with cannot start what may follow it; so when a
 *       repetition gives a character back, what follows fails at once on it;</li>
 *   <li>the alternatives of a {@code |} cannot be empty and cannot start with the same
 *       character, so at most one gets past its first character.</li>
 * </ul>
 * So {@code [A-Z]{2}-\d{4}}, {@code \d{5}(-\d{4})?} and {@code [^@\s]+@[^@\s]+} are linear,
 * while {@code (a+)+$}, {@code (a|aa)*b}, {@code (\w+\s?)*$}, {@code \d*\d*x} and
 * {@code .*@.*} keep the guard. A linear pattern reads a text of n characters at most
 * {@code n * readsPerCharacter} times, so within {@link TextFunctions#MAX_REGEX_STEPS} for texts
 * up to {@link #maxUnguardedLength}; longer texts keep the guard, and the result is always the
 * guarded match's.
 */
public final class RegexSafety {
    /** Code points beyond the Basic Multilingual Plane, as one member of a character set. */
    private static final int BEYOND_BMP = 0x10000;

    private final String pattern;
    private int at;
    private int items;

    private RegexSafety(String pattern) {
        this.pattern = pattern;
    }

    /**
     * The longest text a linear pattern matches within {@link TextFunctions#MAX_REGEX_STEPS}
     * character reads whatever the text, or -1 when the pattern may backtrack catastrophically
     * (or uses what this analysis does not read).
     */
    public static int maxUnguardedLength(String pattern) {
        RegexSafety analysis = new RegexSafety(pattern);
        try {
            Alternation root = analysis.alternation();
            if (analysis.at != pattern.length() || !root.linear(new BitSet())) {
                return -1;
            }
        } catch (Unsupported unsupported) {
            return -1;
        }
        // Each character is read once or twice (a surrogate pair) by the repetition that takes it,
        // once more where a repetition ends, and, when one gives it back, by each item that
        // follows before the first that fails on it.
        long readsPerCharacter = 4L * (analysis.items + 3);
        return (int) Math.min(Integer.MAX_VALUE, TextFunctions.MAX_REGEX_STEPS / readsPerCharacter - 1);
    }

    /** What the analysis does not read: the pattern keeps the guard. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    // ------------------------------------------------------------------ the pattern's structure

    /** One element of a sequence: a character (set) or a group, repeated {@code min} to {@code max} times. */
    private record Item(BitSet chars, Alternation group, int min, int max) {
        boolean zeroWidth() {
            return chars == null && group == null;
        }

        boolean nullable() {
            return min == 0 || zeroWidth() || group != null && group.nullable();
        }

        BitSet first() {
            return chars != null ? chars : group != null ? group.first() : new BitSet();
        }
    }

    /** Alternatives, each a sequence of items. */
    private record Alternation(List<List<Item>> alternatives) {
        boolean nullable() {
            for (List<Item> sequence : alternatives) {
                if (firstOf(sequence, 0, null) == null) {
                    return true;
                }
            }
            return false;
        }

        BitSet first() {
            BitSet out = new BitSet();
            for (List<Item> sequence : alternatives) {
                BitSet first = firstOf(sequence, 0, null);
                out.or(first == null ? firstOf(sequence, 0, new BitSet()) : first);
            }
            return out;
        }

        /** Whether matching is linear when {@code follow} are the characters that may come after it. */
        boolean linear(BitSet follow) {
            if (alternatives.size() > 1) {
                BitSet seen = new BitSet();
                for (List<Item> sequence : alternatives) {
                    BitSet first = firstOf(sequence, 0, null);
                    if (first == null || first.intersects(seen)) {
                        return false; // an empty alternative, or two that start alike
                    }
                    seen.or(first);
                }
            }
            for (List<Item> sequence : alternatives) {
                if (!linear(sequence, follow)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean linear(List<Item> sequence, BitSet follow) {
            for (int i = 0; i < sequence.size(); i++) {
                Item item = sequence.get(i);
                BitSet rest = firstOf(sequence, i + 1, follow);
                if (item.group() != null) {
                    if (item.max() != 1 || item.group().nullable()) {
                        return false; // a repeated group, or an optional one that may match nothing
                    }
                    if (item.min() == 0 && item.group().first().intersects(rest)) {
                        return false;
                    }
                    if (!item.group().linear(rest)) {
                        return false;
                    }
                } else if (item.chars() != null && item.min() != item.max() && item.chars().intersects(rest)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The characters that can start {@code sequence} from item {@code from}, through items that
         * may match nothing, then {@code follow}; with {@code follow} null, null when all of them may.
         */
        private static BitSet firstOf(List<Item> sequence, int from, BitSet follow) {
            BitSet out = new BitSet();
            for (int i = from; i < sequence.size(); i++) {
                Item item = sequence.get(i);
                out.or(item.first());
                if (!item.nullable()) {
                    return out;
                }
            }
            if (follow == null) {
                return null;
            }
            out.or(follow);
            return out;
        }
    }

    // ------------------------------------------------------------------ parsing

    private Alternation alternation() {
        List<List<Item>> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (at < pattern.length() && pattern.charAt(at) == '|') {
            at++;
            alternatives.add(sequence());
        }
        return new Alternation(alternatives);
    }

    private List<Item> sequence() {
        List<Item> sequence = new ArrayList<>();
        while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
            Item atom = atom();
            items++;
            Item item = quantified(atom);
            if (item.group() != null && item.min() == 1 && item.max() == 1) {
                sequence.addAll(item.group().alternatives().size() == 1 ? item.group().alternatives().get(0) : List.of(item));
            } else {
                sequence.add(item);
            }
        }
        return sequence;
    }

    private Item atom() {
        char c = pattern.charAt(at++);
        switch (c) {
            case '.':
                return single(all());
            case '^':
            case '$':
                return zeroWidth();
            case '[':
                return single(characterClass());
            case '(':
                return group();
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unsupported();
            default:
                return single(codePoint(c));
        }
    }

    private Item group() {
        if (at < pattern.length() && pattern.charAt(at) == '?') {
            at++;
            char kind = next();
            if (kind == '<' && at < pattern.length() && Character.isLetter(pattern.charAt(at))) {
                while (next() != '>') { // a named group: its name
                    continue;
                }
            } else if (kind != ':') {
                throw new Unsupported(); // lookaround, atomic groups, inline flags
            }
        }
        Alternation inner = alternation();
        if (next() != ')') {
            throw new Unsupported();
        }
        return new Item(null, inner, 1, 1);
    }

    private Item quantified(Item atom) {
        if (at >= pattern.length()) {
            return atom;
        }
        int min;
        int max;
        char c = pattern.charAt(at);
        if (c == '*' || c == '+' || c == '?') {
            at++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : Integer.MAX_VALUE;
        } else if (c == '{') {
            at++;
            min = number();
            max = min;
            if (pattern.charAt(at) == ',') {
                at++;
                max = pattern.charAt(at) == '}' ? Integer.MAX_VALUE : number();
            }
            if (next() != '}') {
                throw new Unsupported();
            }
        } else {
            return atom;
        }
        if (at < pattern.length() && (pattern.charAt(at) == '?' || pattern.charAt(at) == '+')) {
            at++; // lazy or possessive: the same rule is enough
        }
        if (atom.zeroWidth()) {
            throw new Unsupported();
        }
        return new Item(atom.chars(), atom.group(), min, max);
    }

    private int number() {
        int start = at;
        while (at < pattern.length() && Character.isDigit(pattern.charAt(at))) {
            at++;
        }
        if (at == start || at - start > 9) {
            throw new Unsupported();
        }
        return Integer.parseInt(pattern.substring(start, at));
    }

    private Item escape() {
        char c = next();
        switch (c) {
            case 'b':
            case 'B':
            case 'A':
            case 'z':
            case 'Z':
            case 'G':
                return zeroWidth();
            case 'p':
            case 'P':
            case 'h':
            case 'H':
            case 'v':
            case 'V':
                skipProperty(c);
                return single(all());
            default:
                return single(escapedSet(c));
        }
    }

    /** The set an escape stands for, inside or outside a class ({@code \b} and properties aside). */
    private BitSet escapedSet(char c) {
        switch (c) {
            case 'd':
                return range('0', '9');
            case 'D':
                return complement(range('0', '9'));
            case 'w':
                return word();
            case 'W':
                return complement(word());
            case 's':
                return space();
            case 'S':
                return complement(space());
            case 't':
                return codePoint('\t');
            case 'n':
                return codePoint('\n');
            case 'r':
                return codePoint('\r');
            case 'f':
                return codePoint('\f');
            case 'a':
                return codePoint('\u0007');
            case 'e':
                return codePoint('\u001B');
            case 'x':
                return codePoint(hex(2));
            case 'u':
                return codePoint(hex(4));
            default:
                if (Character.isLetterOrDigit(c)) {
                    throw new Unsupported(); // backreferences, \Q, \R, \X, \c, octal, ...
                }
                return codePoint(c);
        }
    }

    private void skipProperty(char c) {
        if ((c == 'p' || c == 'P') && at < pattern.length()) {
            if (pattern.charAt(at) == '{') {
                while (next() != '}') {
                    continue;
                }
            } else {
                at++;
            }
        }
    }

    private int hex(int digits) {
        if (at + digits > pattern.length()) {
            throw new Unsupported();
        }
        try {
            int value = Integer.parseInt(pattern.substring(at, at + digits), 16);
            at += digits;
            return value;
        } catch (NumberFormatException braces) {
            throw new Unsupported();
        }
    }

    /** {@code [...]} after its opening bracket: ranges, single characters and escapes; negated with {@code ^}. */
    private BitSet characterClass() {
        boolean negated = at < pattern.length() && pattern.charAt(at) == '^';
        if (negated) {
            at++;
        }
        BitSet set = new BitSet();
        boolean first = true;
        while (true) {
            char c = next();
            if (c == ']' && !first) {
                break;
            }
            first = false;
            if (c == '[' || c == '&' && at < pattern.length() && pattern.charAt(at) == '&') {
                throw new Unsupported(); // nested classes and intersections
            }
            if (c == '\\') {
                char e = next();
                if (e == 'p' || e == 'P' || e == 'h' || e == 'H' || e == 'v' || e == 'V') {
                    if (negated) {
                        throw new Unsupported();
                    }
                    skipProperty(e);
                    set.or(all());
                    continue;
                }
                BitSet escaped = escapedSet(e);
                if (escaped.cardinality() != 1 || !rangeFollows()) {
                    set.or(escaped);
                    continue;
                }
                c = (char) escaped.nextSetBit(0);
            }
            if (rangeFollows()) {
                at++;
                char end = next();
                if (end == '\\') {
                    BitSet escaped = escapedSet(next());
                    if (escaped.cardinality() != 1) {
                        throw new Unsupported();
                    }
                    end = (char) escaped.nextSetBit(0);
                }
                set.or(range(c, end));
            } else {
                set.or(codePoint(c));
            }
        }
        return negated ? complement(set) : set;
    }

    /** Whether a {@code -} and a range end follow (a {@code -} before {@code ]} is a literal). */
    private boolean rangeFollows() {
        return at + 1 < pattern.length() && pattern.charAt(at) == '-' && pattern.charAt(at + 1) != ']';
    }

    private char next() {
        if (at >= pattern.length()) {
            throw new Unsupported();
        }
        return pattern.charAt(at++);
    }

    private static Item single(BitSet chars) {
        return new Item(chars, null, 1, 1);
    }

    private static Item zeroWidth() {
        return new Item(null, null, 1, 1);
    }

    /** A character as a set: surrogates (halves of characters beyond the BMP) stand for all of those. */
    private static BitSet codePoint(int c) {
        BitSet set = new BitSet();
        set.set(Character.isSurrogate((char) c) ? BEYOND_BMP : c);
        return set;
    }

    private static BitSet range(int from, int to) {
        if (to < from) {
            throw new Unsupported();
        }
        BitSet set = new BitSet();
        set.set(from, to + 1);
        if (Character.isSurrogate((char) from) || Character.isSurrogate((char) to) || from < 0xD800 && to > 0xDFFF) {
            set.set(BEYOND_BMP);
        }
        return set;
    }

    private static BitSet all() {
        BitSet set = new BitSet();
        set.set(0, BEYOND_BMP + 1);
        return set;
    }

    private static BitSet complement(BitSet set) {
        BitSet out = all();
        out.andNot(set);
        out.set(BEYOND_BMP); // a negated set takes characters beyond the BMP unless it named them all
        return out;
    }

    private static BitSet word() {
        BitSet set = range('a', 'z');
        set.or(range('A', 'Z'));
        set.or(range('0', '9'));
        set.set('_');
        return set;
    }

    private static BitSet space() {
        BitSet set = new BitSet();
        for (char c : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
            set.set(c);
        }
        return set;
    }
}

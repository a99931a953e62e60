package io.stage7.functions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One line of {@code functions/cases.txt}: {@code NAME(arg, ...) => expected}, parsed.
 *
 * <p>Literals: {@code 1.5 -2 1E+3} (Number), {@code "text"} (with {@code \" \\ \n \t}),
 * {@code true false} (Checkbox), {@code 2026-02-28} (Date), {@code 2026-02-28T10:15:30Z}
 * (DateTime, GMT), {@code 10:15:30.250} (Time), {@code {A;B}} (MultiPicklist, {@code {}} is
 * empty), {@code @Europe/Paris} (a time zone), {@code null} (blank, matching any parameter
 * type) and {@code null:Type} (a blank of one formula type, to pick an overload). The expected
 * side is a literal or {@code #Error! message}: the call must throw {@link FormulaError} with
 * exactly that message.
 */
record FunctionCase(int line, String source, String function, List<Literal> arguments, Literal expected, String error) {

    /** A parsed literal: its value and, for a blank, the Java type it stands for (or null for any). */
    record Literal(Object value, Class<?> blankType) {
        boolean isUntypedBlank() {
            return value == null && blankType == null;
        }
    }

    private static final Map<String, Class<?>> BLANK_TYPES = Map.of(
            "Number", BigDecimal.class, "Text", String.class, "Date", LocalDate.class,
            "DateTime", Instant.class, "Time", LocalTime.class, "Checkbox", Boolean.class,
            "MultiPicklist", Set.class);

    static FunctionCase parse(int line, String source) {
        Parser p = new Parser(source, line);
        String function = p.identifier();
        p.expect('(');
        List<Literal> arguments = new ArrayList<>();
        p.skipSpaces();
        if (!p.peek(')')) {
            do {
                arguments.add(p.literal());
                p.skipSpaces();
            } while (p.accept(','));
        }
        p.expect(')');
        p.skipSpaces();
        p.expect('=');
        p.expect('>');
        p.skipSpaces();
        if (p.rest().startsWith("#Error!")) {
            return new FunctionCase(line, source, function, arguments, null, p.rest().strip());
        }
        Literal expected = p.literal();
        p.skipSpaces();
        if (!p.atEnd()) {
            throw p.error("unexpected text after the expected value");
        }
        return new FunctionCase(line, source, function, arguments, expected, null);
    }

    private static final class Parser {
        private final String text;
        private final int line;
        private int pos;

        Parser(String text, int line) {
            this.text = text;
            this.line = line;
        }

        String identifier() {
            skipSpaces();
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw error("function name expected");
            }
            return text.substring(start, pos);
        }

        Literal literal() {
            skipSpaces();
            if (atEnd()) {
                throw error("literal expected");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                return new Literal(string(), null);
            }
            if (c == '{') {
                int end = text.indexOf('}', pos);
                if (end < 0) {
                    throw error("unterminated {");
                }
                String inner = text.substring(pos + 1, end);
                pos = end + 1;
                Set<String> set = PicklistFunctions.multiPicklist(inner);
                return new Literal(set == null ? Collections.unmodifiableSortedSet(new TreeSet<>()) : set, null);
            }
            if (c == '@') {
                pos++;
                return new Literal(ZoneId.of(word()), null);
            }
            String word = word();
            if (word.equals("null")) {
                if (accept(':')) {
                    String type = word();
                    Class<?> blankType = BLANK_TYPES.get(type);
                    if (blankType == null) {
                        throw error("unknown type " + type);
                    }
                    return new Literal(null, blankType);
                }
                return new Literal(null, null);
            }
            if (word.equals("true") || word.equals("false")) {
                return new Literal(Boolean.valueOf(word), null);
            }
            if (word.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new Literal(LocalDate.parse(word), null);
            }
            if (word.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                return new Literal(Instant.parse(word), null);
            }
            if (word.matches("\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?")) {
                return new Literal(LocalTime.parse(word), null);
            }
            try {
                return new Literal(new BigDecimal(word), null);
            } catch (NumberFormatException e) {
                throw error("not a literal: " + word);
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            pos++;
            while (true) {
                if (atEnd()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(pos++);
                    out.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> e;
                    });
                } else {
                    out.append(c);
                }
            }
        }

        private String word() {
            int start = pos;
            while (pos < text.length() && ",():{} ".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            // times contain ':' — take the colon-separated parts that follow two digits
            while (pos < text.length() && text.charAt(pos) == ':' && pos + 1 < text.length()
                    && Character.isDigit(text.charAt(pos + 1))) {
                pos++;
                while (pos < text.length() && ",(){} ".indexOf(text.charAt(pos)) < 0 && text.charAt(pos) != ':') {
                    pos++;
                }
            }
            if (start == pos) {
                throw error("literal expected");
            }
            return text.substring(start, pos);
        }

        void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        boolean accept(char c) {
            skipSpaces();
            if (peek(c)) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!accept(c)) {
                throw error("'" + c + "' expected");
            }
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        String rest() {
            return text.substring(pos);
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("cases.txt:" + line + ":" + (pos + 1) + ": " + message + "\n  " + text);
        }
    }
}

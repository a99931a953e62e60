package io.stage7.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The writer every command prints through: control characters that came from input (a data
 * value, a rules string, a scenario name) are shown as visible escapes such as {@code \u001B},
 * so a file cannot move the cursor, recolour, retitle or clear a user's terminal, or hide text
 * from a CI log. Escaped: C0 controls but tab and line feed, DEL, C1 controls, and the Unicode
 * bidirectional overrides and isolates that reorder what a reader sees. The line separator of
 * {@code println} and the carriage returns of a progress line ({@link #control}) pass unchanged.
 */
final class TerminalWriter extends PrintWriter {
    private final Escaping escaping;

    private TerminalWriter(Escaping escaping) {
        super(escaping, false);
        this.escaping = escaping;
    }

    /** A terminal writer over {@code target}. */
    static TerminalWriter over(Writer target) {
        return new TerminalWriter(new Escaping(target));
    }

    /** Writes {@code text} as it is: for control sequences Stage7 itself means, never for input. */
    void control(String text) {
        synchronized (lock) {
            escaping.raw = true;
            try {
                write(text);
            } finally {
                escaping.raw = false;
            }
        }
    }

    /** Writes {@code length} chars from {@code chars} as they are, like {@link #control(String)}: text already escaped. */
    void control(char[] chars, int offset, int length) {
        synchronized (lock) {
            escaping.raw = true;
            try {
                write(chars, offset, length);
            } finally {
                escaping.raw = false;
            }
        }
    }

    /** Writes the carriage return of a progress line: raw on a terminal writer, plain on any other. */
    static void control(PrintWriter writer, String text) {
        if (writer instanceof TerminalWriter terminal) {
            terminal.control(text);
        } else {
            writer.print(text);
        }
    }

    @Override
    public void println() {
        control(System.lineSeparator());
    }

    /** Whether {@code c} is escaped on the terminal. */
    static boolean escapes(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** {@code text} with every character {@link #escapes} shown as {@code \}{@code uXXXX}. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escapes(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@code utf8} with every character {@link #escapes} shown as {@code \}{@code uXXXX}, as
     * UTF-8: what printing its text would show. The array itself when it has none, which a
     * pass over its bytes tells: output rendered on worker threads is escaped there, and copied
     * out raw ({@link #control}).
     */
    static byte[] escape(byte[] utf8) {
        for (byte b : utf8) {
            // C0 controls but tab and line feed, DEL; C1 controls start with 0xC2, the bidi controls with 0xE2.
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n') || b == 0x7F || b == (byte) 0xC2 || b == (byte) 0xE2) {
                String text = new String(utf8, StandardCharsets.UTF_8);
                String escaped = escape(text);
                return escaped == text ? utf8 : escaped.getBytes(StandardCharsets.UTF_8);
            }
        }
        return utf8;
    }

    private static final class Escaping extends FilterWriter {
        private boolean raw;

        Escaping(Writer target) {
            super(target);
        }

        @Override
        public void write(int c) throws IOException {
            if (!raw && escapes((char) c)) {
                out.write(String.format("\\u%04X", c & 0xFFFF));
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (raw) {
                out.write(chars, offset, length);
            } else {
                write(new String(chars, offset, length), 0, length);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            String part = text.substring(offset, offset + length);
            out.write(raw ? part : escape(part));
        }
    }
}

package io.stage7.cli;

import java.util.Arrays;

/**
 * One line of output built as UTF-8 bytes in a buffer that is reused from line to line: what
 * {@code eval} writes per record ({@link DecisionJson}) without a generator, a string per value
 * or a copy per field. JSON strings are escaped exactly as Jackson's generator escapes them
 * (quote, backslash, and C0 controls, as {@code \n}-style escapes where JSON has one and
 * as a backslash-u escape of four hex digits otherwise; surrogates, paired or not, as backslash-u escapes of four hex digits, as Jackson
 * writes them; everything else as UTF-8), so the bytes are those Jackson wrote. Not thread-safe:
 * one per thread.
 */
final class Utf8Line {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** For each ASCII char: 0 to write it as it is, a letter for its short escape, or 'u' for a backslash-u escape. */
    private static final byte[] ESCAPES = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\f'] = 'f';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
    }

    private byte[] bytes = new byte[512];
    private int length;

    /** Empties the line for the next one. */
    Utf8Line reset() {
        length = 0;
        return this;
    }

    /** The bytes written since the last {@link #reset}, copied. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** Appends ASCII text as it is: keys, punctuation, numbers. */
    Utf8Line ascii(String text) {
        int n = text.length();
        room(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** Appends one ASCII char. */
    Utf8Line ascii(char c) {
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Appends {@code text} as a JSON string in quotes, or {@code null}. */
    Utf8Line jsonString(String text) {
        if (text == null) {
            return ascii("null");
        }
        int n = text.length();
        room(n * 6 + 2);
        bytes[length++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    bytes[length++] = (byte) c;
                } else if (escape == 'u') {
                    unicodeEscape(c);
                } else {
                    bytes[length++] = '\\';
                    bytes[length++] = escape;
                }
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | (c >> 6));
                bytes[length++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                unicodeEscape(c);
            } else {
                bytes[length++] = (byte) (0xE0 | (c >> 12));
                bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[length++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        bytes[length++] = '"';
        return this;
    }

    private void unicodeEscape(char c) {
        bytes[length++] = '\\';
        bytes[length++] = 'u';
        bytes[length++] = HEX[c >> 12];
        bytes[length++] = HEX[(c >> 8) & 0xF];
        bytes[length++] = HEX[(c >> 4) & 0xF];
        bytes[length++] = HEX[c & 0xF];
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
        }
    }
}

package io.stage7.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes the bytes of a file a user wrote (rules, scenarios, data, holidays) as UTF-8 text, and
 * when they are not, says where and why: UTF-16, an invalid byte (at its line and column), a
 * NUL character (a binary file). A UTF-8 byte-order mark is dropped. One decoder for every
 * reader, so every file kind gets the same answers: readers that decode a file piece by piece
 * (data files, read line by line) use the same checks and problems through {@link #startsUtf16},
 * {@link #bomLength}, {@link #newDecoder}, {@link #invalidByte} and {@link #nul}.
 */
public final class Utf8Text {

    /** The outcome: the text, or the one problem that keeps the bytes from being text. */
    public sealed interface Decoded {
    }

    /** The decoded text, without a byte-order mark. */
    public record Text(String text) implements Decoded {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Why the bytes are not text, located in the file. */
    public record Problem(String code, SourceSpan span, String message) implements Decoded {
        public Problem {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(message, "message");
        }

        public Diagnostic diagnostic() {
            return Diagnostic.error(code, span, message);
        }
    }

    private Utf8Text() {
    }

    /** Decodes {@code bytes}; {@code path} is the file's name as problems show it. */
    public static Decoded decode(byte[] bytes, String path) {
        if (startsUtf16(bytes, bytes.length)) {
            return utf16(path);
        }
        int start = bomLength(bytes, bytes.length);
        CharsetDecoder decoder = newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            return invalidByte(spanAfter(path, out), bytes[in.position()]);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return nul(spanAfter(path, CharBuffer.wrap(text, 0, nul)));
        }
        return new Text(text);
    }

    /**
     * Whether the first {@code length} bytes start with a UTF-16 byte-order mark (either byte
     * order), the sign of a file saved as "Unicode" text.
     */
    public static boolean startsUtf16(byte[] bytes, int length) {
        return length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    }

    /** The length of the UTF-8 byte-order mark the first {@code length} bytes start with: 3, or 0 without one. */
    public static int bomLength(byte[] bytes, int length) {
        return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    }

    /** A strict UTF-8 decoder: malformed input is reported, never replaced. */
    public static CharsetDecoder newDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The problem of a file that starts with a UTF-16 byte-order mark. */
    public static Problem utf16(String path) {
        return new Problem("not-utf8", SourceSpan.startOf(path), "file is encoded in UTF-16; save it as UTF-8");
    }

    /** The problem of the invalid byte {@code value} at {@code at} (a zero-width span). */
    public static Problem invalidByte(SourceSpan at, byte value) {
        return new Problem("not-utf8", at, String.format(
                "invalid UTF-8 byte 0x%02X: save the file as UTF-8 text", value & 0xFF));
    }

    /** The problem of a NUL character at {@code at} (a zero-width span). */
    public static Problem nul(SourceSpan at) {
        return new Problem("binary-file", at, "file contains a NUL character: this looks like a binary file, not text");
    }

    /** A zero-width span just after {@code prefix}, which starts the file; columns count code points. */
    private static SourceSpan spanAfter(String path, CharSequence prefix) {
        int line = 1;
        int column = 1;
        int offset = 0;
        for (int i = 0; i < prefix.length(); ) {
            int cp = Character.codePointAt(prefix, i);
            i += Character.charCount(cp);
            offset++;
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourceSpan(path, line, column, line, column, offset, offset);
    }
}

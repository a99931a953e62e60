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
 * reader, so every file kind gets the same answers.
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
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return new Problem("not-utf8", SourceSpan.startOf(path), "file is encoded in UTF-16; save it as UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            return new Problem("not-utf8", spanAfter(path, out), String.format(
                    "invalid UTF-8 byte 0x%02X: save the file as UTF-8 text", bytes[in.position()] & 0xFF));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return new Problem("binary-file", spanAfter(path, CharBuffer.wrap(text, 0, nul)),
                    "file contains a NUL character: this looks like a binary file, not text");
        }
        return new Text(text);
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

package io.stage7.syntax;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.Diagnostics;
import io.stage7.diag.SourceSpan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a rules file as UTF-8 text, refusing what is not: too large, binary, another encoding.
 * Each refusal is a located diagnostic, so a user who points Stage7 at the wrong file learns why.
 */
final class SourceReader {
    /** Far above any real rules file (the team's are a few KiB); keeps a mistaken 2 GB log out of memory. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private SourceReader() {
    }

    /**
     * The file's text, or empty after reporting why it cannot be used.
     *
     * @param displayPath the path as diagnostics show it
     * @param reportAt    where to report a file that cannot be opened (the include that named it,
     *                    or the start of the file itself)
     */
    static Optional<String> read(Path file, String displayPath, SourceSpan reportAt, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                diagnostics.error("file-too-large", SourceSpan.startOf(displayPath),
                        String.format("file is %,d bytes; a rules file may be at most %,d bytes (16 MiB)",
                                size, MAX_FILE_BYTES));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            diagnostics.error("file-not-found", reportAt, "cannot read '" + displayPath + "': no such file");
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            diagnostics.error("file-unreadable", reportAt, "cannot read '" + displayPath + "': " + describe(e));
            return Optional.empty();
        }
        return decode(bytes, displayPath, diagnostics);
    }

    static Optional<String> decode(byte[] bytes, String displayPath, Diagnostics diagnostics) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            diagnostics.error("not-utf8", SourceSpan.startOf(displayPath),
                    "file is encoded in UTF-16; save it as UTF-8");
            return Optional.empty();
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
            int badByte = bytes[in.position()] & 0xFF;
            diagnostics.report(Diagnostic.error("not-utf8", spanAtEnd(displayPath, out),
                    String.format("invalid UTF-8 byte 0x%02X: rules files must be UTF-8 text", badByte)));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            diagnostics.report(Diagnostic.error("binary-file",
                    spanAtEnd(displayPath, CharBuffer.wrap(text, 0, nul)),
                    "file contains a NUL character: this looks like a binary file, not a rules file"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A zero-width span just after the given text, which is a prefix of the file. */
    private static SourceSpan spanAtEnd(String path, CharSequence prefix) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourceSpan(path, line, column, line, column, prefix.length(), prefix.length());
    }

    static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}

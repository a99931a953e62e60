package io.stage7.syntax;

import io.stage7.diag.Diagnostics;
import io.stage7.diag.InputFiles;
import io.stage7.diag.SourceSpan;
import io.stage7.diag.Utf8Text;

import java.io.IOException;
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
            bytes = InputFiles.read(file, MAX_FILE_BYTES);
        } catch (InputFiles.TooLarge e) {
            diagnostics.error("file-too-large", reportAt, String.format("file is %s%,d bytes; a rules file may be at"
                    + " most %,d bytes (16 MiB)", e.exact() ? "" : "at least ", e.size(), MAX_FILE_BYTES));
            return Optional.empty();
        } catch (InputFiles.NotAFile e) {
            diagnostics.error("not-a-file", reportAt, "cannot read '" + displayPath + "': it " + e.reason());
            return Optional.empty();
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
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes, displayPath);
        if (decoded instanceof Utf8Text.Problem problem) {
            diagnostics.report(problem.diagnostic());
            return Optional.empty();
        }
        return Optional.of(((Utf8Text.Text) decoded).text());
    }

    static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}

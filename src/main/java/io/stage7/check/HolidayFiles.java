package io.stage7.check;

import io.stage7.ast.Located;
import io.stage7.diag.Diagnostics;
import io.stage7.diag.SourceSpan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads holiday files: UTF-8 text, one ISO date per line; blank lines and everything after a
 * {@code #} are ignored. A bad line is reported at the holiday file's own path, line and column.
 */
final class HolidayFiles {

    /** Far more than a lifetime of holidays; a larger file is not a holiday list. */
    static final long MAX_BYTES = 1_000_000;

    private final Diagnostics diagnostics;

    HolidayFiles(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The dates in the file {@code literal} names, relative to the directory of the rules file at
     * {@code rulesPath}, each with where it was written, in file order.
     */
    Map<LocalDate, SourceSpan> read(Located<String> literal, String rulesPath) {
        Map<LocalDate, SourceSpan> dates = new LinkedHashMap<>();
        Optional<Path> path = resolve(literal, rulesPath);
        if (path.isEmpty()) {
            return dates;
        }
        Optional<String> text = text(literal, path.get());
        if (text.isEmpty()) {
            return dates;
        }
        parse(text.get(), path.get().toString(), dates);
        return dates;
    }

    private Optional<Path> resolve(Located<String> literal, String rulesPath) {
        try {
            Path parent = Path.of(rulesPath).getParent();
            Path path = (parent == null ? Path.of(literal.value()) : parent.resolve(literal.value())).normalize();
            if (!Files.isRegularFile(path)) {
                diagnostics.error("holiday-file-not-found", literal.span(), "holiday file '" + literal.value()
                        + "' not found (looked for " + path + ")");
                return Optional.empty();
            }
            return Optional.of(path);
        } catch (InvalidPathException e) {
            diagnostics.error("holiday-file-not-found", literal.span(), "'" + literal.value()
                    + "' is not a valid file path: " + e.getReason());
            return Optional.empty();
        }
    }

    private Optional<String> text(Located<String> literal, Path path) {
        try {
            if (Files.size(path) > MAX_BYTES) {
                diagnostics.error("holiday-file-unreadable", literal.span(), "holiday file " + path + " is larger than "
                        + MAX_BYTES + " bytes; it should hold one date per line");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? " " + text.substring(1) : text);
        } catch (CharacterCodingException e) {
            diagnostics.error("holiday-file-unreadable", literal.span(), "holiday file " + path
                    + " is not UTF-8 text");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error("holiday-file-unreadable", literal.span(), "cannot read holiday file " + path + ": "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    private void parse(String text, String display, Map<LocalDate, SourceSpan> dates) {
        int offset = 0;
        int lineNumber = 1;
        while (offset <= text.length()) {
            int end = text.indexOf('\n', offset);
            int next = end < 0 ? text.length() + 1 : end + 1;
            String line = text.substring(offset, end < 0 ? text.length() : end);
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).stripTrailing();
            int start = 0;
            while (start < content.length() && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
            if (start < content.length()) {
                String token = content.substring(start);
                int column = start + 1;
                SourceSpan span = new SourceSpan(display, lineNumber, column, lineNumber, column + token.length(),
                        offset + start, offset + start + token.length());
                Optional<LocalDate> date = Literals.parseDate(token);
                if (date.isEmpty()) {
                    diagnostics.error("invalid-date", span, "'" + token + "' is not a valid date; write one date "
                            + "per line as YYYY-MM-DD (a # starts a comment)");
                } else if (dates.containsKey(date.get())) {
                    diagnostics.warning("duplicate-holiday", span, "holiday " + date.get() + " is already listed at "
                            + dates.get(date.get()).location());
                } else {
                    dates.put(date.get(), span);
                }
            }
            offset = next;
            lineNumber++;
        }
    }
}

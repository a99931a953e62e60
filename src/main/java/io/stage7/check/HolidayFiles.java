package io.stage7.check;

import io.stage7.ast.Located;
import io.stage7.calendar.HolidayFile;
import io.stage7.diag.Diagnostics;
import io.stage7.diag.InputFiles;
import io.stage7.diag.SourceSpan;
import io.stage7.diag.Utf8Text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the holiday files calendars name: UTF-8 text in the format of
 * {@link io.stage7.calendar.HolidayFile}. A bad line is reported at the holiday file's own path,
 * line and column.
 */
final class HolidayFiles {

    /** Far more than a lifetime of holidays; a larger file is not a holiday list. */
    static final long MAX_BYTES = 1_000_000;
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

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
        parse(text.get(), path.get().toString(), literal, dates);
        return dates;
    }

    private Optional<Path> resolve(Located<String> literal, String rulesPath) {
        try {
            Path parent = Path.of(rulesPath).getParent();
            Path path = (parent == null ? Path.of(literal.value()) : parent.resolve(literal.value())).normalize();
            if (!Files.exists(path)) {
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
            Utf8Text.Decoded decoded = Utf8Text.decode(InputFiles.read(path, MAX_BYTES), path.toString());
            if (decoded instanceof Utf8Text.Problem problem) {
                diagnostics.report(problem.diagnostic());
                return Optional.empty();
            }
            return Optional.of(((Utf8Text.Text) decoded).text());
        } catch (InputFiles.TooLarge e) {
            diagnostics.error("holiday-file-unreadable", literal.span(), "holiday file " + path + " is larger than "
                    + MAX_BYTES + " bytes; it should hold one date per line");
            return Optional.empty();
        } catch (InputFiles.NotAFile e) {
            diagnostics.error("holiday-file-unreadable", literal.span(), "holiday file " + path + " " + e.reason());
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error("holiday-file-unreadable", literal.span(), "cannot read holiday file " + path + ": "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Parses with the calendar package's reader, the one definition of the format, and places
     * its holidays and problems in the file: a problem is an error at its line and column.
     */
    private void parse(String text, String display, Located<String> literal, Map<LocalDate, SourceSpan> dates) {
        boolean bom = text.startsWith("\uFEFF");
        String body = bom ? text.substring(1) : text;
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        Matcher breaks = LINE_BREAK.matcher(body);
        while (breaks.find()) {
            lineStarts.add(breaks.end());
        }
        HolidayFile.Result result = HolidayFile.parse(text);
        if (result.holidays().isEmpty() && !result.problems().isEmpty()) {
            // Not one date: this is some other file, and quoting its lines could print a secret.
            diagnostics.error("not-a-holiday-file", literal.span(), "'" + literal.value() + "' is not a holiday file:"
                    + " none of its " + (lineStarts.size()) + " lines holds a date (one ISO date per line,"
                    + " e.g. 2026-12-25)");
            return;
        }
        for (HolidayFile.Holiday holiday : result.holidays()) {
            int start = lineStarts.get(holiday.line() - 1);
            int column = 1;
            while (start + column - 1 < body.length() && Character.isWhitespace(body.charAt(start + column - 1))) {
                column++;
            }
            dates.put(holiday.date(), span(display, body, lineStarts, holiday.line(), column, bom));
        }
        for (HolidayFile.Problem problem : result.problems()) {
            diagnostics.error("invalid-holiday", span(display, body, lineStarts, problem.line(), problem.column(), bom),
                    problem.message());
        }
    }

    /** The span of the word at a 1-based line and column of the file. */
    private static SourceSpan span(String display, String body, List<Integer> lineStarts, int line, int column,
                                   boolean bom) {
        int lineStart = line - 1 < lineStarts.size() ? lineStarts.get(line - 1) : body.length();
        int start = Math.min(body.length(), lineStart + column - 1);
        int end = start;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end)) && body.charAt(end) != '#') {
            end++;
        }
        int shift = bom ? 1 : 0;
        return new SourceSpan(display, line, column, line, column + Math.max(1, end - start), start + shift,
                Math.max(end, start + 1) + shift);
    }
}

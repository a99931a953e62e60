package io.stage7.scenario;

import io.stage7.check.Suggestions;
import io.stage7.diag.SourceSpan;
import io.stage7.diag.InputFiles;
import io.stage7.diag.SourceText;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files a scenario names besides itself (the rules, a trace, empirical data): paths resolve
 * against the scenario file's folder, a missing one is reported with a "did you mean" over its
 * folder's entries, and an empirical data file is read as one number per line with every bad
 * line reported at its own line and column.
 */
final class LinkedFiles {
    /** Past this many bad lines in one data file, the rest are counted, not listed. */
    private static final int MAX_LISTED = 10;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final Path base;
    private final Problems problems;
    private final Map<String, SourceText> sources = new LinkedHashMap<>();
    private final Map<Path, double[]> read = new LinkedHashMap<>();

    /** @param base the scenario file's folder (an empty path for the working directory) */
    LinkedFiles(Path base, Problems problems) {
        this.base = base;
        this.problems = problems;
    }

    /** The text of every data file read, by the path messages show, for quoting lines. */
    Map<String, SourceText> sources() {
        return sources;
    }

    /** What a path in the scenario file should be: a directory, a regular file, or either. */
    enum Kind { DIRECTORY, FILE, ANY }

    /** The path {@code value} names, resolved against the scenario's folder, if it exists as {@code kind}. */
    Optional<Path> resolve(Value value, Kind kind, String what) {
        if (!(value.node() instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Scalar.Kind.NULL
                || s.text().isBlank()) {
            problems.error("wrong-type", value.span(), value.path(), "must be the path of " + what
                    + ", relative to the scenario file, got " + value.node().describe());
            return Optional.empty();
        }
        Path path;
        try {
            path = base.resolve(s.text().trim()).normalize();
        } catch (InvalidPathException e) {
            problems.error("bad-path", value.span(), value.path(), "is not a valid path: " + s.describe());
            return Optional.empty();
        }
        String shown = path.toString().isEmpty() ? "." : path.toString();
        if (!Files.exists(path)) {
            problems.error("file-not-found", value.span(), value.path(), "no such " + (kind == Kind.DIRECTORY
                    ? "directory" : kind == Kind.FILE ? "file" : "file or directory") + " '" + shown + "' (paths are relative to the scenario file)"
                    + siblingSuggestion(path));
            return Optional.empty();
        }
        if (kind == Kind.DIRECTORY && !Files.isDirectory(path)) {
            problems.error("not-a-directory", value.span(), value.path(), "'" + shown + "' is a file; "
                    + "name the directory that holds " + what);
            return Optional.empty();
        }
        if (kind == Kind.FILE && !Files.isRegularFile(path)) {
            problems.error("not-a-file", value.span(), value.path(), "'" + shown + "' is not a regular file");
            return Optional.empty();
        }
        if (!Files.isReadable(path)) {
            problems.error("file-unreadable", value.span(), value.path(), "cannot read '" + shown
                    + "': permission denied");
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private static String siblingSuggestion(Path missing) {
        Path name = missing.getFileName();
        Path folder = missing.getParent() == null ? Path.of("") : missing.getParent();
        if (name == null || !Files.isDirectory(folder.toString().isEmpty() ? Path.of(".") : folder)) {
            return "";
        }
        List<String> siblings = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(
                folder.toString().isEmpty() ? Path.of(".") : folder)) {
            for (Path entry : entries) {
                siblings.add(entry.getFileName().toString());
                if (siblings.size() > 1000) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        siblings.sort(null);
        return Suggestions.closest(name.toString(), siblings)
                .map(s -> "; did you mean '" + folder.resolve(s) + "'?").orElse("");
    }

    /**
     * The numbers in the file {@code value} names: one per line; blank lines and lines starting
     * with {@code #} are skipped. Empty after reporting every bad line.
     */
    Optional<double[]> read(Value value, boolean nonNegative) {
        Optional<Path> file = resolve(value, Kind.FILE, "a data file (one number per line)");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        double[] cached = read.get(file.get());
        if (cached != null) {
            return Optional.of(cached.clone());
        }
        String shown = file.get().toString();
        Problems fileProblems = new Problems();
        YamlTreeReader decoder = new YamlTreeReader(shown, fileProblems);
        byte[] bytes;
        try {
            bytes = InputFiles.read(file.get(), YamlTreeReader.MAX_BYTES);
        } catch (InputFiles.TooLarge e) {
            problems.error("file-too-large", value.span(), value.path(), "'" + shown
                    + "' is larger than 4 MiB; an empirical data file may be at most 4 MiB");
            return Optional.empty();
        } catch (InputFiles.NotAFile e) {
            problems.error("not-a-file", value.span(), value.path(), "'" + shown + "' " + e.reason());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.error("file-unreadable", value.span(), value.path(), "cannot read '" + shown + "'");
            return Optional.empty();
        }
        Optional<String> text = decoder.decode(bytes);
        if (text.isEmpty()) {
            fileProblems.sorted().forEach(p -> problems.error(p.code(), p.span(), value.path(), p.message()));
            return Optional.empty();
        }
        SourceText source = new SourceText(shown, text.get());
        sources.put(shown, source);
        double[] numbers = new double[16];
        int count = 0;
        int bad = 0;
        for (int line = 1; line <= source.lineCount(); line++) {
            String raw = source.line(line);
            String trimmed = raw.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int column = raw.indexOf(trimmed) + 1;
            String message = null;
            double number = 0;
            if (!NUMBER.matcher(trimmed).matches()) {
                message = "expected one number per line, got " + YamlNode.quote(trimmed);
            } else {
                number = Double.parseDouble(trimmed);
                if (!Double.isFinite(number)) {
                    message = "the number " + trimmed + " is too large";
                } else if (nonNegative && number < 0) {
                    message = "a duration cannot be negative, got " + trimmed;
                }
            }
            if (message != null) {
                bad++;
                if (bad <= MAX_LISTED) {
                    int width = trimmed.codePointCount(0, trimmed.length());
                    problems.error("bad-data", new SourceSpan(shown, line, column, line, column + width, 0, 0),
                            value.path(), message);
                }
                continue;
            }
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, count * 2);
            }
            numbers[count++] = number;
        }
        if (bad > MAX_LISTED) {
            problems.error("bad-data", value.span(), value.path(), "'" + shown + "' has " + bad
                    + " bad lines; the first " + MAX_LISTED + " are listed");
        }
        if (bad > 0) {
            return Optional.empty();
        }
        if (count == 0) {
            problems.error("bad-data", value.span(), value.path(), "'" + shown + "' holds no numbers");
            return Optional.empty();
        }
        double[] result = Arrays.copyOf(numbers, count);
        read.put(file.get(), result);
        return Optional.of(result.clone());
    }
}

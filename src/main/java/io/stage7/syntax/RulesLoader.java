package io.stage7.syntax;

import io.stage7.ast.Decl;
import io.stage7.ast.Program;
import io.stage7.ast.RulesFile;
import io.stage7.diag.Diagnostics;
import io.stage7.diag.SourceSpan;
import io.stage7.diag.SourceText;
import io.stage7.syntax.internal.Stage7Lexer;
import io.stage7.syntax.internal.Stage7Parser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The front end's entry point: reads rules files and directories, follows {@code include}s,
 * parses each file once, and builds the AST. Problems become diagnostics; nothing is thrown for
 * bad input. A file with syntax errors contributes its diagnostics but no declarations, so later
 * phases never see a half-parsed file.
 */
public final class RulesLoader {
    /** The extension of rules files, for directory loading. */
    public static final String EXTENSION = ".rules";
    /** At most this many files are read around a file to find what it forgot to include. */
    private static final int NEARBY_LIMIT = 200;

    /**
     * The system property that, set to {@code true}, lets {@code include} and {@code holidays from}
     * name files outside the rules project (the {@code --allow-outside-paths} option's default).
     */
    public static final String ALLOW_OUTSIDE_PATHS = "stage7.allowOutsidePaths";

    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, SourceText> sources = new LinkedHashMap<>();
    private final List<RulesFile> files = new ArrayList<>();
    private final Set<Path> loaded = new HashSet<>();
    private final Deque<Pending> queue = new ArrayDeque<>();
    private final ProjectPaths project;
    private int filesRead;

    private RulesLoader(ProjectPaths project) {
        this.project = project;
    }

    /**
     * Loads the named files and directories (directories recursively, {@code *.rules}, sorted);
     * {@code include} and {@code holidays from} stay inside them unless the system property
     * {@value #ALLOW_OUTSIDE_PATHS} is {@code true}.
     */
    public static LoadResult load(List<Path> paths) {
        return load(paths, Boolean.getBoolean(ALLOW_OUTSIDE_PATHS));
    }

    /**
     * Loads the named files and directories; with {@code allowOutsidePaths} false, an
     * {@code include} or {@code holidays from} that leaves the rules project (the directories
     * named, or the folder of a file named) is an error and the file is not read.
     */
    public static LoadResult load(List<Path> paths, boolean allowOutsidePaths) {
        RulesLoader loader = new RulesLoader(ProjectPaths.of(paths, allowOutsidePaths));
        for (Path path : paths) {
            loader.enqueue(path, path.normalize().toString(), null);
        }
        loader.drain();
        return loader.result();
    }

    /**
     * The rules files near the files named (not directories): in a named file's directory, its
     * parent directory, and their subdirectories, one level down. Each is loaded on its own (with
     * what it includes); files that do not parse are left out. This is where a file checked alone
     * finds the declarations it forgot to include ({@code io.stage7.check.MissingIncludes}).
     */
    public static List<Program> nearby(List<Path> paths) {
        Set<Path> found = new java.util.TreeSet<>();
        for (Path path : paths) {
            if (!Files.isRegularFile(path)) {
                continue;
            }
            Path dir = path.toAbsolutePath().normalize().getParent();
            Path around = dir.getParent() == null ? dir : dir.getParent();
            try (Stream<Path> walk = Files.walk(around, 2)) {
                walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(EXTENSION))
                        .filter(Files::isRegularFile)
                        .limit(NEARBY_LIMIT)
                        .forEach(found::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // Unreadable surroundings only mean no advice: the file's own errors are reported as they are.
            }
        }
        List<Program> programs = new ArrayList<>();
        for (Path file : found) {
            LoadResult load = load(List.of(file));
            if (!load.hasErrors()) {
                programs.add(load.program());
            }
        }
        return programs;
    }

    /** Parses one text that is not on disk (tests, editors). Includes resolve against the working directory. */
    public static LoadResult parse(String displayPath, String text) {
        RulesLoader loader = new RulesLoader(ProjectPaths.around(Path.of(displayPath)));
        loader.filesRead++;
        loader.parseText(Path.of(displayPath), displayPath, text);
        loader.drain();
        return loader.result();
    }

    /** Decodes and parses bytes that are not on disk, with the same checks as a file (fuzzing, editors). */
    public static LoadResult parse(String displayPath, byte[] bytes) {
        RulesLoader loader = new RulesLoader(ProjectPaths.around(Path.of(displayPath)));
        loader.filesRead++;
        SourceReader.decode(bytes, displayPath, loader.diagnostics)
                .ifPresent(text -> loader.parseText(Path.of(displayPath), displayPath, text));
        loader.drain();
        return loader.result();
    }

    private LoadResult result() {
        return new LoadResult(new Program(files), sources, diagnostics.sorted(), filesRead);
    }

    private record Pending(Path path, String displayPath, SourceSpan namedAt) {
    }

    private void enqueue(Path path, String displayPath, SourceSpan namedAt) {
        queue.add(new Pending(path, displayPath.isEmpty() ? "." : displayPath, namedAt));
    }

    private void drain() {
        while (!queue.isEmpty()) {
            Pending next = queue.poll();
            if (Files.isDirectory(next.path())) {
                loadDirectory(next);
            } else {
                loadFile(next);
            }
        }
    }

    private void loadDirectory(Pending dir) {
        RulesTree.Found found;
        try {
            found = RulesTree.walk(dir.path(), EXTENSION);
        } catch (IOException | java.io.UncheckedIOException e) {
            diagnostics.error("file-unreadable", at(dir), "cannot read directory '" + dir.displayPath() + "': "
                    + e.getMessage());
            return;
        }
        for (String failure : found.failures()) {
            diagnostics.error("file-unreadable", at(dir), "cannot read directory '" + dir.displayPath() + "', "
                    + failure);
        }
        if (found.stopped().isPresent()) {
            diagnostics.error("directory-too-large", at(dir), "'" + dir.displayPath() + "': "
                    + found.stopped().get());
            return;
        }
        if (found.files().isEmpty() && found.refused().isEmpty() && found.failures().isEmpty()) {
            diagnostics.error("empty-directory", at(dir), "no " + EXTENSION + " files in '" + dir.displayPath() + "'");
        }
        for (Path file : found.refused()) {
            diagnostics.error("not-a-file", SourceSpan.startOf(display(dir, file)), "'" + display(dir, file)
                    + "' is not a regular file (a FIFO, a device or a socket): not read");
        }
        for (Path file : found.files()) {
            loadFile(new Pending(file, display(dir, file), dir.namedAt()));
        }
    }

    private static String display(Pending dir, Path file) {
        return dir.displayPath().equals(".") ? file.toString()
                : Path.of(dir.displayPath()).resolve(dir.path().relativize(file)).toString();
    }

    private static SourceSpan at(Pending pending) {
        return pending.namedAt() != null ? pending.namedAt() : SourceSpan.startOf(pending.displayPath());
    }

    private void loadFile(Pending file) {
        if (!loaded.add(identity(file.path()))) {
            return; // each file loads once, however many times it is named or included
        }
        filesRead++;
        Optional<String> text = SourceReader.read(file.path(), file.displayPath(), at(file), diagnostics);
        text.ifPresent(t -> parseText(file.path(), file.displayPath(), t));
    }

    private static Path identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private void parseText(Path path, String displayPath, String text) {
        sources.put(displayPath, new SourceText(displayPath, text));
        if (!TokenGuard.linesWithinLimit(text, displayPath, diagnostics)) {
            return;
        }
        Spans spans = new Spans(displayPath);
        Stage7Lexer lexer = new Stage7Lexer(CharStreams.fromString(text, displayPath));
        lexer.removeErrorListeners();
        Optional<List<Token>> tokens = TokenGuard.scan(lexer, spans, diagnostics);
        if (tokens.isEmpty()) {
            return;
        }
        Stage7Parser.FileContext tree = parseTokens(tokens.get(), spans);
        if (tree == null) {
            return;
        }
        RulesFile file = new AstBuilder(displayPath, spans, diagnostics).build(tree);
        files.add(file);
        for (Decl decl : file.declarations()) {
            if (decl instanceof Decl.Include include) {
                include(include, path, displayPath);
            } else if (decl instanceof Decl.CalendarDecl calendar) {
                for (Decl.HolidaySource source : calendar.holidays()) {
                    if (source instanceof Decl.HolidaySource.HolidayFile holidays) {
                        holidaysFile(holidays, path);
                    }
                }
            }
        }
    }

    private void holidaysFile(Decl.HolidaySource.HolidayFile holidays, Path path) {
        String target = holidays.path().value();
        try {
            Path parent = path.getParent();
            project.outside(parent == null ? Path.of(target) : parent.resolve(target), "holidays from", target)
                    .ifPresent(message -> diagnostics.error("path-outside-project", holidays.path().span(), message));
        } catch (InvalidPathException e) {
            return; // the checker reports a path that is not valid where it reads the file
        }
    }

    private void include(Decl.Include include, Path path, String displayPath) {
        String target = include.path().value();
        if (target.isBlank()) {
            diagnostics.error("file-not-found", include.path().span(), "include names no file");
            return;
        }
        Path resolved;
        String display;
        try {
            Path parent = path.getParent();
            resolved = parent == null ? Path.of(target) : parent.resolve(target);
            Path displayParent = Path.of(displayPath).getParent();
            display = (displayParent == null ? Path.of(target) : displayParent.resolve(target)).normalize().toString();
        } catch (InvalidPathException e) {
            diagnostics.error("file-not-found", include.path().span(), "'" + target + "' is not a valid path");
            return;
        }
        Optional<String> outside = project.outside(resolved, "include", target);
        if (outside.isPresent()) {
            diagnostics.error("path-outside-project", include.path().span(), outside.get());
            return;
        }
        if (!Files.isDirectory(resolved) && !target.endsWith(EXTENSION)) {
            // Only rules are read: an error about another file would quote its lines.
            diagnostics.error("not-a-rules-file", include.path().span(), "include names '" + target
                    + "', which is not a " + EXTENSION + " file; only rules files and directories can be included");
            return;
        }
        enqueue(resolved.normalize(), display, include.path().span());
    }

    /**
     * Parses with the fast SLL strategy first and falls back to full LL only when SLL fails, as
     * ANTLR recommends; the tree is the same, and most files never need the fallback.
     */
    private Stage7Parser.FileContext parseTokens(List<Token> tokens, Spans spans) {
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(tokens));
        Stage7Parser parser = new Stage7Parser(stream);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return parser.file();
        } catch (ParseCancellationException sllFailed) {
            stream.seek(0);
            parser.reset();
            SyntaxErrors errors = new SyntaxErrors(spans, diagnostics);
            parser.addErrorListener(errors);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            Stage7Parser.FileContext tree = parser.file();
            return errors.count() == 0 ? tree : null;
        }
    }
}

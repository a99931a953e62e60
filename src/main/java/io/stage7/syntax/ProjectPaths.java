package io.stage7.syntax;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The folders a rules project may read from: the directories named to a command, and the folder
 * of each file named. Rules are shared and checked in CI whose logs others read, so an
 * {@code include} or {@code holidays from} that reaches outside (an absolute path, {@code ../},
 * a symbolic link leading out) is refused unless the user allowed it.
 */
final class ProjectPaths {
    private final List<Path> roots;
    /** The roots as the user named them, for messages (an absolute path would differ per machine). */
    private final List<String> shown;
    private final boolean allowOutside;

    private ProjectPaths(List<Path> roots, List<String> shown, boolean allowOutside) {
        this.roots = List.copyOf(roots);
        this.shown = List.copyOf(shown);
        this.allowOutside = allowOutside;
    }

    static ProjectPaths of(List<Path> named, boolean allowOutside) {
        List<Path> roots = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Path path : named) {
            Path root = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            if (root != null) {
                roots.add(real(root));
                Path given = Files.isDirectory(path) ? path.normalize() : path.normalize().getParent();
                shown.add(given == null || given.toString().isEmpty() ? "." : given.toString());
            }
        }
        return new ProjectPaths(roots, shown, allowOutside);
    }

    /** For text that is not on disk: the folder its display path names (the working directory if none). */
    static ProjectPaths around(Path displayPath) {
        Path parent = displayPath.toAbsolutePath().getParent();
        Path given = displayPath.normalize().getParent();
        return new ProjectPaths(List.of(real(parent == null ? Path.of("") : parent)),
                List.of(given == null ? "." : given.toString()), Boolean.getBoolean(RulesLoader.ALLOW_OUTSIDE_PATHS));
    }

    /**
     * Why {@code target}, which a rules file names with {@code keyword}, may not be read; empty
     * when it lies inside the project or the user allowed outside paths.
     */
    Optional<String> outside(Path target, String keyword, String written) {
        if (allowOutside) {
            return Optional.empty();
        }
        Path resolved;
        try {
            resolved = real(target);
        } catch (InvalidPathException e) {
            return Optional.of("'" + written + "' is not a valid path");
        }
        for (Path root : roots) {
            if (resolved.startsWith(root)) {
                return Optional.empty();
            }
        }
        return Optional.of(keyword + " '" + written + "' leads outside the rules project" + (shown.size() == 1
                ? " ('" + shown.get(0) + "')" : "") + "; paths in rules stay inside the folder given to the command"
                + " unless --allow-outside-paths (or -D" + RulesLoader.ALLOW_OUTSIDE_PATHS + "=true) allows more");
    }

    /** The path with symbolic links resolved where it exists, so a link cannot lead out unseen. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException | SecurityException e) {
            // A path that does not exist yet: resolve the longest existing prefix.
            Path parent = absolute.getParent();
            if (parent == null || parent.equals(absolute)) {
                return absolute;
            }
            return real(parent).resolve(absolute.getFileName());
        }
    }
}

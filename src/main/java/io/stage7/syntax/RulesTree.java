package io.stage7.syntax;

import io.stage7.diag.Limit;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code .rules} files under a directory given to a command, found by a bounded walk, so that
 * {@code stage7 check /} (or any huge tree) answers within a known time: at most
 * {@link #MAX_ENTRIES} files and directories are scanned, at most {@link #MAX_DEPTH} levels deep.
 * Directories whose name starts with a dot ({@code .git}, {@code .idea}) are skipped, symbolic
 * links to directories are not followed (no loops), and an entry named {@code *.rules} that is
 * not a regular file (a FIFO, a device, a socket, a directory) is refused by its type instead of
 * read. Past a limit the walk stops and says so: the files found are not a whole project.
 */
final class RulesTree {

    /** Files and directories one walk may scan (docs/limits.md). */
    static final Limit MAX_ENTRIES = Limit.of("stage7.limit.directoryEntries", 100_000);
    /** Levels below the directory given that a walk may descend (docs/limits.md). */
    static final Limit MAX_DEPTH = Limit.of("stage7.limit.directoryDepth", 32);

    /**
     * What a walk found.
     *
     * @param files    the regular {@code .rules} files (symbolic links to files included), sorted
     * @param refused  entries named {@code *.rules} that are not regular files, sorted
     * @param stopped  why the walk stopped before the end, if it did: the limit it reached, and how to raise it
     * @param failures directories that could not be read, with the reason
     */
    record Found(List<Path> files, List<Path> refused, Optional<String> stopped, List<String> failures) {
    }

    private RulesTree() {
    }

    /** Walks {@code root} under the documented limits. */
    static Found walk(Path root, String extension) throws IOException {
        return walk(root, extension, MAX_ENTRIES, MAX_DEPTH);
    }

    /** Walks {@code root} under the given limits (tests lower them). */
    static Found walk(Path root, String extension, Limit entries, Limit depth) throws IOException {
        Visitor visitor = new Visitor(root, extension, entries, depth);
        // Depth + 1 levels are visited, so that a directory past the limit is seen and reported.
        Files.walkFileTree(root, java.util.Set.of(), (int) Math.min(Integer.MAX_VALUE, depth.value() + 1), visitor);
        visitor.files.sort(null);
        visitor.refused.sort(null);
        return new Found(List.copyOf(visitor.files), List.copyOf(visitor.refused), Optional.ofNullable(visitor.stopped),
                List.copyOf(visitor.failures));
    }

    private static final class Visitor implements FileVisitor<Path> {
        private final Path root;
        private final String extension;
        private final Limit entries;
        private final Limit depth;
        private final List<Path> files = new ArrayList<>();
        private final List<Path> refused = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private String stopped;
        private long scanned;

        Visitor(Path root, String extension, Limit entries, Limit depth) {
            this.root = root;
            this.extension = extension;
            this.entries = entries;
            this.depth = depth;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (!dir.equals(root) && hidden(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return count();
        }

        private static boolean hidden(Path dir) {
            Path name = dir.getFileName();
            return name != null && name.toString().startsWith(".");
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isDirectory()) {
                // Only a directory one level past the limit is visited as a file (the walk's maximum depth).
                if (hidden(file)) {
                    return FileVisitResult.CONTINUE;
                }
                stopped = "'" + root.relativize(file) + "' is more than " + String.format("%,d", depth.value())
                        + " directories deep, the limit on the depth of a rules directory, and the walk stopped; give"
                        + " a folder closer to the rules; " + depth.explain();
                return FileVisitResult.TERMINATE;
            }
            Path name = file.getFileName();
            if (name != null && name.toString().endsWith(extension)) {
                if (attributes.isRegularFile()) {
                    files.add(file);
                } else if (attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                    files.add(file); // a link to a rules file is read as the file; links to directories are not followed
                } else if (!attributes.isSymbolicLink() || Files.exists(file)) {
                    refused.add(file);
                }
            }
            return count();
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
            if (file.equals(root)) {
                failures.add(String.valueOf(failure.getMessage()));
                return FileVisitResult.TERMINATE;
            }
            failures.add("'" + root.relativize(file) + "': " + (failure instanceof java.nio.file.AccessDeniedException
                    ? "permission denied" : failure.getMessage()));
            return count();
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
            if (failure != null) {
                failures.add("'" + root.relativize(dir) + "': " + failure.getMessage());
            }
            return FileVisitResult.CONTINUE;
        }

        private FileVisitResult count() {
            if (++scanned > entries.value()) {
                stopped = "scanned " + String.format("%,d", entries.value()) + " files and directories, the limit on"
                        + " a rules directory's size, and stopped; give the folder that holds the rules; "
                        + entries.explain();
                return FileVisitResult.TERMINATE;
            }
            return FileVisitResult.CONTINUE;
        }
    }
}

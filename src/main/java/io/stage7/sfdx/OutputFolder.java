package io.stage7.sfdx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a folder atomically: into a temporary sibling, renamed into place when complete, so an
 * interrupted run never leaves a half-written folder that looks complete. A folder already at
 * the destination is replaced.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * Writes {@code files} (relative path to UTF-8 content) as the folder {@code destination};
     * {@code verify} sees the complete temporary folder before it is renamed and may throw to
     * stop the rename.
     */
    static void write(Path destination, Map<String, String> files, Consumer<Path> verify) throws IOException {
        Path target = destination.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temporary = sibling(target, "tmp");
        Files.createDirectory(temporary);
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = temporary.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            verify.accept(temporary);
            Path previous = null;
            if (Files.exists(target)) {
                previous = sibling(target, "old");
                move(target, previous);
            }
            move(temporary, target);
            if (previous != null) {
                deleteTree(previous);
            }
        } finally {
            if (Files.exists(temporary)) {
                deleteTree(temporary);
            }
        }
    }

    /**
     * A name beside {@code target} that nothing has: hidden, and saying what it is. Not a
     * temporary directory of the JDK's, whose owner-only permissions would end up on the output.
     */
    private static Path sibling(Path target, String kind) {
        for (int attempt = 0; ; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + "." + kind + "-"
                    + ProcessHandle.current().pid() + "-" + attempt);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it. */
    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

package io.stage7.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a new rules project from the template bundled in the jar ({@code io/stage7/init/project}):
 * all at once, into a temporary sibling renamed into place, and only where nothing is yet, so
 * that {@code stage7 init} never overwrites a team's files.
 */
public final class ProjectTemplate {

    private static final String ROOT = "io/stage7/init/project";
    private static final String PROBE = ROOT + "/README.md";

    /** Why a project could not be written where asked: a file or a non-empty folder is in the way. */
    public static final class TargetInUse extends IOException {
        private static final long serialVersionUID = 1L;

        TargetInUse(String message) {
            super(message);
        }
    }

    private ProjectTemplate() {
    }

    /**
     * Writes the template into {@code target}, which must not exist or be an empty folder; returns
     * the files written, relative to it, sorted.
     *
     * @throws TargetInUse if {@code target} is a file or a folder with something in it
     */
    public static List<String> write(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        checkFree(absolute, target);
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new TargetInUse("cannot start a project in the root folder");
        }
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
        try {
            makeReadable(staging);
            List<String> written = copyTemplate(staging);
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(absolute); // an empty folder, checked above
            }
            Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            deleteTree(staging);
        }
    }

    private static void checkFree(Path absolute, Path shown) throws IOException {
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new TargetInUse(shown + " exists and is not a folder");
        }
        try (Stream<Path> entries = Files.list(absolute)) {
            if (entries.findAny().isPresent()) {
                throw new TargetInUse(shown + " is not empty; 'stage7 init' starts a project in a new or empty folder"
                        + " and never overwrites files");
            }
        }
    }

    private static List<String> copyTemplate(Path staging) throws IOException {
        URL probe = Optional.ofNullable(ProjectTemplate.class.getClassLoader().getResource(PROBE))
                .orElseThrow(() -> new IOException("the project template is missing from this build of Stage7 ("
                        + PROBE + ")"));
        URI uri;
        try {
            uri = probe.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the project template at " + probe, e);
        }
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Collections.emptyMap())) {
                return copy(jar.getPath("/" + ROOT), staging);
            }
        }
        return copy(Path.of(uri).getParent(), staging);
    }

    private static List<String> copy(Path template, Path staging) throws IOException {
        List<String> written = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(template)) {
            for (Path source : walk.sorted().toList()) {
                String relative = template.relativize(source).toString().replace('\\', '/');
                if (relative.isEmpty()) {
                    continue;
                }
                Path destination = staging.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                    written.add(relative);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        makeExecutable(staging.resolve(".ci/run"));
        return written.stream().sorted().toList();
    }

    /** A temporary folder is private to its owner; the project it becomes is not. */
    private static void makeReadable(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void makeExecutable(Path script) throws IOException {
        if (Files.exists(script) && script.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

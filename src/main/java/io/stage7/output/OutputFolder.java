package io.stage7.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.stage7.build.BuildInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An output folder written all at once. Files are written into {@link #staging()}, a hidden
 * temporary sibling of the target; {@link #commit} writes the {@link #MARKER} last and renames the
 * staging folder into place, so a reader sees the previous complete output or the new complete
 * one, never a mix. A second run writing the same folder meanwhile is refused
 * ({@link OutputBusyException}); a run that dies leaves only a hidden {@code .NAME.partial-*}
 * folder, removed by the next run into the same target.
 *
 * <pre>{@code
 * try (OutputFolder folder = OutputFolder.open(Path.of("out/default"))) {
 *     Files.writeString(folder.staging().resolve("summary.json"), json);
 *     folder.commit(Map.of("command", "simulate", "seed", 42));
 * }   // not committed (an exception): the staging folder is deleted, the target untouched
 * }</pre>
 */
public final class OutputFolder implements AutoCloseable {

    /** The file a complete Stage7 output folder holds, written last: the command, version and inputs that made it. */
    public static final String MARKER = "stage7-output.json";

    /**
     * What Stage7 wrote before output folders carried the marker: a folder holding only these
     * may be replaced, so upgrading does not strand old outputs.
     */
    private static final Set<String> UNMARKED_OUTPUTS = Set.of("summary.json", "timeseries.csv", "submissions.csv",
            "replications.csv", "report.html", "staff.json", "compare.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path target;
    private final Path staging;
    private final OutputLock lock;
    private boolean committed;

    private OutputFolder(Path target, Path staging, OutputLock lock) {
        this.target = target;
        this.staging = staging;
        this.lock = lock;
    }

    /**
     * Locks {@code target} and creates its staging folder.
     *
     * @throws OutputBusyException    another run is writing the same folder
     * @throws OutputRefusedException the target is a file, or a folder holding files that Stage7 did not write
     */
    public static OutputFolder open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw new OutputRefusedException("cannot write an output into the root folder " + absolute);
        }
        OutputLock.createParent(absolute);
        OutputLock lock = OutputLock.acquire(absolute);
        try {
            checkReplaceable(absolute, target);
            removeLeftovers(absolute);
            Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".partial-");
            if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // A temporary folder is private to its owner; the output it becomes is not.
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return new OutputFolder(absolute, staging, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Where to write the output's files until {@link #commit}. */
    public Path staging() {
        return staging;
    }

    /** The folder the output will be once committed (absolute). */
    public Path target() {
        return target;
    }

    /**
     * Writes the marker with {@code inputs} (the command, its seed, its inputs: whatever tells one
     * run from another; no clock, so that the same inputs give the same bytes), then moves the
     * staging folder into place, replacing the previous output.
     */
    public void commit(Map<String, ?> inputs) throws IOException {
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        Map<String, Object> marker = new LinkedHashMap<>();
        marker.put("stage7", BuildInfo.current().describe());
        marker.putAll(inputs);
        marker.put("files", files(staging));
        try {
            Files.writeString(staging.resolve(MARKER), JSON.writeValueAsString(marker) + "\n", StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("marker values must be plain JSON values: " + e.getOriginalMessage(), e);
        }
        Path previous = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(previous);
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (previous != null) {
            deleteTree(previous);
        }
    }

    /** Releases the lock; an output not committed is discarded, leaving the target as it was. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed) {
                deleteTree(staging);
            }
        } finally {
            lock.close();
        }
    }

    private static void checkReplaceable(Path absolute, Path shown) throws IOException {
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException(shown + " exists and is not a folder; name a folder for the output");
        }
        if (Files.isRegularFile(absolute.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(absolute)) {
            List<String> foreign = entries
                    .filter(p -> !(UNMARKED_OUTPUTS.contains(p.getFileName().toString())
                            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)))
                    .map(p -> p.getFileName().toString()).sorted().limit(3).toList();
            if (!foreign.isEmpty()) {
                throw new OutputRefusedException(shown + " holds files that Stage7 did not write (" + String.join(", ", foreign)
                        + (foreign.size() == 3 ? ", ..." : "") + "), and the output replaces the whole folder;"
                        + " choose a new or empty folder");
            }
        }
    }

    /** Staging and set-aside folders of runs that died: ours to remove, since we hold the lock. */
    private static void removeLeftovers(Path target) throws IOException {
        String partial = "." + target.getFileName() + ".partial-";
        String old = "." + target.getFileName() + ".old-";
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(partial) || p.getFileName().toString().startsWith(old))) {
            siblings.forEach(leftovers::add);
        }
        for (Path leftover : leftovers) {
            deleteTree(leftover);
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
